// A clerk's first minutes: type, save, reopen, and meet a damaged file.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { clickMenu } from './harness/bridge';
import { editorOf, expect, test } from './harness/app-test';

test('typed minutes are saved to a real file and come back after a restart', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'Scrutiny 23 March 2022.minutes');
  await expect(page.getByTestId('document-name')).toHaveText('Untitled minutes');

  await editorOf(page).click();
  await page.keyboard.type('Apologies for absence are noted above.');
  // Not in a named file yet: unsaved until autosave keeps it (within a second), then kept in the app's data folder.
  // Which of the two shows depends on how long the typing took, so either will do; "Saved" must not.
  await expect(page.getByTestId('save-state')).toHaveText(/^(Unsaved changes|Kept safe, not yet named)$/);

  dialogs.answerNextSave(filePath);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByTestId('document-name')).toHaveText('Scrutiny 23 March 2022');
  await expect(page).toHaveTitle('Scrutiny 23 March 2022 — Minute Book');

  const saved = JSON.parse(await readFile(filePath, 'utf8'));
  expect(saved.formatVersion).toBe(1);
  expect(JSON.stringify(saved.content)).toContain('Apologies for absence are noted above.');

  await app.reload();
  await expect(editorOf(page)).not.toContainText('Apologies');
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('Scrutiny 23 March 2022');
  await expect(editorOf(page)).toHaveText('Apologies for absence are noted above.');
});

test('headings, bold text and lists survive saving and reopening', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'formatted.minutes');
  await editorOf(page).click();
  await page.keyboard.type('DECLARATIONS OF INTEREST');
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Councillor Lancaster');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' declared a personal interest.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Numbered list' }).click();
  await page.keyboard.type('An appendix of acronyms to be created.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Neurodiversity to be included.');

  dialogs.answerNextSave(filePath);
  await clickMenu(page, 'save');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await app.reload();
  dialogs.answerNextOpen(filePath);
  await clickMenu(page, 'open');
  const editor = editorOf(page);
  await expect(editor.locator('h2')).toHaveText('DECLARATIONS OF INTEREST');
  await expect(editor.locator('strong, b, .mb-bold').first()).toHaveText('Councillor Lancaster');
  await expect(editor.locator('ol > li')).toHaveText(['An appendix of acronyms to be created.', 'Neurodiversity to be included.']);
});

test('a damaged file is refused with a clear message and left exactly as it was', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'damaged.minutes');
  const bytes = Buffer.from('{"formatVersion":1,"meeting":{"title":"Cut sh');
  await writeFile(filePath, bytes);

  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('“damaged.minutes” could not be opened');
  await expect(notice).toContainText('cut short');
  await expect(notice).toContainText('has not been changed');
  await expect(page.getByTestId('document-name')).toHaveText('Untitled minutes');
  expect(Buffer.compare(await readFile(filePath), bytes)).toBe(0);
});

test('opening a file never replaces unsaved work: it asks for a window of its own', async ({ app }) => {
  const { page, dialogs, windows, workDir } = app;
  const filePath = path.join(workDir, 'earlier.minutes');
  await editorOf(page).click();
  await page.keyboard.type('Earlier meeting');
  dialogs.answerNextSave(filePath);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.keyboard.type(' with more words not yet saved');
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  // The file is open here already (its lock is held), so it is offered read-only first.
  await expect(page.getByTestId('locked-offer')).toContainText('“earlier” is already open');
  await page.keyboard.press('Enter');
  await expect.poll(() => windows.requested).toEqual([filePath]);
  await expect(editorOf(page)).toContainText('with more words not yet saved');

  const second = await app.openRequestedWindow();
  await expect(second.getByTestId('document-name')).toHaveText('earlier');
  await expect(second.getByTestId('save-state')).toHaveText('Read-only');
  // Autosave may already have written the later words to the file: both windows hold them then.
  await expect(editorOf(second)).toContainText('Earlier meeting');
});
