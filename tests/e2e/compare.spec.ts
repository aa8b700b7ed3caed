// Comparing versions as a clerk would: type, save, reword a sentence and move
// an item, then compare the saved version with now from History — the words
// added and removed marked in both layouts, the move shown by its minute
// numbers, the changes stepped through by keyboard — and compare the minutes
// with the chair's returned copy picked in the Open dialog (a damaged one is
// refused with a clear sentence). Comparing never changes the minutes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { editorOf, expect, test, type AppHarness } from './harness/app-test';

async function item(page: Page, title: string, text: string) {
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Three items typed and saved: one saved version in History. */
async function typeAndSave({ page, dialogs, workDir }: AppHarness): Promise<string> {
  const filePath = path.join(workDir, 'Cabinet.minutes');
  await editorOf(page).focus();
  await item(page, 'APOLOGIES', 'Apologies were received from Councillor Smith.');
  await item(page, 'HOUSING', 'The Cabinet Member presented the report on rent levels.');
  await item(page, 'URGENT BUSINESS', 'There was no urgent business.');
  dialogs.answerNextSave(filePath);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  return filePath;
}

test('compare a saved version with now: marked words in both layouts, the move, next change by keyboard', async ({ app }) => {
  const { page } = app;
  await typeAndSave(app);
  const editor = editorOf(page);

  // Reword the end of the housing sentence, and move Urgent business to the top.
  // Clicked beyond the end of its line, so the caret lands at the end whatever the timing.
  const housing = editor.locator('p', { hasText: 'rent levels.' });
  const box = (await housing.boundingBox())!;
  await housing.click({ position: { x: box.width - 2, y: box.height / 2 } });
  await page.keyboard.press('End');
  for (let i = 0; i < 'levels.'.length; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('charges.');
  await expect(editor.locator('p', { hasText: 'report on rent charges.' })).toHaveCount(1);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  const headings = editor.locator('.mb-agenda-item');
  await expect(headings).toHaveText(['URGENT BUSINESS', 'APOLOGIES', 'HOUSING']);
  const textBefore = await editor.innerText();

  await page.keyboard.press('Control+Shift+H');
  const panel = page.getByTestId('history-panel');
  await expect(panel.getByTestId('version')).toHaveCount(1);
  await panel.getByRole('button', { name: /^Compare the version from .* with now$/ }).click();

  const view = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(view).toBeVisible();
  await expect(view).toBeFocused();
  await expect(view.getByTestId('compare-before-label')).toContainText(/The version from \d{1,2}\.\d{2} [ap]m today/);
  await expect(view.getByTestId('compare-after-label')).toContainText('Now');
  await expect(view.getByTestId('compare-summary')).toHaveText('1 changed block, 1 moved item');

  // Side by side: the removed word on the side compared from, the added word on the side compared to.
  await expect(view).toHaveAttribute('data-layout', 'side-by-side');
  const changed = view.locator('.mb-compare-block[data-change="changed"]');
  await expect(changed.locator('[data-side="before"] del')).toHaveText('removed: levels');
  await expect(changed.locator('[data-side="after"] ins')).toHaveText('added: charges');
  await expect(changed.locator('[data-side="before"] ins')).toHaveCount(0);
  // What a screen reader reads: the sentence as it is now, with the new word announced.
  await expect(changed.locator('[data-side="after"] .mb-compare-text')).toHaveText('The Cabinet Member presented the report on rent added: charges.');
  const moved = view.getByTestId('compare-item').filter({ hasText: 'URGENT BUSINESS' });
  await expect(moved).toHaveAttribute('data-change', 'moved');
  await expect(moved.locator('[data-side="before"] .mb-compare-number')).toHaveText('Minute 3');
  await expect(moved.locator('[data-side="after"] .mb-compare-number')).toHaveText('Minute 1');
  await expect(moved.locator('.mb-compare-tag')).toHaveText('Moved');
  // Apologies did not change: its lone sentence shows, as context, with no marks.
  await expect(view.getByTestId('compare-item').filter({ hasText: 'APOLOGIES' }).locator('ins, del')).toHaveCount(0);

  // Step through the changes: the move first (reading order), then the reworded sentence.
  await page.keyboard.press('n');
  await expect(view.getByTestId('compare-status')).toHaveText('Change 1 of 2');
  await expect(page.locator(':focus')).toContainText('URGENT BUSINESS');
  await page.keyboard.press('n');
  await expect(view.getByTestId('compare-status')).toHaveText('Change 2 of 2');
  await expect(page.locator(':focus')).toContainText('charges.');
  await page.keyboard.press('n');
  await expect(view.getByTestId('compare-status')).toHaveText('That was the last change (2 of 2).');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(view.getByTestId('compare-status')).toHaveText('Change 1 of 2');
  await expect(page.locator(':focus')).toContainText('URGENT BUSINESS');

  // Inline: both marks in the one block, and the heading says the number it had.
  // The layouts are one choice (a radio group of buttons): the chosen one is checked, the other not.
  await view.getByRole('radio', { name: 'Inline' }).click();
  await expect(view).toHaveAttribute('data-layout', 'inline');
  await expect(view.getByRole('radio', { name: 'Inline' })).toHaveAttribute('aria-checked', 'true');
  await expect(view.getByRole('radio', { name: 'Side by side' })).toHaveAttribute('aria-checked', 'false');
  await expect(changed.locator('del')).toHaveText('removed: levels');
  await expect(changed.locator('ins')).toHaveText('added: charges');
  await expect(changed.locator('.mb-compare-tag')).toHaveText('Changed');
  await expect(moved.locator('.mb-compare-number')).toHaveText('Minute 1 (was 3)');
  await view.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(view.getByTestId('compare-status')).toHaveText('Change 2 of 2');
  await expect(page.locator(':focus')).toContainText('charges.');

  // The editor behind cannot be reached: typing goes nowhere, Tab stays in the view.
  await page.keyboard.press('Tab');
  await page.keyboard.type('stray words');
  await expect(editor).not.toContainText('stray');
  expect(await page.evaluate(() => document.querySelector('[data-testid="compare-view"]')?.contains(document.activeElement))).toBe(true);

  // Escape closes it, back on the button that opened it; the minutes are as they were.
  await view.focus();
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Compare the version from .* with now$/ })).toBeFocused();
  expect(await editor.innerText()).toBe(textBefore);

  // Save again: two versions; tick both and compare them with each other, older first.
  await editor.focus();
  await page.keyboard.press('Control+s');
  await expect(panel.getByTestId('version')).toHaveCount(2);
  await panel.getByRole('checkbox').first().check();
  await panel.getByRole('checkbox').last().check();
  await panel.getByRole('button', { name: /Compare the two ticked versions/ }).click();
  await expect(view.getByTestId('compare-summary')).toHaveText('1 changed block, 1 moved item');
  await expect(view.locator('.mb-compare-block[data-change="changed"] [data-side="after"] ins')).toHaveText('added: charges');
  await view.getByRole('button', { name: 'Close' }).click();
  await expect(view).toHaveCount(0);
});

test('compare the minutes with the chair’s returned copy picked in the Open dialog; a damaged copy is refused', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = await typeAndSave(app);

  // The chair's copy: a sentence reworded, and text that looks like markup, which must stay text.
  const saved = await readFile(filePath, 'utf8');
  const returned = saved
    .replace('rent levels.', 'rent and service charges.')
    .replace('There was no urgent business.', 'There was no urgent business <img src=x onerror=alert(1)> <b>today</b>.');
  expect(returned).not.toBe(saved);
  const returnedPath = path.join(workDir, 'Cabinet - returned.minutes');
  await writeFile(returnedPath, returned);

  await page.keyboard.press('Control+Shift+H');
  const panel = page.getByTestId('history-panel');
  dialogs.answerNextOpen(returnedPath);
  await panel.getByRole('button', { name: 'Compare with a file…' }).click();

  const view = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(view.getByTestId('compare-before-label')).toContainText('Now');
  await expect(view.getByTestId('compare-after-label')).toContainText('“Cabinet - returned.minutes”');
  await expect(view.getByTestId('compare-summary')).toHaveText('2 changed blocks');
  const housing = view.locator('.mb-compare-block', { hasText: 'rent' });
  await expect(housing.locator('[data-side="before"] del')).toHaveText('removed: levels');
  await expect(housing.locator('[data-side="after"] ins')).toHaveText('added: and service charges');
  const urgent = view.locator('.mb-compare-block', { hasText: 'urgent' });
  await expect(urgent.locator('[data-side="after"]')).toContainText('<img src=x onerror=alert(1)> <b>today</b>');
  await expect(view.locator('img, b')).toHaveCount(0);
  // Apologies is unchanged and folded with nothing else around it: a single item stays open.
  await expect(view.getByTestId('compare-item').filter({ hasText: 'APOLOGIES' })).toHaveCount(1);

  // Swapped, the chair's copy is compared from: the same words, marked the other way.
  await view.getByRole('button', { name: 'Swap sides' }).click();
  await expect(view.getByTestId('compare-before-label')).toContainText('“Cabinet - returned.minutes”');
  await expect(housing.locator('[data-side="before"] del')).toHaveText('removed: and service charges');
  await expect(housing.locator('[data-side="after"] ins')).toHaveText('added: levels');
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  expect(await readFile(returnedPath, 'utf8')).toBe(returned);
  expect(await readFile(filePath, 'utf8')).toBe(saved);

  // A copy cut short in the post: a clear sentence, and the file left alone.
  const brokenPath = path.join(workDir, 'Broken.minutes');
  await writeFile(brokenPath, returned.slice(0, 200));
  dialogs.answerNextOpen(brokenPath);
  await panel.getByRole('button', { name: 'Compare with a file…' }).click();
  await expect(panel.getByRole('alert')).toContainText('“Broken.minutes” could not be opened because it is damaged');
  await expect(view).toHaveCount(0);
  expect(await readFile(brokenPath, 'utf8')).toBe(returned.slice(0, 200));

  // Cancelling the dialog is not an error.
  dialogs.answerNextOpen(null);
  await panel.getByRole('button', { name: 'Compare with a file…' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(view).toHaveCount(0);
});
