// A file a colleague has open on another machine, as a clerk meets it: the
// offer to open it read-only, a page that truly cannot be changed (keys,
// Enter, Backspace, meeting details), who has it and since when, "Save a copy
// as…" for an editable copy, and "Try again" once the colleague has closed it.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { editorOf, expect, test, type AppHarness } from './harness/app-test';
import { openReviewPanel, selectWords, signReviewPanel } from './fixtures/review-steps';
import { seed000Document } from './fixtures/seed-000-meeting';
import { lockPathOf } from '../../electron/main/storage/document-locks';
import type { LockFile } from '../../core/storage/lock-file';

const WORDS = 'The committee received the report on school places.';

function minutesSaying(text: string) {
  const paragraph = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' };
  const run = { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' };
  return seed000Document({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ ...paragraph, children: [run] }] } });
}

/** A lock as main writes it, by Kelly Barnett on another machine, taken at 2.05 pm and refreshed just now. */
async function heldByColleague(filePath: string): Promise<string> {
  const lockedAt = new Date();
  lockedAt.setHours(14, 5, 0, 0);
  const lock: LockFile = {
    app: 'Minute Book',
    owner: 'Kelly Barnett',
    machine: 'COUNCIL-PC-12',
    pid: 4242,
    session: '4242-colleague',
    lockedAt: lockedAt.toISOString(),
    refreshedAt: new Date().toISOString(),
  };
  await writeFile(lockPathOf(filePath), `${JSON.stringify(lock)}\n`);
  return lockPathOf(filePath);
}

/** Writes the file, has the colleague hold it, and opens it read-only from the offer. */
async function openHeldFile({ page, dialogs, workDir }: AppHarness, name: string): Promise<{ filePath: string; bytes: Buffer; lockPath: string }> {
  const filePath = path.join(workDir, name);
  await writeFile(filePath, JSON.stringify(minutesSaying(WORDS)));
  const bytes = await readFile(filePath);
  const lockPath = await heldByColleague(filePath);
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  const offer = page.getByTestId('locked-offer');
  await expect(offer).toContainText('is already open by Kelly Barnett on COUNCIL-PC-12');
  await page.keyboard.press('Enter'); // "Open read-only" has the focus
  await expect(page.getByTestId('save-state')).toHaveText('Read-only');
  return { filePath, bytes, lockPath };
}

async function journalsOf(app: AppHarness): Promise<string[]> {
  const directory = path.join(app.workDir, '..', 'app-data', 'recovery');
  const names = await readdir(directory).catch(() => []);
  return Promise.all(names.map((name) => readFile(path.join(directory, name), 'utf8')));
}

async function typeEverywhere(page: Page) {
  await editorOf(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Councillor Walsh asked');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('x');
}

test('a file open on another machine opens truly read-only and says who has it', async ({ app }) => {
  const { page } = app;
  const { filePath, bytes } = await openHeldFile(app, 'Planning.minutes');
  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText(/“Planning” is open by Kelly Barnett on COUNCIL-PC-12 \(since 2\.05 pm (today|on \d{1,2} \w+ \d{4})\)/);
  await expect(page.getByTestId('notice')).toHaveCount(0); // opening it refuses nothing by itself

  await typeEverywhere(page);
  await expect(page.getByTestId('read-only-refused')).toContainText('open read-only because someone else has it open');
  await expect(editorOf(page)).toHaveText(WORDS);
  await expect(editorOf(page).locator('p')).toHaveCount(1);

  // A block shortcut is refused before it asks anything: no prompt whose answer the guard would throw away.
  await page.keyboard.press('Control+Alt+d');
  await page.keyboard.press('Control+Alt+Shift+r');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(editorOf(page)).toHaveText(WORDS);

  // Meeting details are refused too: marking someone present changes nothing.
  await page.keyboard.press('Control+Shift+a');
  const first = page.getByTestId('attendee').first();
  const before = await first.locator('.mb-attendee-status').textContent();
  await first.getByRole('button', { name: /^Present:/ }).click();
  await expect(page.getByTestId('notice')).toContainText('nothing in it can be changed here: not its text, meeting details or review');
  await expect(first.locator('.mb-attendee-status')).toHaveText(before ?? '');

  // Long enough for any autosave: the file is untouched and no journal holds the words typed.
  await page.waitForTimeout(2000);
  expect(Buffer.compare(await readFile(filePath), bytes)).toBe(0);
  for (const journal of await journalsOf(app)) expect(journal).not.toContain('Councillor Walsh');
});

test('Save a copy as… gives an editable copy under its own lock; the original is left as it was', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const { filePath, bytes, lockPath } = await openHeldFile(app, 'Cabinet.minutes');
  const lockBytes = await readFile(lockPath);
  // Cancelling the dialog leaves it read-only; Ctrl+Shift+S asks again.
  dialogs.answerNextSave(null);
  await page
    .getByTestId('read-only-banner')
    .getByRole('button', { name: /^Save a copy as…/ })
    .click();
  await expect(page.getByTestId('save-state')).toHaveText('Read-only');
  const copyPath = path.join(workDir, 'Cabinet copy.minutes');
  dialogs.answerNextSave(copyPath);
  await editorOf(page).click();
  await page.keyboard.press('Control+Shift+s');
  await expect(page.getByTestId('document-name')).toHaveText('Cabinet copy');
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);

  await editorOf(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Councillor Walsh asked about the timetable.');
  await expect(editorOf(page)).toHaveText(`${WORDS} Councillor Walsh asked about the timetable.`);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await readFile(copyPath, 'utf8')).toContain('Councillor Walsh asked about the timetable.');
  const copyLock = JSON.parse(await readFile(lockPathOf(copyPath), 'utf8')) as LockFile;
  expect(copyLock.machine).not.toBe('COUNCIL-PC-12');

  expect(Buffer.compare(await readFile(filePath), bytes)).toBe(0);
  expect(Buffer.compare(await readFile(lockPath), lockBytes)).toBe(0); // the colleague's lock is theirs still
});

test('Try again says the file is still open, then opens it for editing once the colleague has closed it', async ({ app }) => {
  const { page } = app;
  const { filePath, lockPath } = await openHeldFile(app, 'Licensing.minutes');
  const banner = page.getByTestId('read-only-banner');
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toContainText(/Still open there at \d{1,2}\.\d{2} [ap]m\./);
  await expect(page.getByTestId('save-state')).toHaveText('Read-only');

  // The colleague saves a last change and closes the file: Try again shows their text, editable.
  const theirs = `${WORDS} Added by Kelly.`;
  await writeFile(filePath, JSON.stringify(minutesSaying(theirs)));
  await rm(lockPath);
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toHaveCount(0);
  await expect(editorOf(page)).toHaveText(theirs);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect((JSON.parse(await readFile(lockPath, 'utf8')) as LockFile).machine).not.toBe('COUNCIL-PC-12');

  await editorOf(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Agreed.');
  await expect.poll(() => readFile(filePath, 'utf8')).toContain('Added by Kelly. Agreed.');
});

test('the Review panel of a file open read-only does not claim a comment or suggestion it could not add', async ({ app }) => {
  const { page } = app;
  const { filePath, bytes } = await openHeldFile(app, 'Licensing.minutes');
  await signReviewPanel(page, 'Councillor S Wright');

  await selectWords(page, WORDS, 'school places');
  await openReviewPanel(page);
  await page.keyboard.type('Which schools?');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('notice')).toContainText('nothing in it can be changed here: not its text, meeting details or review');
  await expect(page.getByTestId('review-comment')).toHaveCount(0);
  await expect(page.getByText('Comment added.')).toHaveCount(0);

  await selectWords(page, WORDS, 'school');
  await openReviewPanel(page);
  await page.getByLabel('Replace the selected words with').fill('primary school');
  await page.getByRole('button', { name: 'Suggest edit' }).click();
  await expect(page.getByText('Suggested edit added.')).toHaveCount(0);
  await expect(page.getByTestId('review-suggestion')).toHaveCount(0);
  expect(Buffer.compare(await readFile(filePath), bytes)).toBe(0);
});
