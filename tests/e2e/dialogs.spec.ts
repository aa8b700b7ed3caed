// Every kind of dialog, opened from the keyboard, keeps the keyboard while it
// is open (Tab and Shift+Tab go round inside it, never to the page behind) and
// gives it back where it came from when Escape closes it: to the caret in the
// minutes, exactly where it was, or to the button that opened it.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { editorOf, expect, test } from './harness/app-test';
import { slash } from './fixtures/clerk-keys';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { choiceNamed } from './fixtures/choices';

/** Where the caret is: the words of the line it is in, and how far along. */
const caretOf = (page: Page) =>
  page.evaluate(() => {
    const selection = window.getSelection();
    const node = selection?.anchorNode ?? null;
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return { line: element?.closest('p, h2, li')?.textContent ?? null, offset: selection?.anchorOffset ?? null, collapsed: selection?.isCollapsed ?? null };
  });

const holdsFocus = (dialog: Locator) => dialog.evaluate((element) => element.contains(document.activeElement) && document.activeElement !== document.body);

/** Tab, then Shift+Tab, round the dialog more times than it has fields: the keyboard never leaves it. */
async function expectTabStaysInside(page: Page, dialog: Locator) {
  const stops = await dialog.evaluate(
    (element) => element.querySelectorAll('button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])').length,
  );
  expect(stops).toBeGreaterThan(0);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let press = 0; press < stops + 2; press += 1) {
      await page.keyboard.press(key);
      expect(await holdsFocus(dialog), `${key} ×${press + 1} left the dialog`).toBe(true);
    }
  }
}

/** Closes the dialog with Escape and checks the caret is back in the minutes where it was. */
async function expectEscapeBackToCaret(page: Page, dialog: Locator, caret: Awaited<ReturnType<typeof caretOf>>) {
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  const editor = editorOf(page);
  await expect(editor).toBeFocused();
  await expect.poll(() => caretOf(page)).toEqual(caret);
}

/**
 * Starts recording breaches of the page's Content-Security-Policy (style-src 'self': no inline styles). The dialogs'
 * library sets its few styles through the CSS object model, which the policy allows; a style attribute would not be.
 */
async function recordPolicyBreaches(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const breaches: string[] = [];
    Object.assign(window, { policyBreaches: breaches });
    document.addEventListener('securitypolicyviolation', (event) => breaches.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { policyBreaches: string[] }).policyBreaches);
}

test('every dialog keeps Tab inside it and Escape gives the keyboard back where it was', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const policyBreaches = await recordPolicyBreaches(page);
  await openDocument(page, dialogs, path.join(workDir, 'dialogs.minutes'), seed000Document(), 'dialogs');
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.type('The first line of the minutes.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The second line.');
  // The caret mid-line in the first paragraph: a dialog that sent it to the top, or to the end, fails.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  const caret = await caretOf(page);
  expect(caret).toEqual({ line: 'The first line of the minutes.', offset: 4, collapsed: true });
  // Saved, so the document has a version to compare with.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The shortcut sheet (Ctrl+/), which lists the window's own keys too.
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('button', { name: 'Close (Esc)' })).toBeFocused();
  const rows = await sheet.locator('tbody tr').evaluateAll((cells) => cells.map((row) => row.textContent));
  expect(rows).toEqual(expect.arrayContaining(['Ctrl+EExport to Word and PDF…', 'Ctrl+OOpen…', 'Ctrl+NNew window', 'Ctrl+Shift+MNew meeting…']));
  await expectTabStaysInside(page, sheet);
  await expectEscapeBackToCaret(page, sheet, caret);

  // New meeting (Ctrl+Shift+M).
  await page.keyboard.press('Control+Shift+M');
  const newMeeting = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(newMeeting, 'Committee')).toBeFocused();
  await expectTabStaysInside(page, newMeeting);
  await expectEscapeBackToCaret(page, newMeeting, caret);

  // Export (Ctrl+E).
  await page.keyboard.press('Control+e');
  const exporting = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(exporting.getByLabel('Public version (exempt items left out)')).toBeFocused();
  await expectTabStaysInside(page, exporting);
  await expectEscapeBackToCaret(page, exporting, caret);

  // Committee wording, from the slash menu: the caret goes back where the slash was typed.
  await slash(page, 'edit committee wording', 'Edit committee wording…');
  const wording = page.getByRole('dialog', { name: 'Committee wording' });
  await expect(wording.getByLabel('Name (shown in the slash menu)')).toBeFocused();
  await expectTabStaysInside(page, wording);
  await expectEscapeBackToCaret(page, wording, caret);

  // Compare (Ctrl+Shift+D), and the Compare view opened from it over the chooser: Escape closes one at a time.
  await page.keyboard.press('Control+Shift+D');
  const chooser = page.getByRole('dialog', { name: 'Compare the text now with…' });
  await expect(chooser.getByRole('button', { name: /^A \.minutes file/ })).toBeFocused();
  const version = chooser.getByRole('list', { name: 'Versions' }).getByRole('button').first();
  await expect(version).toBeVisible();
  await expectTabStaysInside(page, chooser);
  await version.focus();
  await page.keyboard.press('Enter');
  const view = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(view).toBeFocused();
  await expectTabStaysInside(page, view);
  expect(await holdsFocus(chooser)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(version).toBeFocused();
  await expectEscapeBackToCaret(page, chooser, caret);

  // The words typed now land where the caret was before all of that.
  await page.keyboard.type('X');
  await expect(editor.locator('p').first()).toHaveText('The Xfirst line of the minutes.');
  // Every dialog above was drawn within the page's Content-Security-Policy.
  expect(await policyBreaches()).toEqual([]);
});

test('a dialog opened from a panel gives the keyboard back to the panel', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'panel.minutes'), seed000Document(), 'panel');
  await page.keyboard.press('Control+Shift+H');
  const history = page.getByTestId('history-panel');
  const fileButton = history.getByRole('button', { name: 'Compare with a file…' });
  await fileButton.focus();
  await page.keyboard.press('Control+e');
  const exporting = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(exporting).toBeVisible();
  await expectTabStaysInside(page, exporting);
  await page.keyboard.press('Escape');
  await expect(exporting).toHaveCount(0);
  await expect(fileButton).toBeFocused();
});
