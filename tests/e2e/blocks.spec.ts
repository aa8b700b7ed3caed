// Structured blocks from the keyboard: slash menu, shortcuts, field prompts,
// minute numbers that follow reordering, undo/redo and paste across blocks.
import path from 'node:path';
import { editorOf, expect, test } from './harness/app-test';
import { slash } from './fixtures/clerk-keys';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';

test('agenda items get minute numbers that follow reordering', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'order.minutes'), seed000Document(), 'order');
  const editor = editorOf(page);
  await editor.click();
  for (const title of ['Apologies for absence', 'Declarations of interest', 'Urgent business']) {
    await slash(page, 'agenda', 'Agenda item');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Notes under ${title}.`);
    await page.keyboard.press('Enter');
  }
  const headings = editor.locator('h2.mb-agenda-item');
  await expect(headings).toHaveText(['Apologies for absence', 'Declarations of interest', 'Urgent business']);
  await expect(headings.nth(2)).toHaveAttribute('data-minute-number', '3');

  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(headings).toHaveText(['Apologies for absence', 'Urgent business', 'Declarations of interest']);
  await expect(headings.nth(1)).toHaveAttribute('data-minute-number', '2');
  await expect(editor.locator('p').nth(1)).toHaveText('Notes under Urgent business.');

  await page.keyboard.press('Control+z');
  await expect(headings).toHaveText(['Apologies for absence', 'Declarations of interest', 'Urgent business']);
  await page.keyboard.press('Control+Shift+z');
  await expect(headings).toHaveText(['Apologies for absence', 'Urgent business', 'Declarations of interest']);
});
