// Agenda items as sections of the minutes: a heading and the blocks after it
// up to the next heading (in the editor, one AgendaSectionNode holds them). Moving an item moves its whole section;
// minute numbers follow because they are derived from order.
import { $createParagraphNode, $getNodeByKey, $getRoot, $getSelection, $isParagraphNode, $isRangeSelection, type LexicalNode, type NodeKey } from 'lexical';
import { $blockOf, $minutesBlocks, $previousBlock } from '../minutes-block-list';
import type { NumberingScheme } from '../../../core/model/minute-numbering';
import { minuteNumber } from '../../../core/model/minute-numbering';
import { isExemptField } from '../../../core/publication/exempt-field';
import { $isAgendaItemNode, type AgendaItemNode } from '../nodes/AgendaItemNode';
import type { OutlineEntry } from './outline-store';

export function $agendaItems(): AgendaItemNode[] {
  return $minutesBlocks().filter($isAgendaItemNode);
}

export function $readOutline(scheme: NumberingScheme): OutlineEntry[] {
  return $agendaItems().map((item, index) => {
    const fields = item.getFields();
    return {
      key: item.getKey(),
      itemId: fields.itemId,
      number: minuteNumber(scheme, index),
      title: item.getTextContent(),
      // The one rule the exporter uses too: any stored value but null keeps the item out of the public version.
      exempt: isExemptField(fields.exemptParagraph),
      urgent: fields.urgent,
    };
  });
}

/** The heading and every block up to the next heading. */
export function $sectionOf(item: AgendaItemNode): LexicalNode[] {
  const section: LexicalNode[] = [item];
  let next = item.getNextSibling();
  while (next && !$isAgendaItemNode(next)) {
    section.push(next);
    next = next.getNextSibling();
  }
  return section;
}

/** The agenda item the caret is under, or null before the first item. */
export function $currentAgendaItem(): AgendaItemNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  let block: LexicalNode | null = $blockOf(selection.anchor.getNode());
  // Past the close (at the root after the last part), the blocks still belong to the last item, as core reads them.
  while (block && !$isAgendaItemNode(block)) block = $previousBlock(block);
  return block;
}

/** Moves an item's whole section above the previous item or below the next one. */
export function $moveAgendaItem(key: NodeKey, direction: 'up' | 'down'): boolean {
  const item = $getNodeByKey(key);
  if (!$isAgendaItemNode(item)) return false;
  const items = $agendaItems();
  const index = items.findIndex((candidate) => candidate.is(item));
  const neighbour = items[direction === 'up' ? index - 1 : index + 1];
  if (!neighbour) return false;
  const section = $sectionOf(item);
  if (direction === 'up') {
    for (const node of section) neighbour.insertBefore(node);
  } else {
    const neighbourSection = $sectionOf(neighbour);
    let anchor = neighbourSection[neighbourSection.length - 1]!;
    for (const node of section) {
      anchor.insertAfter(node);
      anchor = node;
    }
  }
  return true;
}

/** Puts the caret in the first block under an item, adding an empty paragraph if it has none. */
export function $enterAgendaItem(item: AgendaItemNode): void {
  const next = item.getNextSibling();
  if (next && !$isAgendaItemNode(next) && 'selectEnd' in next) {
    (next as { selectEnd(): void }).selectEnd();
    return;
  }
  const paragraph = $createParagraphNode();
  item.insertAfter(paragraph);
  paragraph.select();
}

/** Caret to the next (or previous) agenda item's first block. */
/** freshLine: whether a standing item's wording may get a fresh line under it (never while the text is locked). */
export function $goToSiblingItem(direction: 'next' | 'previous', { freshLine = true }: { freshLine?: boolean } = {}): boolean {
  const items = $agendaItems();
  const current = $currentAgendaItem();
  const index = current ? items.findIndex((item) => item.is(current)) : -1;
  const target = items[direction === 'next' ? index + 1 : index - 1];
  if (!target) return false;
  const section = $sectionOf(target);
  const wording = section[1];
  // A standing item not yet minuted holds only its template wording ("Members were
  // asked whether…"): the clerk types next on a fresh line under it. Left in the
  // wording, the caret would have the first words run into its sentence, and a block
  // shortcut would turn the sentence into the block.
  if (freshLine && target.getFields().standing && section.length === 2 && $isParagraphNode(wording) && wording.getTextContentSize() > 0) {
    const paragraph = $createParagraphNode();
    wording.insertAfter(paragraph);
    paragraph.select();
    return true;
  }
  $enterAgendaItem(target);
  return true;
}

/** Moves an item's whole section so it lands before another item (or to the end, for null): drag and drop in the outline. */
export function $moveAgendaItemBefore(key: NodeKey, targetKey: NodeKey | null): boolean {
  const item = $getNodeByKey(key);
  const target = targetKey === null ? null : $getNodeByKey(targetKey);
  if (!$isAgendaItemNode(item) || (target !== null && !$isAgendaItemNode(target)) || item.is(target)) return false;
  const section = $sectionOf(item);
  if (target) {
    for (const node of section) target.insertBefore(node);
  } else {
    const root = $getRoot();
    for (const node of section) root.append(node);
  }
  return true;
}
