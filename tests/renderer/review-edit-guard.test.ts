// @vitest-environment jsdom
// The guard over a review copy's or approved minutes' text: edits that get
// past the keys (a panel's editor.update) are put back, the review's own edits
// are kept, and keys that would type are refused at the page's root before
// Lexical sees them.
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { guardText, REVIEW_EDIT_TAG, type GuardOptions } from '../../renderer/review/edit-guard';
import { runMinutesCommand } from '../../renderer/editor/commands/run-command';
import type { CommandContext, MinutesCommand } from '../../renderer/editor/commands/command-types';
import { isTextLocked } from '../../renderer/editor/text-lock';
import { cabinetMinutesInPage } from './review-page-kit';

function guardedEditor(options?: GuardOptions) {
  const { editor, root } = cabinetMinutesInPage();
  let refusals = 0;
  const release = guardText(editor, () => (refusals += 1), options);
  return { editor, root, release, refusals: () => refusals };
}

const text = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('guardText', () => {
  it('puts back a change made behind the keyboard’s back, and says so', async () => {
    const { editor, refusals } = guardedEditor();
    const before = text(editor);
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Added by a panel'))), { discrete: true });
    await settle();
    expect(text(editor)).toBe(before);
    expect(refusals()).toBe(1);
  });

  it('keeps the review’s own edits (an accepted suggestion) and guards the text from there', async () => {
    const { editor } = guardedEditor();
    editor.update(() => $getRoot().getLastChildOrThrow().remove(), { discrete: true, tag: REVIEW_EDIT_TAG });
    const accepted = text(editor);
    editor.update(() => $getRoot().clear(), { discrete: true });
    await settle();
    expect(text(editor)).toBe(accepted);
    expect(accepted).not.toContain('There was no urgent business.');
  });

  it('puts back even the review’s own edits when told to (a file open read-only)', async () => {
    const { editor, refusals } = guardedEditor({ allowReviewEdits: false });
    const before = text(editor);
    editor.update(() => $getRoot().getLastChildOrThrow().remove(), { discrete: true, tag: REVIEW_EDIT_TAG });
    await settle();
    expect(text(editor)).toBe(before);
    expect(refusals()).toBe(1);
  });

  it('refuses typing keys at the root and lets arrows through; released, it guards nothing', async () => {
    const { editor, root, release } = guardedEditor();
    const press = (key: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
      root.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press('a')).toBe(true);
    expect(press('Enter')).toBe(true);
    expect(press('v', { ctrlKey: true })).toBe(true);
    expect(press('ArrowLeft', { shiftKey: true })).toBe(false);
    release();
    expect(press('a')).toBe(false);
    editor.update(() => $getRoot().clear(), { discrete: true });
    await settle();
    expect(text(editor)).toBe('');
  });

  it('refuses a minutes command that would change the text, before it asks anything; moves still run', () => {
    const { editor, refusals, release } = guardedEditor();
    const ran: string[] = [];
    const context: CommandContext = { editor, meeting: undefined as never, outline: () => [], now: () => new Date(), textLocked: () => isTextLocked(editor) };
    const command = (id: string, leavesTextAlone?: true): MinutesCommand => ({
      id,
      title: id,
      keywords: '',
      shortcut: null,
      leavesTextAlone,
      run: () => ran.push(id),
    });
    expect(runMinutesCommand(command('declaration'), context)).toBe(false);
    expect(runMinutesCommand(command('next-item', true), context)).toBe(true);
    expect(ran).toEqual(['next-item']);
    expect(refusals()).toBe(1);
    release();
    expect(runMinutesCommand(command('declaration'), context)).toBe(true);
    expect(ran).toEqual(['next-item', 'declaration']);
  });
});
