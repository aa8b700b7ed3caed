// What one typed character sets off in the page beyond Lexical's own editing, as counts: the app's listeners must
// not add Lexical updates (each copies the editor's node map), nor React commits (each measures the caret's offset
// from the top of the minutes). docs/typing-speed.md has the figures behind these.
import path from 'node:path';
import {
  countLexicalUpdates,
  lexicalUpdatesIn,
  REACT_COMMIT_COUNTER,
  reactCommitsIn,
  TEXT_NODE_MARK_COUNTER,
  textNodesMarkedDirtyIn,
} from './fixtures/keystroke-work';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { editorOf, expect, test } from './harness/app-test';
import { AUTOSAVE_MEASURE } from '../../renderer/state/useAutosave';
import { syntheticMeetingOfWords } from '../bench/synthetic-meeting';

/**
 * Lexical's own updates for a character typed in Chromium: one in its keydown command, one for beforeinput, two for
 * input (the event and the flush of the browser's DOM change), and one for each selection change. Selection changes
 * are not one a key: Chromium now and then fires one more than there are keys (seen once in about fifteen runs), and
 * one fewer when two keys move the caret before the queued event fires (the Selection API fires one event for all the
 * changes made while one is pending; seen once on a loaded CI machine). So those are allowed a margin of two either
 * way; an app listener adding an update on every key adds ten to the others, or ten selection changes.
 */
const LEXICAL_UPDATES_PER_CHARACTER = { keydown: 1, beforeinput: 1, input: 2 } as const;
const SPARE_SELECTION_CHANGES = 2;

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
  const { selectionchange = 0, ...others } = await lexicalUpdatesIn(page);
  const allowed = Object.fromEntries(Object.entries(LEXICAL_UPDATES_PER_CHARACTER).map(([event, perCharacter]) => [event, perCharacter * typed.length]));
  expect(others).toEqual(allowed);
  expect(selectionchange).toBeGreaterThanOrEqual(typed.length - SPARE_SELECTION_CHANGES);
  expect(selectionchange).toBeLessThanOrEqual(typed.length + SPARE_SELECTION_CHANGES);
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
  // A pause longer than the undo history's merge time (a second): the typing after it starts a new undo step, and the
  // toolbar hears "can undo" again, as it does whenever a clerk pauses mid-meeting.
  await page.waitForTimeout(1100);

  const clock = page.getByTestId('status-clock');
  const clockBefore = await clock.textContent();
  const before = await reactCommitsIn(page);
  await page.keyboard.type('the report', { delay: 30 });
  // Typed after a save, the state went to unsaved and back, twice (the label itself says so in the other tests).
  await expect(saveState).toHaveText('Saved');
  await expect(saveState).toHaveClass('mb-save-state mb-save-state-saved');
  await page.keyboard.type(' and thanked officers.', { delay: 30 });
  await expect(saveState).toHaveText('Saved');
  const commits = (await reactCommitsIn(page)) - before;
  // The status bar's clock is redrawn on the minute, a commit of its own, when the minute turns during the test.
  expect(commits).toBe((await clock.textContent()) === clockBefore ? 0 : 1);
  await expect(editor.locator('p').last()).toHaveText('Members noted the report and thanked officers.');
});

test("the title's unsaved marker is set in the next frame, never in a keystroke's own handling", async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'title.minutes'), seed000Document(), 'title');
  const editor = editorOf(page);
  await editor.focus();
  // Records the titles set, and counts those set while a key's events are being handled (window.event is the event
  // then, through the listeners and the microtasks after them, where Lexical commits the key's update).
  await page.evaluate(() => {
    const record = window as unknown as { __titles: string[]; __titleSetsInKeys: number };
    record.__titles = [];
    record.__titleSetsInKeys = 0;
    const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title')!;
    Object.defineProperty(document, 'title', {
      configurable: true,
      get: () => title.get!.call(document) as string,
      set(value: string) {
        record.__titles.push(value);
        if (window.event instanceof KeyboardEvent || window.event instanceof InputEvent) record.__titleSetsInKeys += 1;
        title.set!.call(document, value);
      },
    });
  });
  const saveState = page.getByTestId('save-state');
  await page.keyboard.type('Members noted the report', { delay: 30 });
  await expect(saveState).toHaveText('Saved');
  await page.keyboard.type(' and thanked officers.', { delay: 30 });
  await expect(saveState).toHaveText('Saved');
  await expect(page).toHaveTitle('title — Minute Book');
  const { titles, inKeys } = await page.evaluate(() => {
    const record = window as unknown as { __titles: string[]; __titleSetsInKeys: number };
    return { titles: record.__titles, inKeys: record.__titleSetsInKeys };
  });
  expect(titles).toContain('title • — Minute Book');
  expect(titles.at(-1)).toBe('title — Minute Book');
  expect(inKeys).toBe(0);
});

test('typing steadily through autosaves says "Unsaved changes" once, not again on every autosave, and "Saved" at the pause', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'calm.minutes'), seed000Document(), 'calm');
  const editor = editorOf(page);
  const saveState = page.getByTestId('save-state');
  await editor.focus();
  await page.keyboard.type('Members noted ');
  await expect(saveState).toHaveText('Saved');
  // What the status bar's live region says (each a screen reader announcement, and a redraw between two keys), and the
  // autosaves that land meanwhile (the app's own performance measure of each).
  await page.evaluate((autosaveMeasure) => {
    const record = window as unknown as { __said: string[]; __autosaves: number };
    record.__said = [];
    record.__autosaves = 0;
    const label = document.querySelector('[data-testid="save-state"]')!;
    new MutationObserver(() => record.__said.push(label.textContent ?? '')).observe(label, { childList: true, characterData: true, subtree: true });
    new PerformanceObserver((list) => (record.__autosaves += list.getEntriesByName(autosaveMeasure).length)).observe({ type: 'measure' });
  }, AUTOSAVE_MEASURE);
  // About three seconds of steady typing: the autosave lands at least every 0.7 s while keys keep coming.
  await page.keyboard.type('the report of the director and thanked officers', { delay: 60 });
  const whileTyping = await page.evaluate(() => {
    const record = window as unknown as { __said: string[]; __autosaves: number };
    return { said: [...record.__said], autosaves: record.__autosaves };
  });
  expect(whileTyping.autosaves).toBeGreaterThanOrEqual(2);
  expect(whileTyping.said).toEqual(['Unsaved changes']);
  await expect(saveState).toHaveText('Saved');
  await expect(page).toHaveTitle('calm — Minute Book');
  expect(await page.evaluate(() => (window as unknown as { __said: string[] }).__said)).toEqual(['Unsaved changes', 'Saved']);
});

test('opening a meeting marks none of its text changed: each keystroke then copies only what it changed', async ({ app }) => {
  // A transform registered on a loaded document marks every node of its type changed, and Lexical's copy-on-write
  // node map then carries every one of them (and copies them, five updates a keystroke). The lists' transform is on
  // text, so the editor registers it before the minutes are loaded (open-minutes.ts).
  const { page, dialogs, workDir } = app;
  await page.addInitScript(TEXT_NODE_MARK_COUNTER);
  await app.reload();
  await openDocument(page, dialogs, path.join(workDir, 'open.minutes'), syntheticMeetingOfWords(3_000).document, 'open');
  const editor = editorOf(page);
  await expect(editor.locator('p').first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(await textNodesMarkedDirtyIn(page)).toBe(0);
  // The count is live: a transform on text registered now, on the loaded meeting, marks each of its text nodes.
  const textNodes = await page.evaluate(() => {
    type Editor = { registerNodeTransform(klass: unknown, transform: () => void): () => void; _nodes: Map<string, { klass: unknown }> };
    const meeting = (document.querySelector('.mb-editor') as unknown as { __lexicalEditor: Editor }).__lexicalEditor;
    meeting.registerNodeTransform(meeting._nodes.get('text')!.klass, () => undefined);
    return document.querySelectorAll('.mb-editor [data-lexical-text="true"]').length;
  });
  await expect.poll(() => textNodesMarkedDirtyIn(page)).toBe(textNodes);
});
