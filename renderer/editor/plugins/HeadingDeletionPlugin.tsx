// Backspace or Delete that would take an agenda item's heading away (at the
// start of a heading, at the end of the block before one, or over a selection
// that reaches into one), and cutting, pasting, dragging or typing over such a selection, would
// otherwise silently join the item's text to the item before it, and every
// word typed after would be filed one item off.
// Instead the clerk is asked where the text goes (ItemQuestionPlugin). Deleting
// words inside a heading, or an empty heading with no text under it, is
// ordinary editing and goes ahead.
import { $blockOf, $nextBlock } from '../minutes-block-list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DRAGSTART_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  PASTE_COMMAND,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { useEffect } from 'react';
import { $isAgendaItemNode, type AgendaItemNode } from '../nodes/AgendaItemNode';
import { $bodyIsEmpty } from '../outline/item-edits';
import { OPEN_ITEM_QUESTION_COMMAND } from './ItemQuestionPlugin';

function $isAtEdge(point: PointType, block: LexicalNode, edge: 'start' | 'end'): boolean {
  if (!$isElementNode(block)) return false;
  const node = point.getNode();
  if (point.type === 'element') return node.is(block) && point.offset === (edge === 'start' ? 0 : block.getChildrenSize());
  const outer = edge === 'start' ? block.getFirstDescendant() : block.getLastDescendant();
  return node.is(outer) && point.offset === (edge === 'start' ? 0 : node.getTextContentSize());
}

/** The heading this key would delete, or null when it deletes only words. */
export function $headingTheKeyWouldDelete(backward: boolean): AgendaItemNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  if (selection.isCollapsed()) {
    const block = $blockOf(selection.anchor.getNode());
    if (!block) return null;
    if (backward) return $isAgendaItemNode(block) && $isAtEdge(selection.anchor, block, 'start') ? block : null;
    const next = $nextBlock(block);
    return $isAgendaItemNode(next) && $isAtEdge(selection.anchor, block, 'end') ? next : null;
  }
  // A range keeps the block it starts in and removes every block after it up to where it ends.
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const first = $blockOf(start.getNode());
  const last = $blockOf(end.getNode());
  if (!first || !last || first.is(last)) return null;
  let node = $nextBlock(first);
  while (node) {
    if ($isAgendaItemNode(node)) return node;
    if (node.is(last)) break;
    node = $nextBlock(node);
  }
  return null;
}

/** An empty heading over no text goes as any empty line does. */
function $mustAsk(heading: AgendaItemNode): boolean {
  return heading.getTextContent().trim() !== '' || !$bodyIsEmpty(heading);
}

export function HeadingDeletionPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const ask = (backward: boolean) => (event: KeyboardEvent | null) => {
      const heading = $headingTheKeyWouldDelete(backward);
      if (!heading || !$mustAsk(heading)) return false;
      event?.preventDefault();
      editor.dispatchCommand(OPEN_ITEM_QUESTION_COMMAND, { kind: 'heading-deleted', itemKey: heading.getKey() });
      return true;
    };
    // Cutting, pasting, dragging away or typing over a selection removes it as Backspace would; at a caret
    // they only add. A drag is asked about as it starts (and cancelled): once dropped, the words have gone.
    const askForRange = (event: ClipboardEvent | KeyboardEvent | InputEvent | DragEvent | string | null) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
      return ask(true)(event instanceof Event ? (event as KeyboardEvent) : null);
    };
    return mergeRegister(
      editor.registerCommand(KEY_BACKSPACE_COMMAND, ask(true), COMMAND_PRIORITY_LOW),
      editor.registerCommand(KEY_DELETE_COMMAND, ask(false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CUT_COMMAND, askForRange, COMMAND_PRIORITY_LOW),
      editor.registerCommand(CONTROLLED_TEXT_INSERTION_COMMAND, askForRange, COMMAND_PRIORITY_LOW),
      editor.registerCommand(PASTE_COMMAND, askForRange, COMMAND_PRIORITY_LOW),
      editor.registerCommand(DRAGSTART_COMMAND, askForRange, COMMAND_PRIORITY_LOW),
    );
  }, [editor]);

  return null;
}
