// Reshaping the agenda from the keyboard, one command each: remove, replace,
// merge and split the item the caret is in. Each change is one editor update
// (one undo step); the rules for the items' fields are in
// core/minutes/item-operations.ts, the moves in outline/item-edits.ts.
import { $getNodeByKey } from 'lexical';
import type { PromptOption, PromptStep } from '../../../core/blocks/prompt-step';
import { $isAgendaItemNode } from '../nodes/AgendaItemNode';
import { $agendaItems, $currentAgendaItem } from '../outline/agenda-sections';
import { $bodyIsEmpty, $neighbourItem, $removeItem, $replaceItemWith, $retitleItem, $splitItemAtCaret } from '../outline/item-edits';
import { OPEN_ITEM_QUESTION_COMMAND } from '../plugins/ItemQuestionPlugin';
import { OPEN_FIELD_PROMPT_COMMAND } from '../prompt/prompt-types';
import type { CommandContext, MinutesCommand } from './command-types';

/** What "Replace item" gathers: the new title or the item chosen, and whether the old text stays. */
interface Replacement {
  title: string;
  replacementKey: string | null;
  keepText: boolean;
}

function removeItem(context: CommandContext): void {
  context.editor.update(() => {
    const item = $currentAgendaItem();
    if (!item) return;
    // Nothing to lose: no question, and the removal is the one undo step.
    if ($bodyIsEmpty(item)) $removeItem(item, 'delete', false);
    else context.editor.dispatchCommand(OPEN_ITEM_QUESTION_COMMAND, { kind: 'remove', itemKey: item.getKey() });
  });
}

function mergeItems(context: CommandContext, withItem: 'next' | 'previous'): void {
  context.editor.update(() => {
    const item = $currentAgendaItem();
    if (!item) return;
    const second = withItem === 'next' ? $neighbourItem(item, 'next') : item;
    if (second && $neighbourItem(second, 'previous')) context.editor.dispatchCommand(OPEN_ITEM_QUESTION_COMMAND, { kind: 'merge', itemKey: second.getKey() });
  });
}

const textStep: PromptStep<Replacement> = {
  label: 'Its text',
  options: [
    { value: 'keep', label: 'Keep its text' },
    { value: 'clear', label: 'Clear its text (and any standing wording)' },
  ],
  toPatch: (value) => ({ keepText: value === 'keep' }),
};

/**
 * Asks for the new title (typed) or the item that takes this one's place
 * (chosen), then whether this item's text stays; nothing changes until the
 * last answer, and Escape changes nothing.
 */
function replaceItem(context: CommandContext, by: 'title' | 'item'): void {
  context.editor.update(() => {
    const item = $currentAgendaItem();
    if (!item) return;
    const others: PromptOption[] = $agendaItems()
      .filter((candidate) => !candidate.is(item))
      .map((candidate) => ({ value: candidate.getKey(), label: candidate.getTextContent() || 'Untitled item' }));
    if (by === 'item' && others.length === 0) return;
    const current = item.getTextContent();
    const first: PromptStep<Replacement> =
      by === 'title'
        ? {
            label: `New title for “${current}”`,
            allowFree: true,
            initial: '',
            hint: 'Type the new title.',
            toPatch: (value) => (value ? { replacementKey: null, title: value } : null),
          }
        : {
            label: `Replace “${current}” with the item (it moves here)`,
            options: others,
            toPatch: (value, option) => (option ? { replacementKey: value, title: option.label } : null),
          };
    const itemKey = item.getKey();
    context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, {
      targetKey: itemKey,
      steps: [first, textStep],
      onComplete: (answers: Partial<Replacement>) => {
        const target = $getNodeByKey(itemKey);
        if (!$isAgendaItemNode(target) || !answers.title || answers.keepText === undefined) return;
        const chosen = answers.replacementKey ? $getNodeByKey(answers.replacementKey) : null;
        if ($isAgendaItemNode(chosen)) $replaceItemWith(target, chosen, answers.keepText);
        else $retitleItem(target, answers.title, answers.keepText);
      },
    });
  });
}

export function itemCommands(): MinutesCommand[] {
  return [
    {
      id: 'remove-item',
      title: 'Remove this agenda item (asks where its text goes)',
      keywords: 'remove delete drop item standing heading',
      shortcut: 'Ctrl+Alt+Shift+R',
      run: removeItem,
    },
    {
      id: 'replace-item',
      title: 'Replace this agenda item’s title (and its standing wording)',
      keywords: 'replace rename retitle standing item heading title wording',
      shortcut: 'Ctrl+Alt+H',
      run: (context) => replaceItem(context, 'title'),
    },
    {
      id: 'replace-item-with',
      title: 'Replace this agenda item with another item (moved here)',
      keywords: 'replace swap standing item heading another move',
      shortcut: 'Ctrl+Alt+Shift+H',
      run: (context) => replaceItem(context, 'item'),
    },
    {
      id: 'merge-item-next',
      title: 'Merge this agenda item with the next',
      keywords: 'merge join combine item next',
      shortcut: 'Ctrl+Alt+J',
      run: (context) => mergeItems(context, 'next'),
    },
    {
      id: 'merge-item-previous',
      title: 'Merge this agenda item into the previous',
      keywords: 'merge join combine item previous',
      shortcut: 'Ctrl+Alt+Shift+J',
      run: (context) => mergeItems(context, 'previous'),
    },
    {
      id: 'split-item',
      title: 'Split this agenda item at the caret (new item from here)',
      keywords: 'split divide item new heading caret',
      shortcut: 'Ctrl+Alt+Shift+I',
      run: (context) => context.editor.update(() => void $splitItemAtCaret()),
    },
  ];
}
