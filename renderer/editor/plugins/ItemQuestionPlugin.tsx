// The question an item command asks before it takes an item's heading away:
// Remove item (where its text goes, or whether it goes too), a heading
// deleted with Backspace or Delete (where its text goes, or keep the item),
// and Merge (keep the second title as a paragraph or drop it). A dialog in
// the window's one dialog host, so Tab stays inside it and Escape gives the
// caret back where it was; each answer is one letter as well as a button.
// The change itself is one editor update (outline/item-edits.ts): one undo.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR, type BaseSelection, createCommand, type LexicalCommand, type NodeKey } from 'lexical';
import { useEffect, useRef } from 'react';
import { becomesExempt, textDestinations } from '../../../core/minutes/item-operations';
import { minuteNumber, type NumberingScheme } from '../../../core/model/minute-numbering';
import { ModalDialog } from '../../dialogs/ModalDialog';
import { useDialog } from '../../dialogs/useDialog';
import { $keepCaret, restoreCaret } from '../kept-caret';
import { $isAgendaItemNode } from '../nodes/AgendaItemNode';
import { $agendaItems } from '../outline/agenda-sections';
import { $bodyIsEmpty, $mergeItems, $neighbourItem, $removeItem, type TextGoes } from '../outline/item-edits';

export type ItemQuestionKind = 'remove' | 'heading-deleted' | 'merge';

export interface ItemQuestionRequest {
  kind: ItemQuestionKind;
  /** The item whose heading goes (for a merge, the second of the two). */
  itemKey: NodeKey;
}

export const OPEN_ITEM_QUESTION_COMMAND: LexicalCommand<ItemQuestionRequest> = createCommand('OPEN_ITEM_QUESTION_COMMAND');

interface Answer {
  key: string;
  label: string;
  run(itemKey: NodeKey): void;
}

interface Question {
  heading: string;
  detail: string[];
  answers: Answer[];
}

function $question(request: ItemQuestionRequest, scheme: NumberingScheme): Question | null {
  /** The item as the clerk sees it: its minute number (as printed, "CYP.14") and title. */
  const itemName = (position: number, title: string) => `item ${minuteNumber(scheme, position - 1)} (“${title.trim() || 'untitled'}”)`;
  const item = $getNodeByKey(request.itemKey);
  if (!$isAgendaItemNode(item)) return null;
  const items = $agendaItems();
  const position = items.findIndex((candidate) => candidate.is(item)) + 1;
  const previous = $neighbourItem(item, 'previous');
  const next = $neighbourItem(item, 'next');
  const name = itemName(position, item.getTextContent());
  const exemptNote = (receiver: typeof previous, label: string) =>
    receiver && becomesExempt(receiver.getFields(), item.getFields())
      ? [`${label} will become exempt, as this item is: its text stays out of the public version.`]
      : [];
  const removeTo = (textGoes: TextGoes, keepTitle: boolean) => (key: NodeKey) => {
    const node = $getNodeByKey(key);
    if ($isAgendaItemNode(node)) $removeItem(node, textGoes, keepTitle);
  };

  if (request.kind === 'merge') {
    if (!previous) return null;
    const first = itemName(position - 1, previous.getTextContent());
    const merge = (keepTitle: boolean) => (key: NodeKey) => {
      const second = $getNodeByKey(key);
      const before = $isAgendaItemNode(second) ? $neighbourItem(second, 'previous') : null;
      if ($isAgendaItemNode(second) && before) $mergeItems(before, second, keepTitle);
    };
    return {
      heading: `Merge ${name} into ${first}`,
      detail: [
        'Its text, votes, resolutions and actions follow the first item’s, in order.',
        ...exemptNote(previous, 'The merged item'),
        ...(becomesExempt(item.getFields(), previous.getFields()) ? ['The merged item will be exempt, as the first item is.'] : []),
      ],
      answers: [
        { key: 'k', label: 'Keep its title as a paragraph (K)', run: merge(true) },
        { key: 'd', label: 'Drop its title (D)', run: merge(false) },
      ],
    };
  }

  const hasText = !$bodyIsEmpty(item);
  const keepTitle = request.kind === 'heading-deleted';
  const can = textDestinations(position - 1, items.length);
  const answers: Answer[] = [];
  if (request.kind === 'remove') answers.push({ key: 'd', label: 'Delete the item and its text (D)', run: removeTo('delete', false) });
  if (can.previous && previous)
    answers.push({
      key: 'p',
      label: `Move its text into the previous item, ${itemName(position - 1, previous.getTextContent())} (P)`,
      run: removeTo('previous', keepTitle),
    });
  if (can.next && next)
    answers.push({
      key: 'n',
      label: `Move its text into the next item, ${itemName(position + 1, next.getTextContent())} (N)`,
      run: removeTo('next', keepTitle),
    });
  return {
    heading: request.kind === 'remove' ? `Remove ${name}` : `You are deleting the heading of ${name}`,
    detail: [
      hasText ? 'Where does its text go?' : 'It has no text.',
      ...(keepTitle && item.getTextContent().trim() ? ['The heading’s words stay, as the first paragraph of its text.'] : []),
      ...exemptNote(previous, 'The previous item'),
      ...exemptNote(next, 'The next item'),
      'Escape keeps the item as it is.',
    ],
    answers,
  };
}

export function ItemQuestionPlugin({ scheme }: { scheme: NumberingScheme }) {
  const [editor] = useLexicalComposerContext();
  const dialog = useDialog<{ request: ItemQuestionRequest; question: Question }>();
  const { open } = dialog;
  const firstButton = useRef<HTMLButtonElement>(null);
  // Where the change left the caret. The dialog gives back the caret the clerk
  // had, but that may have gone with the heading; the keyboard must then go
  // where the change put it, in the item that holds the text, never to the top
  // of the minutes (where the next words would be filed under the first item).
  const landed = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_ITEM_QUESTION_COMMAND,
        (request) => {
          // Command listeners run inside an update: the caret and the item are read as the clerk left them.
          const question = $question(request, scheme);
          if (question) open({ request, question }, { caret: $keepCaret() });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, open, scheme],
  );

  useEffect(() => {
    if (dialog.shown) firstButton.current?.focus();
    else if (landed.current) {
      // After useDialog's own giving back (its effect runs first), so this caret wins.
      restoreCaret(editor, landed.current);
      landed.current = null;
    }
  }, [dialog.shown, editor]);

  if (!dialog.shown) return null;
  const { request, question } = dialog.shown;
  const answer = (chosen: Answer) => {
    editor.update(() => {
      chosen.run(request.itemKey);
      landed.current = $keepCaret();
    });
    dialog.close();
  };

  return (
    <ModalDialog
      labelledBy="mb-item-question-heading"
      className="mb-dialog mb-item-question"
      onClose={dialog.close}
      onKeyDown={(event) => {
        if (event.ctrlKey || event.altKey || event.metaKey) return;
        const chosen = question.answers.find((candidate) => candidate.key === event.key.toLowerCase());
        if (!chosen) return;
        event.preventDefault();
        answer(chosen);
      }}
    >
      <h2 id="mb-item-question-heading" className="mb-dialog-title">
        {question.heading}
      </h2>
      {question.detail.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="mb-dialog-buttons">
        {question.answers.map((candidate, index) => (
          <button key={candidate.key} type="button" ref={index === 0 ? firstButton : undefined} onClick={() => answer(candidate)}>
            {candidate.label}
          </button>
        ))}
        <button type="button" onClick={dialog.close}>
          {request.kind === 'heading-deleted' ? 'Keep the item (Esc)' : 'Cancel (Esc)'}
        </button>
      </div>
    </ModalDialog>
  );
}
