// A clerk sets up a committee whose council prints its minutes in its own
// words (Gotham Parish Council's house style), types a motion and its vote,
// and the exported Word file reads as Gotham's minutes do: "PROPOSED: …
// SECONDED: …." and "Vote: Four in favour, one abstention."
import path from 'node:path';
import mammoth from 'mammoth';
import { answer, promptDone } from './fixtures/clerk-keys';
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { setTicked } from './fixtures/ticks';

async function counts(page: import('@playwright/test').Page, figures: [string, string, string]) {
  for (const [index, label] of ['Votes for', 'Votes against', 'Abstentions'].entries()) {
    await page.keyboard.press('Control+a');
    await answer(page, label, figures[index]!);
  }
  // Not tied: the casting vote is not asked.
  await promptDone(page);
}

test('a committee’s house style, chosen in the New meeting dialog, gives the exported motion its council’s words', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, dialogs, workDir } = app;
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(dialog.getByLabel('Committee', { exact: true })).toHaveValue('__new__');
  await dialog.getByLabel('Committee name').fill('Planning and Development Committee');
  await dialog.getByLabel('Council').fill('Gotham Parish Council');
  await dialog.getByLabel('House style').selectOption({ label: 'Gotham Parish Council — Planning & Development Committee' });
  await dialog.getByLabel('Paste names, one a line').fill('Councillor J Anderson (Chair)\nCouncillor M Wilkins\nCouncillor A Hutter');
  await dialog.getByRole('button', { name: 'Add these people' }).press('Enter');
  await expect(dialog.getByTestId('roster-person')).toHaveCount(3);
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2017-02-28');
  await showStep(dialog, 'Items of business');
  await dialog.getByLabel(/Items of business/).fill('Planning applications');
  await dialog.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(dialog).toBeHidden();

  const editor = editorOf(page);
  await editor.getByText('Planning applications').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+o');
  await answer(page, 'Moved by', 'Anderson', 'Councillor J Anderson');
  await answer(page, 'Seconded by', 'Wilkins', 'Councillor M Wilkins');
  await page.keyboard.type('That the Council raises no objection');
  await page.keyboard.press('Control+Alt+b');
  await counts(page, ['4', '0', '1']);
  await page.keyboard.type('That the Council raises no objection.');

  dialogs.answerNextSave(path.join(workDir, 'gotham.minutes'));
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(exportDialog.getByTestId('export-preview')).toContainText('Vote: Four in favour, one abstention.');
  // The register was not taken, so the public version waits for the checks: the full version is exported.
  await setTicked(exportDialog, 'Full version, marked “Not for publication”', true);
  await setTicked(exportDialog, 'PDF (tagged, for the website)', false);
  const docx = path.join(workDir, 'gotham.docx');
  dialogs.answerNextSave(docx);
  await exportDialog.getByRole('button', { name: 'Export…' }).press('Enter');
  await expect(page.getByTestId('export-status')).toContainText('Exported gotham.docx', { timeout: 30_000 });
  const text = (await mammoth.extractRawText({ path: docx })).value.replace(/\s+/g, ' ');
  expect(text).toContain('PROPOSED:');
  expect(text).toContain('Vote: Four in favour, one abstention.');
  expect(text).not.toContain('On being put to the vote');
});
