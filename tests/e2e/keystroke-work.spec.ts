// What one typed character sets off in the page beyond Lexical's own editing, as counts: the app's listeners must
// not add Lexical updates (each copies the editor's node map), nor React commits (each measures the caret's offset
// from the top of the minutes). docs/typing-speed.md has the figures behind these.
import path from 'node:path';
import { countLexicalUpdates, lexicalUpdatesIn, REACT_COMMIT_COUNTER, reactCommitsIn } from './fixtures/keystroke-work';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { editorOf, expect, test } from './harness/app-test';

/**
 * Lexical's own updates for a character typed in Chromium: its keydown command, beforeinput, input, the flush of the
 * browser's DOM change and the selection change. Anything more is the app's.
 */
const LEXICAL_UPDATES_PER_CHARACTER = 5;

test("typing a character runs Lexical's own updates only, none of the app's", async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'updates.minutes'), seed000Document(), 'updates');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.type('Members noted ');
  await countLexicalUpdates(page);
  const typed = 'the report';
  await page.keyboard.type(typed, { delay: 30 });
  await expect(editor.locator('p').last()).toHaveText('Members noted the report');
  expect(await lexicalUpdatesIn(page)).toBeLessThanOrEqual(typed.length * LEXICAL_UPDATES_PER_CHARACTER);
});

test('typing through autosaves makes no React commits: the title and status bar follow the save state directly', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await page.addInitScript(REACT_COMMIT_COUNTER);
  await app.reload();
  await openDocument(page, dialogs, path.join(workDir, 'commits.minutes'), seed000Document(), 'commits');
  const editor = editorOf(page);
  const saveState = page.getByTestId('save-state');
  await editor.focus();
  // The first edit shows Undo in the toolbar (a render of its own), and the item the caret is in reaches the outline.
  await page.keyboard.type('Members noted ');
  await expect(saveState).toHaveText('Saved');
  await page.waitForTimeout(500);

  const before = await reactCommitsIn(page);
  await page.keyboard.type('the report', { delay: 30 });
  await expect(saveState).toHaveText('Unsaved changes');
  await expect(page).toHaveTitle('commits • — Minute Book');
  await expect(saveState).toHaveText('Saved');
  await expect(saveState).toHaveClass('mb-save-state mb-save-state-saved');
  await expect(page).toHaveTitle('commits — Minute Book');
  await page.keyboard.type(' and thanked officers.', { delay: 30 });
  await expect(saveState).toHaveText('Saved');
  expect(await reactCommitsIn(page)).toBe(before);
  await expect(editor.locator('p').last()).toHaveText('Members noted the report and thanked officers.');
});
