// @vitest-environment jsdom
// A motion from the keyboard: Ctrl+Alt+O moves it, debate follows, Ctrl+Alt+Shift+O
// puts an amendment with the motion's parts (not in the debate), Ctrl+Alt+B
// votes on the amendment first, then on the motion, starting its resolution
// after the motion's parts; Enter numbers the next resolution.
import { $getNodeByKey, type RangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../core/minutes/read-minutes';
import { plainText } from '../../core/minutes/rich-text-json';
import { createEmptyMeeting } from '../../core/model/meeting';
import { lexicalStateSchema } from '../../core/storage/lexical-state';
import { OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from '../../renderer/editor/prompt/prompt-types';
import { hasFields } from '../../renderer/editor/nodes/block-fields-of';
import { editAtCaret, editorInNewItem, runMinutesCommand } from './item-typing-harness';

function clerk() {
  const editor = editorInNewItem('m-1', 'Pyramid Park');
  const meeting = createEmptyMeeting();
  const prompts: Array<PromptRequest<object>> = [];
  editor.registerCommand(OPEN_FIELD_PROMPT_COMMAND, (request) => (prompts.push(request), true), 0);
  const atCaret = (edit: (selection: RangeSelection) => void) => editAtCaret(editor, edit);
  return {
    type: (text: string) => atCaret((selection) => selection.insertText(text)),
    enter: () => atCaret((selection) => selection.insertParagraph()),
    command: (id: string) => runMinutesCommand(editor, meeting, id),
    /** Answers the last prompt as the field prompt would: each step's patch set on its target, the caret then at returnKey. */
    answer: (...answers: string[]) =>
      editor.update(
        () => {
          const request = prompts.at(-1)!;
          const target = $getNodeByKey(request.targetKey);
          request.steps.forEach((step, index) => {
            const patch = step.toPatch(answers[index] ?? '', null);
            if (patch && hasFields(target)) target.setFields(patch);
          });
          $getNodeByKey(request.returnKey ?? request.targetKey)?.selectEnd();
        },
        { discrete: true },
      ),
    prompts,
    blocks: () =>
      readMinutes(lexicalStateSchema.parse(editor.getEditorState().toJSON()), meeting).items[0]!.blocks.filter(
        (block) => block.kind !== 'paragraph' || plainText(block.text) !== '',
      ),
  };
}

describe('typing a motion', () => {
  it('keeps the amendment and resolution with the motion, votes on the amendment before the motion, and numbers the resolutions', () => {
    const at = clerk();
    at.command('motion');
    at.answer('Councillor Kelly', 'Councillor Berry');
    at.type('That the site be acquired');
    at.enter();
    at.type('Members debated the price.');
    at.command('amendment');
    expect(at.prompts.at(-1)!.steps.map((step) => step.label)).toEqual(['Moved by', 'Seconded by']);
    at.answer('Councillor Frost', 'Councillor Davies');
    at.type('To add “at no more than £1”');
    at.command('put-the-question');
    expect(at.prompts.at(-1)!.steps.map((step) => step.label)).toEqual(['Votes for', 'Votes against', 'Abstentions', 'Chair’s casting vote (only on a tie)']);
    at.answer('2', '5', '0', 'none');
    at.command('put-the-question');
    at.answer('5', '2', '0', 'none');
    at.type('The site be acquired.');
    at.enter();
    at.type('Officers report back in May.');
    expect(at.blocks()).toEqual([
      {
        kind: 'motion',
        label: 'It was agreed:',
        moved: expect.objectContaining({
          motion: [{ text: 'That the site be acquired' }],
          mover: { personId: null, name: 'Councillor Kelly' },
          counts: { for: 5, against: 2, abstain: 0 },
          result: 'carried',
        }),
        amendments: [
          expect.objectContaining({
            motion: [{ text: 'To add “at no more than £1”' }],
            mover: { personId: null, name: 'Councillor Frost' },
            counts: { for: 2, against: 5, abstain: 0 },
            result: 'lost',
          }),
        ],
        resolution: [[{ text: 'The site be acquired.' }], [{ text: 'Officers report back in May.' }]],
      },
      { kind: 'paragraph', text: [{ text: 'Members debated the price.' }] },
    ]);
  });

  it('moves the motion and takes its vote in one prompt when the question is put before any motion was moved', () => {
    const at = clerk();
    at.type('Planning application 17/00340/FUL.');
    at.enter();
    at.command('put-the-question');
    expect(at.prompts.at(-1)!.steps.map((step) => step.label)).toEqual([
      'Moved by',
      'Seconded by',
      'Votes for',
      'Votes against',
      'Abstentions',
      'Chair’s casting vote (only on a tie)',
    ]);
    at.answer('Councillor Anderson', 'Councillor Wilkins', '4', '0', '1', 'none');
    at.type('The application be supported.');
    expect(at.blocks()).toEqual([
      { kind: 'paragraph', text: [{ text: 'Planning application 17/00340/FUL.' }] },
      expect.objectContaining({
        kind: 'motion',
        moved: expect.objectContaining({
          motion: [],
          mover: { personId: null, name: 'Councillor Anderson' },
          seconder: { personId: null, name: 'Councillor Wilkins' },
          counts: { for: 4, against: 0, abstain: 1 },
          result: 'carried',
        }),
        resolution: [[{ text: 'The application be supported.' }]],
      }),
    ]);
  });
});
