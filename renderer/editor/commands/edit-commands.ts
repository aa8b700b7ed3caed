// Commands that change the block or item the caret is in: edit its fields,
// mark the item urgent or exempt, or turn "X agreed to provide Y" into an action.
import { $createTextNode, $isParagraphNode } from 'lexical';
import { firstPersonMentioned } from '../../../core/text/names';
import { meetingRoster, personDisplayName } from '../../../core/minutes/meeting-context';
import { $isActionNode, $createActionNode } from '../nodes/ActionNode';
import { $isDeclarationNode } from '../nodes/DeclarationNode';
import { $isMeetingCloseNode } from '../nodes/MeetingCloseNode';
import { $isQuestionNode } from '../nodes/QuestionNode';
import { $isVoteNode } from '../nodes/VoteNode';
import { $currentAgendaItem } from '../outline/agenda-sections';
import { OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from '../prompt/prompt-types';
import { actionSteps, closeSteps, declarationSteps, exemptStep, questionSteps, voteSteps } from './block-prompts';
import { $currentBlock } from './insert-block';
import type { CommandContext } from './minutes-commands';

/** The questions for the block at the caret, filled with its current values. */
export function $editFieldsSteps(context: CommandContext): PromptRequest | null {
  const block = $currentBlock();
  const roster = meetingRoster(context.meeting);
  if (!block) return null;
  const targetKey = block.getKey();
  if ($isDeclarationNode(block)) return { targetKey, steps: declarationSteps(roster, context.outline(), block.getFields()) };
  if ($isQuestionNode(block)) return { targetKey, steps: questionSteps(roster, block.getFields()) };
  if ($isVoteNode(block)) return { targetKey, steps: voteSteps(roster, block.getFields()) };
  if ($isActionNode(block)) return { targetKey, steps: actionSteps(roster, block.getFields()) };
  if ($isMeetingCloseNode(block)) return { targetKey, steps: closeSteps(roster, block.getFields()) };
  const item = $currentAgendaItem();
  return item ? { targetKey: item.getKey(), steps: [exemptStep(item.getFields().exemptParagraph)] } : null;
}

export function $toggleUrgent(): void {
  const item = $currentAgendaItem();
  if (item) item.setFields({ urgent: !item.getFields().urgent });
}

export function exemptPrompt(context: CommandContext): void {
  const request = context.editor.getEditorState().read(() => {
    const item = $currentAgendaItem();
    return item ? { targetKey: item.getKey(), steps: [exemptStep(item.getFields().exemptParagraph)] } : null;
  });
  if (request) context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, request);
}

/**
 * A paragraph becomes an action (its words are the action); any other block
 * (a resolution, say) keeps its place and an action with a copy of its words
 * follows it. The owner is the first roster person the words name.
 */
export function convertToAction(context: CommandContext): void {
  let targetKey = '';
  let ownerName = '';
  context.editor.update(
    () => {
      const block = $currentBlock();
      if (!block || $isActionNode(block)) return;
      const text = block.getTextContent();
      const owner = firstPersonMentioned(text, meetingRoster(context.meeting));
      ownerName = owner ? personDisplayName(owner) : '';
      const action = $createActionNode({ ownerId: owner?.id ?? null, ownerName });
      if ($isParagraphNode(block)) {
        action.append(...block.getChildren());
        block.replace(action);
      } else {
        // Formatting is not carried over: the action's words are a plain copy.
        action.append($createTextNode(text));
        block.insertAfter(action);
      }
      action.selectEnd();
      targetKey = action.getKey();
    },
    { discrete: true },
  );
  if (targetKey) {
    const roster = meetingRoster(context.meeting);
    const steps = actionSteps(roster, { ownerName, due: null }).slice(ownerName ? 1 : 0);
    context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, { targetKey, steps });
  }
}
