// @vitest-environment jsdom
// Putting the question in a planning application item asks the committee's
// decision straight after the vote, in the same prompt (no Ctrl+Alt+G); in
// any other item the vote's prompt ends with the vote, as before.
import { $createParagraphNode, $createTextNode, $getRoot, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createEmptyMeeting } from '../../core/model/meeting';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { $createAgendaItemNode } from '../../renderer/editor/nodes/AgendaItemNode';
import { OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from '../../renderer/editor/prompt/prompt-types';
import { minutesEditor } from './nodes/node-harness';

function putTheQuestionUnder(title: string) {
  const editor = minutesEditor();
  const meeting = createEmptyMeeting();
  const asked: Array<PromptRequest<object>> = [];
  editor.registerCommand(
    OPEN_FIELD_PROMPT_COMMAND,
    (request) => {
      asked.push(request);
      return true;
    },
    COMMAND_PRIORITY_EDITOR,
  );
  editor.update(
    () => {
      const line = $createParagraphNode().append($createTextNode('The officer introduced the report.'));
      $getRoot().append($createAgendaItemNode({ itemId: 'i1' }).append($createTextNode(title)), line);
      line.selectEnd();
    },
    { discrete: true },
  );
  minutesCommands(meeting)
    .find((entry) => entry.id === 'put-the-question')!
    .run({ editor, meeting, outline: () => [], now: () => new Date(), textLocked: () => false });
  editor.update(() => {}, { discrete: true });
  return { asked, editor };
}

describe('putting the question in a planning application item', () => {
  it('asks the decision after the counts', () => {
    const { asked, editor } = putTheQuestionUnder('APP/20/00094: Land at Example School, Wirral');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.steps.map((step) => step.label)).toContain('Votes for');
    // The vote answered: the decision is asked next.
    asked[0]!.followUp!();
    editor.update(() => {}, { discrete: true });
    expect(asked).toHaveLength(2);
    expect(asked[1]!.steps.map((step) => step.label)).toEqual(['Decision']);
  });

  it('ends with the vote in any other item (a parish’s “Planning Applications Received”)', () => {
    expect(putTheQuestionUnder('Planning Applications Received').asked[0]!.followUp).toBeUndefined();
  });
});
