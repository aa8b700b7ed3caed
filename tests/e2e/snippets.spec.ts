// The committee's own wording, written by the clerk from the keyboard in the
// wording editor, used at once from the slash menu (its fields asked in the
// field prompt), and offered by the committee's next meeting. And comparing
// from the View menu (Ctrl+Shift+D) without going through the History panel.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { clickMenu } from './harness/bridge';
import { answer, slash } from './fixtures/clerk-keys';
import { choiceNamed, choose } from './fixtures/choices';

/** A Licensing Committee (chair A Zephyr, B Young) meeting on the given date, from the committee template. */
async function startLicensingMeeting(page: Page, date: string, setUp: boolean) {
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toBeFocused();
  if (setUp) {
    await dialog.getByLabel('Committee name').fill('Licensing Committee');
    await dialog.getByLabel('Paste names, one a line').fill('Councillor A Zephyr (Chair)\nCouncillor B Young');
    await dialog.getByRole('button', { name: 'Add these people' }).click();
  }
  await choose(choiceNamed(dialog, 'Template'), 'Committee');
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('button', { name: 'Start the meeting' }).click();
  // A window with work in it keeps it: the next meeting opens in a window of its own.
  if (!setUp) {
    await expect(dialog.getByRole('alert')).toContainText('opened in a new window');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  }
  await expect(dialog).toBeHidden();
}

const CALL_IN = 'Further to the meeting held on {previous date}, {member} called the decision in.';

test('committee wording written from the keyboard is used at once and offered by the committee’s next meeting', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await startLicensingMeeting(page, '2022-06-15', true);
  await expect(page.getByTestId('minutes-heading')).toContainText('15 June 2022');
  const editor = editorOf(page);
  await editor.locator('p').last().click();

  await slash(page, 'edit committee wording', 'Edit committee wording…');
  const dialog = page.getByRole('dialog', { name: 'Committee wording' });
  await expect(dialog).toContainText('Wording Licensing Committee uses again and again.');
  await expect(dialog.getByLabel('Name (shown in the slash menu)')).toBeFocused();
  await page.keyboard.type('Call-in');
  await page.keyboard.press('Tab');
  await page.keyboard.type(CALL_IN);
  // This is the committee's first meeting: no previous date to fill, so both fields are asked.
  await expect(dialog.getByTestId('wording-preview')).toHaveText(
    'Further to the meeting held on {previous date} (asked when used), {member} (asked when used) called the decision in.',
  );
  await dialog.getByRole('button', { name: 'Add to the list' }).press('Enter');
  await expect(dialog.getByLabel('Name (shown in the slash menu)')).toBeFocused();
  // A second piece, moved above the first; a name used twice is refused with the reason.
  await page.keyboard.type('Noted');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The {committee} noted the report.');
  await expect(dialog.getByTestId('wording-preview')).toHaveText('The Licensing Committee noted the report.');
  await dialog.getByRole('button', { name: 'Add to the list' }).press('Enter');
  await dialog.getByRole('button', { name: 'Move “Noted” up' }).press('Enter');
  const list = dialog.getByRole('list', { name: 'The committee’s wording' });
  await expect(list.locator('.mb-wording-name')).toHaveText(['Noted', 'Call-in']);
  await dialog.getByLabel('Name (shown in the slash menu)').fill('call-in');
  await dialog.getByLabel('Text of the wording').fill('Again.');
  await dialog.getByRole('button', { name: 'Add to the list' }).press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Two pieces of wording are called “call-in”; give each its own name.');
  await dialog.getByLabel('Name (shown in the slash menu)').fill('');
  await dialog.getByLabel('Text of the wording').fill('');
  await dialog.getByRole('button', { name: 'Save wording' }).press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Saved for Licensing Committee: its next meetings offer this wording, and it is in the slash menu now.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toBeFocused();

  // Usable now: the slash menu offers it and the field prompt asks for what the meeting cannot fill.
  await slash(page, 'call', 'Wording: Call-in');
  await answer(page, 'Previous date (e.g. 19 January 2022)', '18/5/2022');
  await answer(page, 'Member', 'Young', 'Councillor B Young');
  await expect(editor.locator('p').last()).toHaveText('Further to the meeting held on 18 May 2022, Councillor Young called the decision in.');

  // Back in the editor the committee's list is there to change; wording left unsaved is not dropped silently.
  await page.keyboard.press('Enter');
  await slash(page, 'edit committee wording', 'Edit committee wording…');
  await expect(list.locator('.mb-wording-name')).toHaveText(['Noted', 'Call-in']);
  await dialog.getByRole('button', { name: 'Edit “Noted”' }).press('Enter');
  await expect(dialog.getByLabel('Name (shown in the slash menu)')).toHaveValue('Noted');
  await dialog.getByLabel('Text of the wording').press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' and its appendices.');
  await dialog.getByRole('button', { name: 'Keep these changes' }).press('Enter');
  await dialog.getByRole('button', { name: 'Save wording' }).press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Saved for Licensing Committee');
  await dialog.getByLabel('Name (shown in the slash menu)').press('H');
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('alert')).toHaveText('Your wording is not saved yet. Press Save wording to keep it, or Escape again to close without it.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toBeFocused();

  // The committee's next meeting offers the wording, and knows its previous meeting's date.
  dialogs.answerNextSave(path.join(workDir, 'july.minutes'));
  await startLicensingMeeting(page, '2022-07-20', false);
  const july = await app.openRequestedWindow();
  await expect(july.getByTestId('minutes-heading')).toContainText('20 July 2022');
  const julyEditor = editorOf(july);
  await julyEditor.locator('p').last().click();
  await slash(july, 'call', 'Wording: Call-in');
  await answer(july, 'Member', 'Zeph', 'Councillor A Zephyr');
  await expect(julyEditor.locator('p').last()).toHaveText('Further to the meeting held on 15 June 2022, Councillor Zephyr called the decision in.');
  await july.keyboard.press('Enter');
  await slash(july, 'noted', 'Wording: Noted');
  await expect(julyEditor.locator('p').last()).toHaveText('The Licensing Committee noted the report and its appendices.');
});

test('View › Compare versions… (Ctrl+Shift+D) compares the text now with a saved version', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.type('The report was noted.');
  dialogs.answerNextSave(path.join(workDir, 'compare.minutes'));
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.keyboard.press('End');
  await page.keyboard.type(' Members asked questions.');

  await clickMenu(page, 'compare-versions');
  const chooser = page.getByRole('dialog', { name: 'Compare the text now with…' });
  await chooser.getByRole('list', { name: 'Versions' }).getByRole('button').first().press('Enter');
  const view = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(view.getByTestId('compare-after-label')).toContainText('Now');
  await expect(view.locator('ins')).toContainText('Members asked questions.');
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(editor).toBeFocused();
  // The same from the keyboard.
  await page.keyboard.press('Control+Shift+D');
  await expect(chooser.getByRole('button', { name: /^A \.minutes file/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
});
