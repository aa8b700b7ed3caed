// Commands that change the block or item the caret is in: edit its fields,
// mark the item urgent or exempt, or turn "X agreed to provide Y" into an action.
import { $createParagraphNode, $createTextNode, $getSelection, $isParagraphNode, $isRangeSelection } from 'lexical';
import { firstPersonMentioned, shortReference } from '../../../core/text/names';
import { inResponseSentence } from '../../../core/minutes/block-wording';
import { meetingRoster } from '../../../core/minutes/meeting-context';
import { eligibleVoters } from '../../../core/minutes/vote-result';
import { $isActionNode, $createActionNode } from '../nodes/ActionNode';
import { $isDeclarationNode } from '../nodes/DeclarationNode';
import { $isMeetingCloseNode } from '../nodes/MeetingCloseNode';
import { $isQuestionNode } from '../nodes/QuestionNode';
import { $isVoteNode } from '../nodes/VoteNode';
import { $currentAgendaItem } from '../outline/agenda-sections';
import { OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from '../prompt/prompt-types';
import { actionSteps, closeSteps, declarationSteps, exemptStep, questionSteps, voteSteps } from './block-prompts';
import { $currentBlock } from './insert-block';
import { personStep } from './person-options';
import type { CommandContext } from './minutes-commands';

/** The questions for the block at the caret, filled with its current values. */
export function $editFieldsSteps(context: CommandContext): PromptRequest | null {
  const block = $currentBlock();
  const roster = meetingRoster(context.meeting);
  if (!block) return null;
  const targetKey = block.getKey();
  if ($isDeclarationNode(block)) return { targetKey, steps: declarationSteps(roster, context.outline(), block.getFields(), true) };
  if ($isQuestionNode(block)) return { targetKey, steps: questionSteps(roster, block.getFields()) };
  if ($isVoteNode(block)) return { targetKey, steps: voteSteps(roster, block.getFields(), eligibleVoters(roster, context.meeting.attendance)) };
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
  context.editor.update(() => {
    const block = $currentBlock();
    if (!block || $isActionNode(block)) return;
    const text = block.getTextContent();
    const roster = meetingRoster(context.meeting);
    const owner = firstPersonMentioned(text, roster);
    const ownerName = owner ? shortReference(owner, roster) : '';
    const action = $createActionNode({ ownerId: owner?.id ?? null, ownerName });
    const converted = $isParagraphNode(block);
    if (converted) {
      action.append(...block.getChildren());
      block.replace(action);
      action.selectEnd();
    } else {
      // Formatting is not carried over: the action's words are a plain copy.
      action.append($createTextNode(text));
      // Right after it: an action between resolutions does not break their numbering.
      block.insertAfter(action);
    }
    // With the owner found in the words, only the date is left to ask.
    const steps = actionSteps(roster, { ownerName, due: null }).slice(owner ? 1 : 0);
    context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, { targetKey: action.getKey(), steps, returnKey: converted ? undefined : block.getKey() });
  });
}

/** Asks who asked, about what and who answered, then writes the usual sentence at the end of the current paragraph. */
export function inResponsePrompt(context: CommandContext): void {
  context.editor.update(() => {
    let block = $currentBlock();
    if (!block) return;
    if (!$isParagraphNode(block)) {
      const paragraph = $createParagraphNode();
      block.insertAfter(paragraph);
      block = paragraph;
    }
    const roster = meetingRoster(context.meeting);
    context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, {
      targetKey: block.getKey(),
      steps: [
        personStep('Whose question (blank for members’ questions)', 'asker', roster),
        { label: 'Question around (topic)', allowFree: true, toPatch: (value) => ({ topic: value }) },
        personStep('Who explained', 'answerer', roster),
      ],
      onComplete: (answers) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        const before = selection.anchor.getNode().getTopLevelElement()?.getTextContent() ?? '';
        const sentence = inResponseSentence(String(answers.askerName ?? ''), String(answers.topic ?? ''), String(answers.answererName ?? ''));
        selection.insertText(`${before && !/\s$/.test(before) ? ' ' : ''}${sentence}`);
      },
    });
  });
}
