// @vitest-environment jsdom
// Where a block command puts its block when the caret is in a paragraph the
// clerk has typed: at the end of it (just typed), the block starts on the next
// line with no Enter first, the paragraph kept as typed, and one undo takes the
// block away again; with the caret inside the paragraph, the paragraph's words
// become the block's (turning a typed line into a motion or a declaration).
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { UNDO_COMMAND, type RangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../core/minutes/read-minutes';
import { plainText } from '../../core/minutes/rich-text-json';
import { createEmptyMeeting } from '../../core/model/meeting';
import { lexicalStateSchema } from '../../core/storage/lexical-state';
import { OPEN_FIELD_PROMPT_COMMAND } from '../../renderer/editor/prompt/prompt-types';
import { editAtCaret, editorInNewItem, runMinutesCommand } from './item-typing-harness';

function clerk() {
  const editor = editorInNewItem('m-1', 'Land at Example School');
  registerHistory(editor, createEmptyHistoryState(), 0);
  const meeting = createEmptyMeeting();
  editor.registerCommand(OPEN_FIELD_PROMPT_COMMAND, () => true, 0);
  const atCaret = (edit: (selection: RangeSelection) => void) => editAtCaret(editor, edit);
  return {
    type: (text: string) => atCaret((selection) => selection.insertText(text)),
    left: (characters: number) =>
      atCaret((selection) => selection.anchor.getNode().select(selection.anchor.offset - characters, selection.anchor.offset - characters)),
    command: (id: string) => editor.update(() => runMinutesCommand(editor, meeting, id), { discrete: true }),
    editorJson: () => editor.getEditorState().toJSON(),
    undo: () => editor.update(() => editor.dispatchCommand(UNDO_COMMAND, undefined), { discrete: true }),
    kinds: () =>
      readMinutes(lexicalStateSchema.parse(editor.getEditorState().toJSON()), meeting)
        .items[0]!.blocks.filter((block) => block.kind !== 'paragraph' || plainText(block.text) !== '')
        .map((block) => (block.kind === 'paragraph' ? `paragraph: ${plainText(block.text)}` : block.kind)),
  };
}

describe('a block command in a paragraph the clerk has typed', () => {
  it.each([
    ['put-the-question', 'motion'],
    ['cabinet-decision', 'cabinet-decision'],
    ['declaration', 'declarations'],
    ['resolutions', 'resolutions'],
  ])('%s with the caret at the end starts its block on the next line and keeps the paragraph', (command, kind) => {
    const at = clerk();
    at.type('The Applicant addressed the Committee.');
    at.command(command);
    expect(at.kinds()).toEqual(['paragraph: The Applicant addressed the Committee.', kind]);
  });

  it('is taken back by one undo, leaving the paragraph as typed', () => {
    const at = clerk();
    at.type('The Applicant addressed the Committee.');
    at.command('put-the-question');
    at.undo();
    expect(at.kinds()).toEqual(['paragraph: The Applicant addressed the Committee.']);
  });

  it('turns the paragraph into the block when the caret is inside it', () => {
    const at = clerk();
    at.type('That the site be acquired.');
    at.left(3);
    at.command('put-the-question');
    expect(at.kinds()).toEqual(['motion']);
  });

  it('makes a typed line the heading of a new item even with the caret at its end', () => {
    const at = clerk();
    at.type('Any Other Business');
    at.command('agenda-item');
    const state = readMinutes(lexicalStateSchema.parse(at.editorJson()), createEmptyMeeting());
    expect(state.items.map((item) => item.title)).toEqual(['Land at Example School', 'Any Other Business']);
  });
});
