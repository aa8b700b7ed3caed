// @vitest-environment jsdom
// Typing a planning decision from the keyboard: Ctrl+Alt+G starts the
// decision, Enter at its end starts the first reason (for a refusal) or
// condition (for an approval subject to conditions), Enter after each starts
// the next, and Enter on an empty one goes back to ordinary text.
import { $getSelection, type RangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../core/minutes/read-minutes';
import { plainText } from '../../core/minutes/rich-text-json';
import { createEmptyMeeting } from '../../core/model/meeting';
import { lexicalStateSchema } from '../../core/storage/lexical-state';
import { $isPlanningApplicationNode } from '../../renderer/editor/nodes/PlanningApplicationNode';
import { editAtCaret, editorInNewItem, runMinutesCommand } from './item-typing-harness';

function clerk() {
  const editor = editorInNewItem('app-1', 'Land at Mill Lane');
  const meeting = createEmptyMeeting();
  const atCaret = (edit: (selection: RangeSelection) => void) => editAtCaret(editor, edit);
  const command = (id: string) => runMinutesCommand(editor, meeting, id);
  return {
    type: (text: string) => atCaret((selection) => selection.insertText(text)),
    enter: () => atCaret((selection) => selection.insertParagraph()),
    command,
    /** What the field prompt sets when the clerk picks an outcome. */
    decide: (decision: 'refuse' | 'approve-conditions' | 'defer') =>
      atCaret((selection) => {
        const block = selection.anchor.getNode().getTopLevelElement();
        if ($isPlanningApplicationNode(block)) block.setFields({ decision });
      }),
    blocks: () => {
      const content = lexicalStateSchema.parse(editor.getEditorState().toJSON());
      return readMinutes(content, meeting).items[0]!.blocks.filter((block) => block.kind !== 'paragraph' || plainText(block.text) !== '');
    },
    caretBlockType: () => editor.getEditorState().read(() => ($getSelection() as RangeSelection).anchor.getNode().getTopLevelElement()?.getType()),
  };
}

describe('typing a planning decision', () => {
  it('numbers reasons under a refusal and returns to ordinary text after an empty one', () => {
    const at = clerk();
    at.command('planning-decision');
    at.decide('refuse');
    at.enter();
    at.type('Harm to the character of the lane.');
    at.enter();
    at.type('Loss of parking.');
    at.enter();
    at.enter();
    expect(at.caretBlockType()).toBe('paragraph');
    at.type('The meeting adjourned.');
    expect(at.blocks()).toEqual([
      {
        kind: 'planning-decision',
        label: 'It was agreed:',
        reference: '',
        outcome: 'refuse',
        wording: [],
        conditions: [],
        reasons: [[{ text: 'Harm to the character of the lane.' }], [{ text: 'Loss of parking.' }]],
        motion: null,
      },
      { kind: 'paragraph', text: [{ text: 'The meeting adjourned.' }] },
    ]);
  });

  it('numbers conditions under an approval subject to conditions, and leaves a deferral’s Enter as ordinary text', () => {
    const approved = clerk();
    approved.command('planning-decision');
    approved.decide('approve-conditions');
    approved.enter();
    approved.type('Begin within three years.');
    expect(approved.blocks()[0]).toMatchObject({ outcome: 'approve-conditions', conditions: [[{ text: 'Begin within three years.' }]], reasons: [] });

    const deferred = clerk();
    deferred.command('planning-decision');
    deferred.decide('defer');
    deferred.type('That consideration be deferred for a site visit.');
    deferred.enter();
    expect(deferred.caretBlockType()).toBe('paragraph');
  });
});
