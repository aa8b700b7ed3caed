// Commands that change the block or item the caret is in: edit its fields,
// mark the item urgent or exempt, or turn "X agreed to provide Y" into an action.
import { $createParagraphNode, $createTextNode, $getSelection, $isParagraphNode, $isRangeSelection } from 'lexical';
import { firstPersonMentioned, shortReference } from '../../../core/text/names';
import { inResponseSentence } from '../../../core/minutes/block-wording';
import { actionSteps } from '../../../core/blocks/action-block';
import { exemptStep, type AgendaItemFields } from '../../../core/blocks/agenda-item-block';
import { blockDefinitionOf } from '../../../core/blocks/block-registry';
import { personStep } from '../../../core/blocks/prompt-step';
import { $isActionNode, $createActionNode } from '../nodes/ActionNode';
import { $isAgendaItemNode } from '../nodes/AgendaItemNode';
import { hasFields } from '../nodes/block-fields-of';
import { $currentAgendaItem } from '../outline/agenda-sections';
import { OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from '../prompt/prompt-types';
import { $currentBlock } from './insert-block';
import type { CommandContext } from './command-types';
import { $blockOf } from '../minutes-block-list';

/**
 * The questions for the block at the caret (its kind's editSteps in core/blocks),
 * filled with its current values; a block without questions edits its item's.
 */
export function $editFieldsSteps(context: CommandContext): PromptRequest<object> | null {
  const block = $currentBlock();
  if (!block) return null;
  const editSteps = blockDefinitionOf(block.getType())?.editSteps;
  if (editSteps && hasFields(block) && !$isAgendaItemNode(block)) {
    return { targetKey: block.getKey(), steps: editSteps(block.getFields(), { meeting: context.meeting, outline: context.outline() }) };
  }
  return $itemFieldsRequest();
}

/** The current agenda item's question: its Schedule 12A paragraph. */
function $itemFieldsRequest(): PromptRequest<AgendaItemFields> | null {
  const item = $currentAgendaItem();
  return item ? { targetKey: item.getKey(), steps: [exemptStep(item.getFields().exemptParagraph)] } : null;
}

export function $toggleUrgent(): void {
  const item = $currentAgendaItem();
  if (item) item.setFields({ urgent: !item.getFields().urgent });
}

export function exemptPrompt(context: CommandContext): void {
  const request = context.editor.getEditorState().read($itemFieldsRequest);
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
    const roster = context.meeting.roster;
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

/** What the "in response" questions gather: not a block's fields, the words of one sentence. */
interface InResponseAnswers {
  askerId: string | null;
  askerName: string;
  topic: string;
  answererId: string | null;
  answererName: string;
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
    const roster = context.meeting.roster;
    context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, {
      targetKey: block.getKey(),
      steps: [
        personStep<InResponseAnswers>('Whose question (blank for members’ questions)', { id: 'askerId', name: 'askerName' }, roster),
        { label: 'Question around (topic)', allowFree: true, toPatch: (value) => ({ topic: value }) },
        personStep<InResponseAnswers>('Who explained', { id: 'answererId', name: 'answererName' }, roster),
      ],
      onComplete: (answers: Partial<InResponseAnswers>) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        const before = $blockOf(selection.anchor.getNode())?.getTextContent() ?? '';
        const sentence = inResponseSentence(answers.askerName ?? '', answers.topic ?? '', answers.answererName ?? '');
        selection.insertText(`${before && !/\s$/.test(before) ? ' ' : ''}${sentence}`);
      },
    });
  });
}
