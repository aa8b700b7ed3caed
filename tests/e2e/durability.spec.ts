// Never lose a word, as a clerk would meet it: autosave while typing, a crash
// mid-sentence and recovery, versions restored from History, a full disk,
// and a damaged file that points at its backup.
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { editorOf, expect, test, type AppHarness } from './harness/app-test';
import { clickMenu } from './harness/bridge';

/** The text of every recovery copy (journal) main keeps for this test's windows. */
async function recoveryCopies(): Promise<string[]> {
  const folder = test.info().outputPath('app-data', 'recovery');
  const names = await readdir(folder).catch(() => []);
  return Promise.all(names.filter((name) => name.endsWith('.journal.json')).map((name) => readFile(path.join(folder, name), 'utf8')));
}

/** Types the first words and saves them under a name, as a clerk starting a meeting would. */
async function startNamedMinutes({ page, dialogs, workDir }: AppHarness, name: string, words: string): Promise<string> {
  const filePath = path.join(workDir, name);
  await editorOf(page).click();
  await page.keyboard.type(words);
  dialogs.answerNextSave(filePath);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  return filePath;
}

test('after a crash mid-typing, recovery brings back everything older than a second', async ({ app }) => {
  const { page } = app;
  const first = 'The committee noted the report on school places.';
  const more = ' Councillor Walsh asked about the timetable for the new primary school.';
  await editorOf(page).click();
  await page.keyboard.type(first);
  await expect(page.getByTestId('save-state')).toHaveText('Kept safe, not yet named');

  // Keep typing, and "crash" (reload) between two keystrokes, with no pause for autosave.
  let crashed = false;
  const typedAt: number[] = []; // when each key of `more` had reached the page
  const typing = (async () => {
    for (const key of more) {
      if (crashed) return;
      await page.keyboard.type(key);
      typedAt.push(Date.now());
      await page.waitForTimeout(40);
    }
  })();
  await page.waitForTimeout(1500);
  crashed = true;
  await typing;
  const crashAt = Date.now();
  await app.reload();

  const offer = page.getByTestId('recovery-offer');
  await expect(offer.getByTestId('recovery-entry')).toHaveCount(1);
  await expect(offer).toContainText('Untitled minutes');
  await expect(offer).toContainText(/kept at \d{1,2}\.\d{2} [ap]m today/);
  await page.keyboard.press('Enter'); // the Restore button has the focus
  await expect(offer).toHaveCount(0);

  const restored = (await editorOf(page).textContent()) ?? '';
  expect(restored.startsWith(first)).toBe(true);
  expect(`${first}${more}`.startsWith(restored)).toBe(true);
  expect(restored.length).toBeGreaterThan(first.length); // words typed after the first autosave came back too
  // Every key typed more than a second before the crash came back.
  const olderThanASecond = typedAt.filter((at) => at <= crashAt - 1000).length;
  expect(olderThanASecond).toBeGreaterThan(0);
  expect(restored.length).toBeGreaterThanOrEqual(first.length + olderThanASecond);
  await expect(page.getByTestId('save-state')).toHaveText('Kept safe, not yet named'); // and kept again at once
});

test('a named document that could not reach its file comes back after a crash and is written to it', async ({ app }) => {
  const { page, diskFaults } = app;
  const filePath = await startNamedMinutes(app, 'Overview.minutes', 'Overview and Scrutiny.');
  diskFaults.failWritesWith('EROFS');
  await page.keyboard.type(' Councillor Walsh left the meeting.');
  await expect(page.getByTestId('disk-trouble')).toContainText('the folder is read-only');
  // What is older than a second is kept, even while the disk refuses: the recovery copy holds the words before the crash.
  await expect.poll(() => recoveryCopies(), { timeout: 3000 }).toContainEqual(expect.stringContaining('Councillor Walsh left the meeting.'));
  await app.reload();
  diskFaults.clear();

  const offer = page.getByTestId('recovery-offer');
  await expect(offer).toContainText('Overview');
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('document-name')).toHaveText('Overview');
  await expect(editorOf(page)).toHaveText('Overview and Scrutiny. Councillor Walsh left the meeting.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await readFile(filePath, 'utf8')).toContain('Councillor Walsh left the meeting.');
});

test('declining recovery keeps the copy until the clerk discards it', async ({ app }) => {
  const { page } = app;
  await editorOf(page).click();
  await page.keyboard.type('Apologies were received from Councillor Grimshaw.');
  await expect(page.getByTestId('save-state')).toHaveText('Kept safe, not yet named');
  await app.reload();

  await page.getByRole('button', { name: 'Not now (keep for later)' }).click();
  await expect(page.getByTestId('recovery-offer')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Recovery' }).click();
  await expect(page.getByTestId('recovery-panel').getByTestId('recovery-entry')).toContainText('Untitled minutes');
  await app.reload();
  const offer = page.getByTestId('recovery-offer');
  await expect(offer.getByTestId('recovery-entry')).toHaveCount(1);
  await offer.getByRole('button', { name: 'Discard' }).click();
  await offer.getByRole('button', { name: 'Discard for good' }).click();
  await expect(offer).toHaveCount(0);
  await app.reload();
  await expect(page.getByTestId('recovery-offer')).toHaveCount(0);
});

test('a named document is written to its file continuously, with a backup beside it', async ({ app }) => {
  const { page, workDir } = app;
  const filePath = await startNamedMinutes(app, 'Cabinet.minutes', 'Minutes of the meeting held on 23 March 2022.');

  await page.keyboard.type(' Members agreed the budget.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await readFile(filePath, 'utf8')).toContain('Members agreed the budget.');
  const backup = JSON.parse(await readFile(path.join(workDir, 'Cabinet.backup.minutes'), 'utf8'));
  expect(backup.formatVersion).toBe(1);
  expect(JSON.stringify(backup.content)).toContain('held on 23 March 2022');
});

test('an older version is restored from History as a new change, keeping the newer one', async ({ app }) => {
  const { page } = app;
  const filePath = await startNamedMinutes(app, 'Planning.minutes', 'Version one of the planning minutes.');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Version two, rewritten.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.keyboard.press('Control+Shift+H');
  const panel = page.getByTestId('history-panel');
  await expect(panel.getByTestId('version')).toHaveCount(2);
  await expect(panel.getByTestId('version').first()).toContainText(/\d{1,2}\.\d{2} [ap]m today — Saved/);
  await panel
    .getByTestId('version')
    .last()
    .getByRole('button', { name: /Restore the version from/ })
    .click();

  await expect(editorOf(page)).toHaveText('Version one of the planning minutes.');
  await expect(panel.getByTestId('version')).toHaveCount(3);
  await expect(panel).toContainText('Before a restore');
  await expect.poll(async () => readFile(filePath, 'utf8')).toContain('Version one of the planning minutes.');

  // Restoring is an ordinary change: undo brings the newer text back.
  await editorOf(page).click();
  await page.keyboard.press('Control+z');
  await expect(editorOf(page)).toHaveText('Version two, rewritten.');
});

test('a full disk shows a banner, keeps the text, and clears when saving works again', async ({ app }) => {
  const { page, diskFaults } = app;
  const filePath = await startNamedMinutes(app, 'Licensing.minutes', 'Licensing sub-committee.');

  diskFaults.failWritesWith('ENOSPC');
  await page.keyboard.type(' The application was granted.');
  const banner = page.getByTestId('disk-trouble');
  await expect(banner).toContainText('“Licensing.minutes” could not be saved: the disk is full');
  await expect(banner).toContainText('Your text is safe in this window and in the recovery copy');
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
  expect(await readFile(filePath, 'utf8')).not.toContain('granted');

  diskFaults.clear();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await readFile(filePath, 'utf8')).toContain('The application was granted.');
  await expect(editorOf(page)).toHaveText('Licensing sub-committee. The application was granted.');
});

test('closing the window straight after typing first puts the last words on disk, then lets it close', async ({ app }) => {
  const { page, windows } = app;
  const filePath = await startNamedMinutes(app, 'Planning.minutes', 'Planning committee.');
  await page.keyboard.type(' The meeting closed at 9.10 pm.');
  // Main asks before closing (the clerk clicked the window's close box); no pause for autosave.
  await clickMenu(page, 'prepare-to-close');
  await expect.poll(() => windows.closeAnswers).toEqual([{ windowId: 1, close: true }]);
  // By the time the page says "close", the words are in the file.
  expect(await readFile(filePath, 'utf8')).toContain('The meeting closed at 9.10 pm.');
});

test('a window whose last words reached neither the file nor the recovery copy stays open', async ({ app }) => {
  const { page, windows, diskFaults } = app;
  await startNamedMinutes(app, 'Scrutiny.minutes', 'Scrutiny committee.');
  // The document's folder is full and the recovery folder cannot be written (a file stands where it should be).
  // Moved aside in one step, not deleted file by file: the app may still be writing its recovery copy of the words
  // just saved, and a copy written during a recursive delete left the folder not empty (ENOTEMPTY) in a CI run.
  const recoveryFolder = test.info().outputPath('app-data', 'recovery');
  await rename(recoveryFolder, `${recoveryFolder}.moved-aside`).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await writeFile(recoveryFolder, 'not a folder', { flag: 'wx' });
  diskFaults.failWritesWith('ENOSPC');
  await page.keyboard.type(' The call-in was rejected.');
  await clickMenu(page, 'prepare-to-close');
  await expect.poll(() => windows.closeAnswers).toEqual([{ windowId: 1, close: false }]);
  const banner = page.getByTestId('disk-trouble');
  await expect(banner).toContainText('could not keep its recovery copy');
  await expect(banner).toContainText('The window stayed open so that nothing is lost.');
  await expect(editorOf(page)).toHaveText('Scrutiny committee. The call-in was rejected.');

  // Once the disk works again (Retry now, rather than wait for the next try), the same request closes the window.
  await rm(recoveryFolder);
  diskFaults.clear();
  // The next automatic try (1, 2, 4… s after a failure) may beat the click now that the disk works: the banner then
  // goes before the button can be clicked. A click refused while the banner is still shown is a failure.
  await banner
    .getByRole('button', { name: 'Retry now' })
    .click({ timeout: 5000 })
    .catch(async (error: unknown) => {
      if ((await banner.count()) > 0) throw error;
    });
  await expect(banner).toHaveCount(0);
  await clickMenu(page, 'prepare-to-close');
  await expect
    .poll(() => windows.closeAnswers)
    .toEqual([
      { windowId: 1, close: false },
      { windowId: 1, close: true },
    ]);
});

test('a damaged file is refused, left alone, and the message points at its backup', async ({ app }) => {
  const { page, dialogs } = app;
  const filePath = await startNamedMinutes(app, 'Audit.minutes', 'Audit committee.');
  await page.keyboard.type(' Accounts approved.');
  await expect.poll(async () => readFile(filePath, 'utf8')).toContain('Accounts approved.');

  const damaged = Buffer.from((await readFile(filePath)).subarray(0, 40));
  await writeFile(filePath, damaged);
  await app.reload();
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('“Audit.minutes” could not be opened because it is damaged');
  await expect(notice).toContainText(/kept a backup from \d{1,2}\.\d{2} [ap]m today: open “Audit\.backup\.minutes”/);
  expect(Buffer.compare(await readFile(filePath), damaged)).toBe(0);
});
