// A name menu that has just stopped matching must not take the clerk's next
// key. Lexical's menu closes on React's next render; on a busy laptop the
// clerk's Enter can arrive first. Seen in CI: "…asked how attendance⏎" lost
// its Enter, and the next Ctrl+Alt+I turned the sentence into an item title.
import path from 'node:path';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { editorOf, expect, test } from './harness/app-test';

/**
 * In one task, so React cannot render in between: the rest of the sentence
 * goes in (Lexical commits it in a microtask, and the menu's trigger runs),
 * then Enter is pressed. Commands are found by their names because the page's
 * Lexical is bundled.
 */
const TYPE_ON_AND_PRESS_ENTER = `(async (rest) => {
  const editor = document.querySelector('[data-lexical-editor="true"]')?.__lexicalEditor;
  if (!editor) throw new Error('No Lexical editor in the page.');
  const command = (type) => {
    const found = [...editor._commands.keys()].find((candidate) => candidate.type === type);
    if (!found) throw new Error('No command ' + type);
    return found;
  };
  editor.dispatchCommand(command('CONTROLLED_TEXT_INSERTION_COMMAND'), rest);
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
  editor.dispatchCommand(command('KEY_ENTER_COMMAND'), new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
})`;

test('Enter straight after typing past a name ends the paragraph, even before the name menu has gone', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'names.minutes'), seed000Document(), 'names');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.type('Councillor Bo');
  await expect(page.locator('.mb-name-menu li[aria-selected="true"]')).toHaveText('Councillor Boles');

  await page.evaluate(`${TYPE_ON_AND_PRESS_ENTER}(${JSON.stringify('les asked how attendance')})`);
  await page.keyboard.type('Nothing to add.');

  await expect(editor.locator('p')).toHaveText(['Councillor Boles asked how attendance', 'Nothing to add.']);
  await expect(page.locator('.mb-name-menu')).toHaveCount(0);
});

test('Tab and Enter still take a name the menu offers', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'names-taken.minutes'), seed000Document(), 'names-taken');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.type('Councillor Bo');
  await expect(page.locator('.mb-name-menu li[aria-selected="true"]')).toHaveText('Councillor Boles');
  await page.keyboard.press('Enter');
  await page.keyboard.type(' asked and Councillor Wr');
  await expect(page.locator('.mb-name-menu li[aria-selected="true"]')).toHaveText('Councillor Wright');
  await page.keyboard.press('Tab');
  await page.keyboard.type(' answered.');
  await expect(editor.locator('p')).toHaveText(['Councillor Boles asked and Councillor Wright answered.']);
});
