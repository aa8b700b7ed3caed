// The formatting toolbar is one Tab stop: the arrow keys move along it, Tab
// leaves it for what follows, and Shift+Tab comes back to the button last used.
// Its buttons keep their names (with their shortcuts) and still act on the minutes.
import path from 'node:path';
import { expect, test } from './harness/app-test';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';

test('the formatting toolbar is walked with the arrow keys and is one Tab stop', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'toolbar.minutes'), seed000Document(), 'toolbar');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await expect(toolbar.getByRole('separator')).toHaveCount(2);
  await expect(toolbar.getByRole('button', { name: 'Heading 1' })).toHaveAttribute('title', 'Heading 1');

  const bold = toolbar.getByRole('button', { name: 'Bold (Ctrl+B)' });
  await bold.focus();
  await page.keyboard.press('ArrowRight');
  const italic = toolbar.getByRole('button', { name: 'Italic (Ctrl+I)' });
  await expect(italic).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Normal text' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Underline (Ctrl+U)' })).toBeFocused();

  // Tab goes past the rest of the strip, not along it; Shift+Tab comes back to the same button.
  await page.keyboard.press('Tab');
  await expect(toolbar.locator(':focus')).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Underline (Ctrl+U)' })).toBeFocused();

  // Undo is disabled while there is nothing to undo (so the arrow keys pass over it).
  await expect(toolbar.getByRole('button', { name: 'Undo (Ctrl+Z)' })).toBeDisabled();
});
