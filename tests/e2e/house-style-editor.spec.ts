// A clerk makes the council's own house style in the app: from the committee's
// fields, "Edit house style…" opens the editor; a shipped style is copied, the
// resolution's words and the close are changed from the keyboard, the preview
// follows, a placeholder the field does not fill is refused beside the field
// with Save held back, and the saved style is offered to the committee. The
// dialog passes axe with no serious or critical problem, in light, dark and forced colours.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { showStep } from './fixtures/new-meeting-steps';
import { saveAndReadBack } from './fixtures/saved-minutes';
import { expect, test } from './harness/app-test';
import { choiceNamed, choose, chosenValue, optionsOf } from './fixtures/choices';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}`));
}

/** Replaces a field's text from the keyboard, as a clerk would: select all, type. */
async function retype(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

/** New meeting, a new committee, and the house style editor opened from its fields. */
async function openEditor(page: Page) {
  await page.keyboard.press('Control+Shift+M');
  const newMeeting = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(newMeeting, 'Committee')).toHaveText('Set up a new committee…');
  expect(await chosenValue(choiceNamed(newMeeting, 'Committee'))).toBe('__new__');
  await newMeeting.getByLabel('Committee name').fill('Planning Committee');
  await newMeeting.getByLabel('Council', { exact: true }).fill('Wirral Council');
  const editButton = newMeeting.getByRole('button', { name: 'Edit house style…' });
  await editButton.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'House styles' });
  await expect(choiceNamed(editor, 'House style')).toBeFocused();
  return { newMeeting, editButton, editor };
}

test('a clerk copies a shipped house style, changes its wording from the keyboard with a live preview, saves it and picks it for the committee', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  const { newMeeting, editButton, editor } = await openEditor(page);
  const preview = editor.getByTestId('house-style-preview');

  await choose(choiceNamed(editor, 'House style'), 'Wirral Council — Planning Committee');
  await expect(preview).toContainText('Resolved (7:7 and on the chair’s casting vote) –');
  // Shipped styles are read-only: no Save, fields disabled, "Copy to edit" offered.
  await expect(editor.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expect(editor.getByLabel('Words before a resolution')).toBeDisabled();
  await editor.getByRole('button', { name: 'Copy to edit', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByLabel('Name of the style')).toBeFocused();
  await expect(editor.getByLabel('Name of the style')).toHaveValue('Wirral Council — Planning Committee (our copy)');
  await retype(page, editor.getByLabel('Name of the style'), 'Wirral planning (ours)');

  await retype(page, editor.getByLabel('Words before a resolution'), 'AGREED –');
  await expect(preview).toContainText('AGREED (7:7 and on the chair’s casting vote) – 1. That the application be approved.');

  // A placeholder the close does not fill: the schema's sentence beside the field, Save held back, the preview unchanged.
  const close = editor.getByLabel('Close of the meeting');
  await retype(page, close, 'The meeting ended at {finish}.');
  await expect(editor.getByText('It has the placeholder {finish}, which this field does not fill. Fix: use only {start}, {end}.')).toBeVisible();
  await expect(close).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(preview).not.toContainText('{finish}');

  await retype(page, close, 'The meeting ended at {end}.');
  await expect(preview).toContainText('The meeting ended at 8.40 pm.');
  await expect(editor.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();

  await app.page.setViewportSize({ width: 1366, height: 768 });
  const themes = [
    ['light', { colorScheme: 'light', forcedColors: 'none' }],
    ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
    ['forced colours', { colorScheme: 'light', forcedColors: 'active' }],
  ] as const;
  for (const [theme, media] of themes) {
    await page.emulateMedia(media);
    expect(await seriousViolations(page), `${theme} theme`).toEqual([]);
  }

  await editor.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('status')).toContainText('Saved “Wirral planning (ours)”');
  const saved = JSON.parse(await readFile(path.join(app.workDir, '..', 'app-data', 'house-styles', 'wirral-council-planning-committee-own.json'), 'utf8'));
  expect(saved).toMatchObject({ name: 'Wirral planning (ours)', resolutions: { label: 'AGREED –' }, close: { wording: 'The meeting ended at {end}.' } });

  // Escape closes the editor (nothing unsaved) and the keyboard goes back to the button; the New meeting dialog stays.
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(editButton).toBeFocused();
  await expect(newMeeting).toBeVisible();

  const choice = choiceNamed(newMeeting, 'House style');
  await choose(choice, 'Wirral planning (ours)');
  expect(await chosenValue(choice)).toBe('wirral-council-planning-committee-own');
});

test('Close with unsaved changes asks once, and Tab stays inside the editor over the New meeting dialog', async ({ app }) => {
  const { page } = app;
  const { newMeeting, editButton, editor } = await openEditor(page);
  await editor.getByRole('button', { name: 'Copy to edit', exact: true }).click();
  await expect(editor.getByLabel('Name of the style')).toBeFocused();
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press('Tab');
    expect(await editor.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  // What the clerk types is shown as text, never run as markup.
  const preview = editor.getByTestId('house-style-preview');
  await retype(page, editor.getByLabel('Words before a resolution'), '<img src=x onerror="document.title=1"><b>AGREED</b> –');
  await expect(preview).toContainText('<img src=x onerror="document.title=1"><b>AGREED</b> –');
  await expect(preview.locator('img, b')).toHaveCount(0);

  await editor.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText('not saved');
  await expect(editor).toBeVisible();
  await editor.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(editor).toBeHidden();
  await expect(editButton).toBeFocused();

  // Escape, even with the keyboard on nothing in particular, closes the editor alone: the New meeting dialog stays.
  await page.keyboard.press('Enter');
  await expect(choiceNamed(editor, 'House style')).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(newMeeting).toBeVisible();
});

test('Ctrl+Shift+L opens the house styles from the minutes, and Escape gives the caret back', async ({ app }) => {
  const { page } = app;
  const minutes = page.getByRole('textbox', { name: 'Minutes' });
  await minutes.click();
  await page.keyboard.type('Present:');
  await page.keyboard.press('Control+Shift+L');
  const editor = page.getByRole('dialog', { name: 'House styles' });
  await expect(choiceNamed(editor, 'House style')).toBeFocused();
  await expect(editor.getByTestId('house-style-preview')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await page.keyboard.type(' all members');
  await expect(minutes).toContainText('Present: all members');
});

test('a committee set to the council’s own style keeps it, and its new meeting is made in it', async ({ app }) => {
  const { page } = app;
  const { newMeeting, editor } = await openEditor(page);
  await choose(choiceNamed(editor, 'House style'), 'Wirral Council — Planning Committee');
  await editor.getByRole('button', { name: 'Copy to edit', exact: true }).click();
  await retype(page, editor.getByLabel('Close of the meeting'), 'The meeting ended at {end}.');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText('Saved');
  await page.keyboard.press('Escape');
  await choose(choiceNamed(newMeeting, 'House style'), 'Wirral Council — Planning Committee (our copy)');
  await showStep(newMeeting, 'Date and place');
  await newMeeting.getByLabel('Date').fill('2024-05-23');
  await newMeeting.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(newMeeting).toBeHidden();
  const committees = JSON.parse(await readFile(path.join(app.workDir, '..', 'app-data', 'committees.json'), 'utf8'));
  expect(committees.committees[0].houseStyleId).toBe('wirral-council-planning-committee-own');
  // The meeting keeps its own copy of the council's style, edited close and all, so its minutes print the same later.
  const filePath = path.join(app.workDir, 'own-style.minutes');
  app.dialogs.answerNextSave(filePath);
  const { saved } = await saveAndReadBack(page, filePath);
  expect(saved.meeting.houseStyleId).toBe('wirral-council-planning-committee-own');
  expect(saved.meeting.houseStyle.close.wording).toBe('The meeting ended at {end}.');
});

test('a hand-edited style file whose choice holds an answer the editor does not offer is named with its problem, not offered, and left exactly as it is', async ({
  app,
}) => {
  const { page } = app;
  const { editor, editButton } = await openEditor(page);
  await choose(choiceNamed(editor, 'House style'), 'Wirral Council — Planning Committee');
  await editor.getByRole('button', { name: 'Copy to edit', exact: true }).click();
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText('Saved');

  // Someone edits the saved file by hand, giving the counts an answer the editor does not offer.
  const file = path.join(app.workDir, '..', 'app-data', 'house-styles', 'wirral-council-planning-committee-own.json');
  const style = JSON.parse(await readFile(file, 'utf8'));
  const handEdited = JSON.stringify({ ...style, votes: { ...style.votes, numbers: 'roman' } }, null, 2);
  await writeFile(file, handEdited);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await editButton.press('Enter');
  await expect(editor.getByRole('listitem')).toHaveText(
    'House style “wirral-council-planning-committee-own.json”: field “votes.numbers” is not right. Fix: use one of "digits", "words".',
  );
  expect(await optionsOf(choiceNamed(editor, 'House style'))).not.toContain('Wirral Council — Planning Committee (our copy)');

  // Another copy saved beside it does not touch it.
  await choose(choiceNamed(editor, 'House style'), 'Bury Council');
  await editor.getByRole('button', { name: 'Copy to edit', exact: true }).click();
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText('Saved');
  expect(await readFile(file, 'utf8')).toBe(handEdited);
});
