// In the editor each agenda item's blocks sit under one section element (for
// speed: docs/typing-speed.md); the clerk must not be able to tell. At an
// item's edges Enter, Backspace, Delete and the arrow keys edit the blocks as
// they did when the minutes were one flat list, the words land in the item they
// did, undo and redo take them back, and the saved file is the flat list.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { editorOf, expect, test } from './harness/app-test';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { saveAndReadBack } from './fixtures/saved-minutes';
import { plainText } from '../../core/minutes/rich-text-json';
import type { MinutesContent } from '../../core/minutes/minutes-model';
import { agendaItemJson, paragraphJson } from '../fixtures/lexical-json';
import { close } from '../fixtures/export/lexical-builders';

/** Three items; `after`: blocks after the last item's last line. */
const meeting = (after: unknown[] = []) =>
  seed000Document({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        paragraphJson('Before the items.'),
        agendaItemJson('item-1', 'Apologies'),
        paragraphJson('Alpha words.'),
        agendaItemJson('item-2', 'Reports'),
        paragraphJson('Beta words.'),
        paragraphJson('Gamma words.'),
        agendaItemJson('item-3', 'Close'),
        paragraphJson('Delta words.'),
        ...after,
      ],
    },
  });

/** Each item's title and the text of its blocks, as the saved file holds them. */
function itemsOf(minutes: MinutesContent): Array<[string, string[]]> {
  return minutes.items.map((item) => [item.title, item.blocks.map((block) => ('text' in block ? plainText(block.text as never) : block.kind))]);
}

async function caretAt(page: Page, words: string, key: 'Home' | 'End') {
  await editorOf(page).getByText(words, { exact: true }).click();
  await page.keyboard.press(key);
}

test('at an item’s edges the keys edit the blocks as in one flat list, and the file stays flat', async ({ app }) => {
  const { page } = app;
  const filePath = path.join(app.workDir, 'sections.minutes');
  await openDocument(page, app.dialogs, filePath, meeting(), 'sections');
  const editor = editorOf(page);

  // Enter at the end of an item's last block, then typing: a new line in that item.
  await caretAt(page, 'Alpha words.', 'End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Added to apologies.');
  // The arrow keys cross into the next item's heading and back, as between any two lines.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('New ');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' (late)');
  // Backspace at the start of the first block after a heading.
  await caretAt(page, 'Beta words.', 'Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(': ');
  // Delete at the end of the block before the last item's heading asks, as before; Escape keeps it.
  await caretAt(page, 'Gamma words.', 'End');
  await page.keyboard.press('Delete');
  const question = page.getByRole('dialog', { name: /You are deleting the heading of item 3/ });
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');

  // As the flat editor left them (this test, run on the page before the sections, printed these).
  const edited: Array<[string, string[]]> = [
    ['Apologies', ['Alpha words.', 'Added to apologies. (late)']],
    ['New Reports: Beta words.', ['Gamma words.']],
    ['Close', ['Delta words.']],
  ];
  let { saved, minutes } = await saveAndReadBack(page, filePath);
  expect(itemsOf(minutes)).toEqual(edited);
  expect(minutes.preamble.map((block) => ('text' in block ? plainText(block.text as never) : block.kind))).toEqual(['Before the items.']);
  expect(JSON.stringify(saved.content)).not.toContain('agenda-section');

  // Undo takes the edits back, to the minutes as opened; redo brings them again.
  for (let step = 0; step < 12; step += 1) await page.keyboard.press('Control+z');
  ({ minutes } = await saveAndReadBack(page, filePath));
  expect(itemsOf(minutes)).toEqual([
    ['Apologies', ['Alpha words.']],
    ['Reports', ['Beta words.', 'Gamma words.']],
    ['Close', ['Delta words.']],
  ]);
  for (let step = 0; step < 12; step += 1) await page.keyboard.press('Control+Shift+z');
  ({ saved, minutes } = await saveAndReadBack(page, filePath));
  expect(itemsOf(minutes)).toEqual(edited);
  expect(JSON.stringify(saved.content)).not.toContain('agenda-section');
  await expect(editor.locator('h2.mb-agenda-item')).toHaveText(['Apologies', 'New Reports: Beta words.', 'Close']);
});

test('a selection across two items typed over, a copy of it pasted, and a new item put in mid-item land as in one flat list', async ({ app }) => {
  const { page } = app;
  const filePath = path.join(app.workDir, 'across.minutes');
  await openDocument(page, app.dialogs, filePath, meeting(), 'across');

  // From after "Alpha " to after "Beta " (across the heading of item 2), copied, then typed over: the heading's question.
  await caretAt(page, 'Alpha words.', 'Home');
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+c');
  await page.keyboard.type('x');
  const question = page.getByRole('dialog', { name: /You are deleting the heading of item 2/ });
  await expect(question).toBeVisible();
  await page.keyboard.press('p');
  await expect(question).toHaveCount(0);
  await page.keyboard.type('typed over');
  // Each expected shape below is what the page printed before the sections, run through these same keys.
  let { minutes } = await saveAndReadBack(page, filePath);
  expect(itemsOf(minutes)).toEqual([
    ['Apologies', ['Alpha typed overds.', 'Gamma words.']],
    ['Close', ['Delta words.']],
  ]);

  // The copy pasted at the end of the last item: its blocks stay blocks, its heading starts an item.
  await caretAt(page, 'Delta words.', 'End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+v');
  ({ minutes } = await saveAndReadBack(page, filePath));
  expect(itemsOf(minutes)).toEqual([
    ['Apologies', ['Alpha typed overds.', 'Gamma words.']],
    ['Close', ['Delta words.', 'words.']],
    ['Reports', ['Beta wor']],
  ]);

  // Ctrl+Alt+I on a line mid-item makes it the heading of a new item, which takes the blocks after it; undo keeps the item.
  await caretAt(page, 'Delta words.', 'End');
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('Inserted item');
  ({ minutes } = await saveAndReadBack(page, filePath));
  expect(itemsOf(minutes)).toEqual([
    ['Apologies', ['Alpha typed overds.', 'Gamma words.']],
    ['Close', []],
    ['Delta words.Inserted item', ['words.']],
    ['Reports', ['Beta wor']],
  ]);
  await page.keyboard.press('Control+z');
  ({ minutes } = await saveAndReadBack(page, filePath));
  expect(itemsOf(minutes).map(([title]) => title)).toEqual(['Apologies', 'Close', 'Delta words.', 'Reports']);

  // A line made a bulleted list from the toolbar: that line alone, in its item (not the whole item, heading and all).
  await caretAt(page, 'Gamma words.', 'End');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  const saved = (await saveAndReadBack(page, filePath)).saved;
  ({ minutes } = await saveAndReadBack(page, filePath));
  expect(itemsOf(minutes)[0]).toEqual(['Apologies', ['Alpha typed overds.', 'list']]);
  expect(saved.content.root.children.map((child: { type: string }) => child.type)).toEqual([
    'paragraph',
    'agenda-item',
    'paragraph',
    'list',
    'agenda-item',
    'agenda-item',
    'paragraph',
    'agenda-item',
    'paragraph',
  ]);
});

test('the arrow keys stop on the meeting’s close after the last item, as on any block of its kind', async ({ app }) => {
  const { page } = app;
  const filePath = path.join(app.workDir, 'close.minutes');
  await openDocument(page, app.dialogs, filePath, meeting([close('', 'Chair', '17:30', '18:45'), paragraphJson('After the close.')]), 'close');
  const editor = editorOf(page);

  // Down from the last item's last line selects the close; down again leaves it at the start of the line after it.
  await caretAt(page, 'Delta words.', 'End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Z');
  await expect(editor.getByText('ZAfter the close.', { exact: true })).toBeVisible();
  // And back up over it to the end of the item's last line (the page before the sections did the same).
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('Y');
  await expect(editor.getByText('Delta words.Y', { exact: true })).toBeVisible();
  const { saved } = await saveAndReadBack(page, filePath);
  expect(saved.content.root.children.slice(-3).map((child: { type: string }) => child.type)).toEqual(['paragraph', 'meeting-close', 'paragraph']);
});
