// Reshaping the agenda from the keyboard during a meeting: remove, replace,
// merge and split items with one command each, and a heading deleted with
// Backspace asks where its text goes (clerk dogfood, bug 6: the text was left
// outside any item and every word typed after it was filed one item off).
// Each test types after the change and reads the saved file to see which item
// the words landed in, and undoes the change with one Ctrl+Z.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { editorOf, expect, test } from './harness/app-test';
import { answer } from './fixtures/clerk-keys';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { saveAndReadBack } from './fixtures/saved-minutes';
import { layoutFromDocument } from '../../core/export/export-minutes';
import { renderLayoutHtml } from '../../core/export/html-writer';
import { plainText } from '../../core/minutes/rich-text-json';
import type { MinutesContent } from '../../core/minutes/minutes-model';
import { minutesDocumentSchema } from '../../core/storage/minutes-document';
import { agendaItemJson, paragraphJson } from '../fixtures/lexical-json';

const SECRET = 'Zanzibarquux';

const paragraph = paragraphJson;
const heading = (itemId: string, title: string, standing: string | null = null, exemptParagraph: string | null = null) =>
  agendaItemJson(itemId, title, { standing, exemptParagraph });

/** A meeting laid out as the Committee template lays it out, with business and an exempt item. */
const committeeMeeting = () =>
  seed000Document({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        heading('item-1', 'Apologies for absence', 'apologies'),
        paragraph('Apologies for absence are noted above.'),
        heading('item-2', 'Declarations of interest', 'declarations'),
        paragraph('Councillor Boles declared an interest.'),
        heading('item-3', 'Public questions', 'public-questions'),
        paragraph('There were no public questions.'),
        heading('item-4', 'Library opening hours'),
        paragraph('The committee considered the opening hours.'),
        heading('item-5', 'Land sale', null, '3'),
        paragraph(`The ${SECRET} offer was discussed.`),
        heading('item-6', 'Urgent business', 'urgent-business'),
        paragraph(''),
      ],
    },
  });

async function openMeeting(app: { page: Page; dialogs: Parameters<typeof openDocument>[1]; workDir: string }, name: string) {
  const filePath = path.join(app.workDir, `${name}.minutes`);
  await openDocument(app.page, app.dialogs, filePath, committeeMeeting(), name);
  return filePath;
}

/** The caret at the end of the words given (clicked, then End). */
async function caretAtEndOf(page: Page, words: string) {
  await editorOf(page).getByText(words, { exact: true }).click();
  await page.keyboard.press('End');
}

function itemHolding(minutes: MinutesContent, words: string): string | null {
  if (minutes.preamble.some((block) => 'text' in block && plainText(block.text as never).includes(words))) return '(before the first item)';
  const item = minutes.items.find((entry) => entry.blocks.some((block) => 'text' in block && plainText(block.text as never).includes(words)));
  return item?.title ?? null;
}

const headings = (page: Page) => editorOf(page).locator('h2.mb-agenda-item');
const original = ['Apologies for absence', 'Declarations of interest', 'Public questions', 'Library opening hours', 'Land sale', 'Urgent business'];

test('deleting the first item’s heading asks where its text goes; the text and the next words land in the item chosen', async ({ app }) => {
  const { page } = app;
  const filePath = await openMeeting(app, 'heading');
  // The dogfood steps: click the heading, End, Shift+Home, Backspace, Backspace.
  await editorOf(page).getByText('Apologies for absence', { exact: true }).click();
  for (const key of ['End', 'Shift+Home', 'Backspace']) await page.keyboard.press(key);
  await page.keyboard.press('Backspace');
  const question = page.getByRole('dialog', { name: /You are deleting the heading of item 1/ });
  await expect(question).toBeVisible();
  // The first item has no item before it: only the next one is offered.
  await expect(question.getByRole('button', { name: /previous item/ })).toHaveCount(0);
  await expect(question.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('n');
  await expect(question).toHaveCount(0);
  await expect(headings(page)).toHaveText(original.slice(1));
  await expect(headings(page).first()).toHaveAttribute('data-minute-number', '1');
  await page.keyboard.type('Typed after the heading went. ');

  const { minutes } = await saveAndReadBack(page, filePath);
  expect(minutes.preamble).toEqual([]);
  expect(itemHolding(minutes, 'Apologies for absence are noted above.')).toBe('Declarations of interest');
  expect(itemHolding(minutes, 'Typed after the heading went.')).toBe('Declarations of interest');

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(headings(page)).toHaveText(['', ...original.slice(1)]);
});

test('Backspace at the start of a heading asks; Escape keeps the item; P keeps its words in the previous item', async ({ app }) => {
  const { page } = app;
  const filePath = await openMeeting(app, 'backspace');
  await editorOf(page).getByText('Public questions', { exact: true }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  const question = page.getByRole('dialog', { name: /You are deleting the heading of item 3/ });
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(headings(page)).toHaveText(original);

  // Delete at the end of the item before asks too; Escape leaves the caret where it was.
  await caretAtEndOf(page, 'Councillor Boles declared an interest.');
  await page.keyboard.press('Delete');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.type(' Typed after Escape.');
  await expect(editorOf(page).getByText('Councillor Boles declared an interest. Typed after Escape.', { exact: true })).toBeVisible();
  for (let step = 0; step < ' Typed after Escape.'.length; step += 1) await page.keyboard.press('Backspace');

  // Typing over a selection that reaches into the heading asks too.
  await editorOf(page).getByText('Public questions', { exact: true }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('x');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(headings(page)).toHaveText(original);
  // So does pasting over it (the paste event carries its own data, as in blocks.spec.ts).
  await editorOf(page).evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'pasted words');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(headings(page)).toHaveText(original);
  await expect(editorOf(page)).not.toContainText('pasted words');
  // And dragging it away: asked as the drag starts, and the drag is cancelled.
  const dragCancelled = await editorOf(page).evaluate((element) => {
    const drag = new DragEvent('dragstart', { dataTransfer: new DataTransfer(), bubbles: true, cancelable: true });
    element.dispatchEvent(drag);
    return drag.defaultPrevented;
  });
  expect(dragCancelled).toBe(true);
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(headings(page)).toHaveText(original);
  await expect(editorOf(page).getByText('There were no public questions.', { exact: true })).toHaveCount(1);

  await editorOf(page).getByText('Public questions', { exact: true }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await expect(question).toBeVisible();
  await page.keyboard.press('p');
  await expect(headings(page)).toHaveText(original.filter((title) => title !== 'Public questions'));
  await page.keyboard.press('End');
  await page.keyboard.type(' (typed next)');
  const { minutes } = await saveAndReadBack(page, filePath);
  expect(minutes.items[1]!.blocks.map((block) => ('text' in block ? plainText(block.text as never) : block.kind))).toEqual([
    'Councillor Boles declared an interest.',
    'Public questions (typed next)',
    'There were no public questions.',
  ]);
  expect(minutes.items[2]!.title).toBe('Library opening hours');
});

test('Ctrl+Alt+Shift+R removes an item: with text it asks, empty it goes at once; minute numbers follow; Ctrl+Z restores', async ({ app }) => {
  const { page } = app;
  const filePath = await openMeeting(app, 'remove');
  await caretAtEndOf(page, 'There were no public questions.');
  await page.keyboard.press('Control+Alt+Shift+r');
  const question = page.getByRole('dialog', { name: /Remove item 3/ });
  await expect(question).toBeVisible();
  await page.keyboard.press('d');
  await expect(headings(page)).toHaveText(original.filter((title) => title !== 'Public questions'));
  await expect(headings(page).nth(2)).toHaveAttribute('data-minute-number', '3');
  // The caret is at the end of the item before: the next words are filed there.
  await page.keyboard.type(' Typed after removing.');
  const { minutes } = await saveAndReadBack(page, filePath);
  expect(itemHolding(minutes, 'Typed after removing.')).toBe('Declarations of interest');
  expect(JSON.stringify(minutes)).not.toContain('There were no public questions.');

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(headings(page)).toHaveText(original);
  await expect(editorOf(page).getByText('There were no public questions.', { exact: true })).toBeVisible();

  await editorOf(page).locator('h2.mb-agenda-item', { hasText: 'Urgent business' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Alt+Shift+r');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(headings(page)).toHaveText(original.slice(0, -1));
  await page.keyboard.press('Control+z');
  await expect(headings(page)).toHaveText(original);
});

test('Ctrl+Alt+J merges an exempt item into a public one: the merged item is exempt, its words stay out of the public version', async ({ app }) => {
  const { page } = app;
  const filePath = await openMeeting(app, 'merge');
  await caretAtEndOf(page, 'The committee considered the opening hours.');
  await page.keyboard.press('Control+Alt+j');
  const question = page.getByRole('dialog', { name: /Merge item 5/ });
  await expect(question).toContainText('will become exempt');
  await page.keyboard.press('k');
  await expect(headings(page)).toHaveText(original.filter((title) => title !== 'Land sale'));
  await page.keyboard.type(' Typed after merging.');

  const { saved, minutes } = await saveAndReadBack(page, filePath);
  const merged = minutes.items[3]!;
  expect(merged.title).toBe('Library opening hours');
  expect(merged.exempt).not.toBeNull();
  expect(merged.blocks.map((block) => ('text' in block ? plainText(block.text as never) : block.kind))).toEqual([
    'The committee considered the opening hours. Typed after merging.',
    'Land sale',
    `The ${SECRET} offer was discussed.`,
  ]);
  const document = minutesDocumentSchema.parse(saved);
  expect(renderLayoutHtml(layoutFromDocument(document, { version: 'public', appendices: [] }))).not.toContain(SECRET);
  expect(renderLayoutHtml(layoutFromDocument(document, { version: 'full', appendices: [] }))).toContain(SECRET);

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(headings(page)).toHaveText(original);
});

test('Ctrl+Alt+Shift+I splits an item at the caret; the caret is in the new title; Ctrl+Z undoes the split in one step', async ({ app }) => {
  const { page } = app;
  const filePath = await openMeeting(app, 'split');
  await caretAtEndOf(page, 'The committee considered the opening hours.');
  for (let step = 0; step < 'the opening hours.'.length; step += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Alt+Shift+i');
  await page.keyboard.type('Opening hours');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Typed in the new item.');
  await expect(headings(page)).toHaveText([...original.slice(0, 4), 'Opening hours', ...original.slice(4)]);
  await expect(headings(page).nth(5)).toHaveAttribute('data-minute-number', '6');

  const { minutes } = await saveAndReadBack(page, filePath);
  expect(itemHolding(minutes, 'The committee considered')).toBe('Library opening hours');
  expect(itemHolding(minutes, 'the opening hours.')).toBe('Opening hours');
  expect(itemHolding(minutes, 'Typed in the new item.')).toBe('Opening hours');

  // Undo the typing, then the split: one step restores the paragraph whole.
  while ((await headings(page).count()) > original.length) await page.keyboard.press('Control+z');
  await expect(headings(page)).toHaveText(original);
  await expect(editorOf(page).getByText('The committee considered the opening hours.', { exact: true })).toBeVisible();
});

test('Ctrl+Alt+H replaces a standing item’s title and wording; Ctrl+Alt+Shift+H puts another item in its place', async ({ app }) => {
  const { page } = app;
  const filePath = await openMeeting(app, 'replace');
  await caretAtEndOf(page, 'There were no public questions.');
  await page.keyboard.press('Control+Alt+h');
  await answer(page, 'New title for “Public questions”', 'Minutes of the last meeting');
  await answer(page, 'Its text', 'clear', 'Clear its text (and any standing wording)');
  await page.keyboard.type('The minutes were approved.');
  await expect(headings(page).nth(2)).toHaveText('Minutes of the last meeting');

  await caretAtEndOf(page, 'Apologies for absence are noted above.');
  await page.keyboard.press('Control+Alt+Shift+h');
  await answer(page, 'Replace “Apologies for absence” with the item (it moves here)', 'Library', 'Library opening hours');
  await answer(page, 'Its text', 'keep', 'Keep its text');
  await expect(headings(page)).toHaveText(['Library opening hours', 'Declarations of interest', 'Minutes of the last meeting', 'Land sale', 'Urgent business']);
  await page.keyboard.type('Typed after replacing. ');

  const { saved, minutes } = await saveAndReadBack(page, filePath);
  expect(minutes.items[2]!.blocks.map((block) => ('text' in block ? plainText(block.text as never) : block.kind))).toEqual(['The minutes were approved.']);
  const replaced = (saved.content.root.children as Array<{ type: string; itemId: string; standing: string | null }>).find((node) => node.itemId === 'item-3')!;
  expect(replaced.standing).toBeNull();
  expect(itemHolding(minutes, 'Typed after replacing.')).toBe('Library opening hours');
  expect(itemHolding(minutes, 'Apologies for absence are noted above.')).toBe('Library opening hours');

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(headings(page)).toHaveText([
    'Apologies for absence',
    'Declarations of interest',
    'Minutes of the last meeting',
    'Library opening hours',
    'Land sale',
    'Urgent business',
  ]);
});
