// Removing, replacing, merging and splitting agenda items (an item is its
// heading and the blocks up to the next heading, agenda-sections.ts; these edit
// the blocks as siblings, and the editor's sections regroup after them,
// AgendaSectionNode.ts). Each runs inside one editor update, so each is one
// undo step. Blocks are moved, never copied or retyped, so they keep their
// order, their fields and their words; declarations that named an item that
// goes are pointed at the item that took its text. The fields an item ends
// with follow core/minutes/item-operations.ts (privacy fails closed). Each
// leaves the caret inside the item that now holds it, so the next words the
// clerk types land there.
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { $blockOf, $minutesBlocks } from '../minutes-block-list';
import { fieldsOfReplacedItem, fieldsOfSplitItem, fieldsReceivingText } from '../../../core/minutes/item-operations';
import { $createAgendaItemNode, $isAgendaItemNode, type AgendaItemNode } from '../nodes/AgendaItemNode';
import { hasFields, newBlockId } from '../nodes/block-fields-of';
import { $agendaItems, $enterAgendaItem, $sectionOf } from './agenda-sections';

/** Where the text of an item whose heading goes ends up. */
export type TextGoes = 'delete' | 'previous' | 'next';

/** The blocks under an item's heading. */
export function $bodyOf(item: AgendaItemNode): LexicalNode[] {
  return $sectionOf(item).slice(1);
}

/** True when the item holds nothing but empty lines: removing it loses nothing. */
export function $bodyIsEmpty(item: AgendaItemNode): boolean {
  return $bodyOf(item).every((node) => $isParagraphNode(node) && node.getTextContent().trim() === '');
}

export function $neighbourItem(item: AgendaItemNode, direction: 'previous' | 'next'): AgendaItemNode | null {
  const items = $agendaItems();
  const index = items.findIndex((candidate) => candidate.is(item));
  return items[direction === 'previous' ? index - 1 : index + 1] ?? null;
}

/** Declarations that named the item that goes name the item that took its text instead. */
function $relink(fromItemId: string, toItemId: string): void {
  for (const node of $minutesBlocks()) {
    if ($isAgendaItemNode(node) || !hasFields(node)) continue;
    const fields = node.getFields() as { itemId?: unknown };
    if (fields.itemId === fromItemId) node.setFields({ itemId: toItemId });
  }
}

/** A heading's words as a paragraph of their own (formatting kept), or null for an empty title. */
function $titleAsParagraph(item: AgendaItemNode): LexicalNode | null {
  if (item.getTextContent().trim() === '') return null;
  const paragraph = $createParagraphNode();
  paragraph.append(...item.getChildren());
  return paragraph;
}

/**
 * True when the caret is in a block the change keeps. Asked before the change:
 * once a heading the caret was in is removed, Lexical moves the caret to
 * whatever is beside it (the top of the minutes, for the first item), which
 * would file the next words under the wrong item.
 */
function $caretStaysIn(going: LexicalNode[]): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const blocks = [selection.anchor, selection.focus].map((point) => $blockOf(point.getNode()));
  return blocks.every((block) => block !== null && !going.some((node) => node.is(block)));
}

/** Caret to the start of a block, or the end of a section when there is no block to start in. */
function $caretAtStartOf(node: LexicalNode): void {
  if ($isElementNode(node)) node.selectStart();
  else node.selectPrevious();
}

function $caretAtEndOfSection(item: AgendaItemNode): void {
  const last = $sectionOf(item).at(-1)!;
  if ($isAgendaItemNode(last)) {
    $enterAgendaItem(item);
    return;
  }
  if ($isElementNode(last)) last.selectEnd();
  else last.selectNext();
}

/** Takes an item's heading away; its text is deleted or becomes part of the previous or next item. */
export function $removeItem(item: AgendaItemNode, textGoes: TextGoes, keepTitle: boolean): boolean {
  const receiver = textGoes === 'delete' ? null : $neighbourItem(item, textGoes);
  if (textGoes !== 'delete' && !receiver) return false;
  const previous = $neighbourItem(item, 'previous');
  const next = $neighbourItem(item, 'next');
  const fields = item.getFields();
  const title = keepTitle ? $titleAsParagraph(item) : null;
  const moved = [...(title ? [title] : []), ...$bodyOf(item)];
  const caretStays = $caretStaysIn(textGoes === 'delete' ? $sectionOf(item) : [item]);

  if (!receiver) {
    for (const node of $sectionOf(item)) node.remove();
    if (previous) $caretAtEndOfSection(previous);
    else if (next) $enterAgendaItem(next);
    else {
      const paragraph = $createParagraphNode();
      $getRoot().append(paragraph);
      paragraph.select();
    }
    return true;
  }

  if (textGoes === 'previous') {
    // The text already follows the previous item's blocks: only the heading goes.
    if (title) item.replace(title);
    else item.remove();
  } else {
    let anchor: LexicalNode = receiver;
    for (const node of moved) {
      anchor.insertAfter(node);
      anchor = node;
    }
    item.remove();
  }
  receiver.setFields(fieldsReceivingText(receiver.getFields(), fields));
  $relink(fields.itemId, receiver.getFields().itemId);
  if (!caretStays) {
    if (moved[0]) $caretAtStartOf(moved[0]);
    else $caretAtEndOfSection(receiver);
  }
  return true;
}

/** The second item's blocks join the first's, in order; its title is kept as a paragraph or dropped. */
export function $mergeItems(first: AgendaItemNode, second: AgendaItemNode, keepTitle: boolean): boolean {
  if (!$neighbourItem(first, 'next')?.is(second)) return false;
  const fields = second.getFields();
  const caretStays = $caretStaysIn([second]);
  const title = keepTitle ? $titleAsParagraph(second) : null;
  const firstOfSecond = title ?? second.getNextSibling();
  if (title) second.replace(title);
  else second.remove();
  first.setFields(fieldsReceivingText(first.getFields(), fields));
  $relink(fields.itemId, first.getFields().itemId);
  if (!caretStays) {
    if (firstOfSecond && !$isAgendaItemNode(firstOfSecond) && firstOfSecond.isAttached()) $caretAtStartOf(firstOfSecond);
    else $caretAtEndOfSection(first);
  }
  return true;
}

/**
 * The text after the caret becomes a new item: a paragraph is split at the
 * caret; any other block (a vote, a resolution) stays whole, and the new item
 * starts after it. The caret lands in the new, empty title. In a heading, the
 * title itself is split ($splitHeadingAtCaret).
 */
export function $splitItemAtCaret(): AgendaItemNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  if (!selection.isCollapsed()) {
    // A selection splits at its start and keeps its words: splitting never deletes.
    const start = selection.isBackward() ? selection.focus : selection.anchor;
    selection.anchor.set(start.key, start.offset, start.type);
    selection.focus.set(start.key, start.offset, start.type);
  }
  const block = $blockOf(selection.anchor.getNode());
  if (!block) return null;
  if ($isAgendaItemNode(block)) return $splitHeadingAtCaret(block);
  let current: LexicalNode | null = block;
  while (current && !$isAgendaItemNode(current)) current = current.getPreviousSibling();
  if (!current) return null;
  const original = current.getFields();
  const heading = $createAgendaItemNode(fieldsOfSplitItem(original, newBlockId('item')));

  const at = $caretPlace(block);
  if (at === 'start') block.insertBefore(heading);
  else if (at === 'end' || !$isParagraphNode(block)) block.insertAfter(heading);
  else {
    const rest = selection.insertParagraph();
    if (rest) {
      // The space between the two halves belongs to neither.
      $trimEdge(block, 'end');
      $trimEdge(rest, 'start');
    }
    (rest ?? block).insertBefore(heading);
  }
  heading.select();
  return heading;
}

/**
 * The caret in a heading: "from here" is the rest of the title and everything
 * under it. At the title's start a new, empty item goes before this one (which
 * keeps its agenda link); elsewhere the words after the caret become the new
 * item's title, and the text under the heading follows them into it.
 */
function $splitHeadingAtCaret(item: AgendaItemNode): AgendaItemNode {
  const fresh = $createAgendaItemNode(fieldsOfSplitItem(item.getFields(), newBlockId('item')));
  const at = $caretPlace(item);
  if (at === 'start') {
    item.insertBefore(fresh);
    fresh.select();
    return fresh;
  }
  const title = item.getTextContent();
  const selection = $getSelection();
  const offset = at === 'end' || !$isRangeSelection(selection) ? title.length : $offsetInBlock(item, selection.anchor);
  const [kept, moved] = [title.slice(0, offset).trimEnd(), title.slice(offset).trimStart()];
  item.clear();
  if (kept) item.append($createTextNode(kept));
  if (moved) fresh.append($createTextNode(moved));
  item.insertAfter(fresh);
  fresh.selectStart();
  return fresh;
}

/** Where a point falls in a block's text, counted in characters from its start. */
function $offsetInBlock(block: AgendaItemNode, point: PointType): number {
  if (point.type === 'element') {
    return block
      .getChildren()
      .slice(0, point.offset)
      .reduce((sum, child) => sum + child.getTextContentSize(), 0);
  }
  let offset = 0;
  for (const text of block.getAllTextNodes()) {
    if (text.is(point.getNode())) return offset + point.offset;
    offset += text.getTextContentSize();
  }
  return offset;
}

function $trimEdge(block: LexicalNode, edge: 'start' | 'end'): void {
  if (!$isElementNode(block)) return;
  const text = edge === 'start' ? block.getFirstDescendant() : block.getLastDescendant();
  if (!$isTextNode(text)) return;
  const trimmed = edge === 'start' ? text.getTextContent().replace(/^\s+/, '') : text.getTextContent().replace(/\s+$/, '');
  if (trimmed !== text.getTextContent()) text.setTextContent(trimmed);
}

function $caretPlace(block: LexicalNode): 'start' | 'middle' | 'end' {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !$isElementNode(block)) return 'end';
  const text = block.getTextContent();
  if (text.length === 0) return 'start';
  const anchor = selection.anchor;
  const first = block.getFirstDescendant();
  const last = block.getLastDescendant();
  const atStart =
    anchor.type === 'element'
      ? anchor.offset === 0 && (anchor.getNode().is(block) || anchor.getNode().is(first))
      : anchor.offset === 0 && anchor.getNode().is(first);
  if (atStart) return 'start';
  const atEnd =
    anchor.type === 'element'
      ? anchor.getNode().is(block) && anchor.offset === block.getChildrenSize()
      : anchor.getNode().is(last) && anchor.offset === anchor.getNode().getTextContentSize();
  return atEnd ? 'end' : 'middle';
}

/** The item gets a new title typed by the clerk; it is no longer a standing item. Its text stays or goes. */
export function $retitleItem(item: AgendaItemNode, title: string, keepText: boolean): void {
  item.clear();
  item.append($createTextNode(title));
  item.setFields(fieldsOfReplacedItem(item.getFields(), null));
  if (!keepText) for (const node of $bodyOf(item)) node.remove();
  $enterAgendaItem(item);
}

/**
 * Another item (with its own text) takes this item's place. This item's text
 * is deleted or becomes part of the item that replaces it.
 */
export function $replaceItemWith(item: AgendaItemNode, replacement: AgendaItemNode, keepText: boolean): boolean {
  if (item.is(replacement)) return false;
  for (const node of $sectionOf(replacement)) item.insertBefore(node);
  const fields = item.getFields();
  if (keepText) {
    // This item's blocks now follow the replacement's: only the heading goes.
    item.remove();
    replacement.setFields(fieldsReceivingText(replacement.getFields(), fields));
    $relink(fields.itemId, replacement.getFields().itemId);
  } else {
    for (const node of $sectionOf(item)) node.remove();
  }
  $enterAgendaItem(replacement);
  return true;
}
