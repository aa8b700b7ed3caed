// What one typed character sets off in the page beyond Lexical's own editing, as counts: the app's listeners must
// not add Lexical updates (each copies the editor's node map), nor React commits (each measures the caret's offset
// from the top of the minutes). docs/typing-speed.md has the figures behind these.
import path from 'node:path';
import { countLexicalUpdates, lexicalUpdatesIn } from './fixtures/keystroke-work';
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
