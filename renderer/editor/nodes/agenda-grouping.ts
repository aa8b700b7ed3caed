// The editor's grouping of the minutes' blocks (./AgendaSectionNode.ts,
// ./AgendaPartNode.ts), kept by node transforms whatever edit the app makes.
// The invariant:
// - each agenda item heading starts a section that holds the blocks up to the
//   next heading; no section is empty, nested, or starts with anything but its
//   heading;
// - every section is in a part, and parts hold only sections, sit only at the
//   root, are never empty, and hold fewer than twice PART_SIZE sections;
// - blocks before the first heading stay at the root, and so do the meeting's
//   close and anything after it (core reads the close as the meeting's, not the
//   last item's; and Lexical's arrow keys select a block decorator such as the
//   close only when it is a sibling of the root's child the caret is in, here
//   the last part).
// The app's block code edits blocks as siblings, as in a flat list (a heading
// inserted mid-item or removed, blocks moved or pasted), and these transforms
// regroup what it leaves. Lexical runs an element's transforms only when that
// element itself changed (a child added, removed or moved, a sibling link or a
// field set), never for typing inside a block, so typing pays nothing here.
import { mergeRegister } from '@lexical/utils';
import { $insertList, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, type ListType } from '@lexical/list';
import {
  $findMatchingParent,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  COMMAND_PRIORITY_CRITICAL,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type BaseSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isAgendaItemNode, AgendaItemNode } from './AgendaItemNode';
import { $createAgendaPartNode, $isAgendaPartNode, AgendaPartNode, PART_SIZE } from './AgendaPartNode';
import { $createAgendaSectionNode, $isAgendaSectionNode, AgendaSectionNode } from './AgendaSectionNode';
import { $isMeetingCloseNode } from './MeetingCloseNode';

/** Keeps the invariant from now on in this editor; returns the cleanup. */
export function registerAgendaSections(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(AgendaItemNode, $headingInPlace),
    editor.registerNodeTransform(AgendaSectionNode, $sectionInShape),
    editor.registerNodeTransform(AgendaPartNode, $partInShape),
    // Pasted blocks: opened before the insertion's own handler, which runs in the same update (the paste's own,
    // $insertGeneratedNodes); never handled here.
    editor.registerCommand(
      SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
      ({ nodes, selection }) => nodes.some((node) => !$isInlineNode(node)) && $openSectionsAt(selection),
      COMMAND_PRIORITY_CRITICAL,
    ),
    // A list: handled here whole, as ListPlugin would. A command dispatched from outside an update commits each
    // priority's handlers as an update of its own, so the transforms would regroup the blocks before ListPlugin ran.
    editor.registerCommand(INSERT_UNORDERED_LIST_COMMAND, () => $listAt('bullet'), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(INSERT_ORDERED_LIST_COMMAND, () => $listAt('number'), COMMAND_PRIORITY_CRITICAL),
  );
}

function $listAt(type: ListType): true {
  $openSectionsAt($getSelection());
  $insertList(type);
  return true;
}

function $isInlineNode(node: LexicalNode): boolean {
  return ($isElementNode(node) || $isDecoratorNode(node)) && node.isInline();
}

/**
 * Lexical places pasted blocks, and makes lists, only among the children of the root (or of a shadow root, which a
 * section is not: see AgendaSectionNode.ts); inside a section it would run pasted blocks into one line, or make the
 * whole item one list. So the sections the selection is in are opened for the command: their part is split around
 * them, their blocks put in their place at the root; the transforms group the blocks again when the update ends.
 * Always false.
 */
function $openSectionsAt(selection: BaseSelection | null): false {
  if (!$isRangeSelection(selection)) return false;
  for (const point of [selection.anchor, selection.focus]) {
    const section = $findMatchingParent(point.getNode(), $isAgendaSectionNode);
    if (!$isAgendaSectionNode(section) || !section.isAttached()) continue;
    const part = section.getParent();
    let anchor: LexicalNode = section;
    if ($isAgendaPartNode(part)) {
      const after = section.getNextSiblings();
      if (after.length > 0) part.insertAfter($createAgendaPartNode().append(...after));
      anchor = part;
    }
    for (const block of section.getChildren()) {
      anchor.insertAfter(block);
      anchor = block;
    }
    section.remove();
    if ($isAgendaPartNode(part) && part.getChildrenSize() === 0) part.remove();
  }
  return false;
}

/** Whether a section ends before this node: the next heading, section or part, or the meeting's close. */
function $endsSection(node: LexicalNode): boolean {
  return $isAgendaItemNode(node) || $isAgendaSectionNode(node) || $isAgendaPartNode(node) || $isMeetingCloseNode(node);
}

/** Blocks from `first` on, up to the end of a section. */
function $runFrom(first: LexicalNode): LexicalNode[] {
  const run: LexicalNode[] = [first];
  for (let next = first.getNextSibling(); next && !$endsSection(next); next = next.getNextSibling()) run.push(next);
  return run;
}

/** The section before this node in the minutes' order, in its part or the part before; null before the first. */
function $sectionBefore(node: LexicalNode): AgendaSectionNode | null {
  const previous = node.getPreviousSibling();
  if ($isAgendaSectionNode(previous)) return previous;
  const parent = node.getParent();
  if (previous === null && $isAgendaPartNode(parent)) {
    const partBefore = parent.getPreviousSibling();
    const last = $isAgendaPartNode(partBefore) ? partBefore.getLastChild() : null;
    return $isAgendaSectionNode(last) ? last : null;
  }
  if ($isAgendaPartNode(previous)) {
    const last = previous.getLastChild();
    return $isAgendaSectionNode(last) ? last : null;
  }
  return null;
}

/** The meeting's close in this section or part, and what follows it there, goes out after it. */
function $closeOutOf(container: ElementNode): void {
  const close = container.getChildren().find($isMeetingCloseNode);
  if (!close) return;
  let anchor: LexicalNode = container;
  for (const node of [close, ...close.getNextSiblings()]) {
    anchor.insertAfter(node);
    anchor = node;
  }
}

/** A heading starts a section of its own. */
function $headingInPlace(heading: AgendaItemNode): void {
  const parent = heading.getParent();
  if ($isAgendaSectionNode(parent)) {
    if (heading.getPreviousSibling() === null) return;
    // A heading mid-item (Ctrl+Alt+I, a paste): it and the blocks after it are an item of their own.
    const section = $createAgendaSectionNode();
    parent.insertAfter(section);
    section.append(heading, ...heading.getNextSiblings());
  } else if ($isRootNode(parent) || $isAgendaPartNode(parent)) {
    const section = $createAgendaSectionNode();
    heading.insertBefore(section);
    section.append(...$runFrom(heading));
  }
}

function $sectionInShape(section: AgendaSectionNode): void {
  const parent = section.getParent();
  if (parent === null) return;
  const placed = $isRootNode(parent) || $isAgendaPartNode(parent);
  if (!placed || !$isAgendaItemNode(section.getFirstChild())) {
    // Its heading went (its blocks belong to the item before), it is empty, or it landed somewhere but a part.
    const before = placed ? $sectionBefore(section) : null;
    if (before) before.append(...section.getChildren());
    else for (const child of section.getChildren()) section.insertBefore(child);
    section.remove();
    return;
  }
  // The close, put in at the caret inside an item, goes out after the section with what follows it (and on to the
  // root: see $partInShape).
  $closeOutOf(section);
  // Blocks left straight after a section belong to its item.
  const next = section.getNextSibling();
  if (next && !$endsSection(next)) section.append(...$runFrom(next));
  if ($isRootNode(parent)) $putInPart(section);
}

/** A section at the root joins the part before it, or else the part after it, or else a part of its own. */
function $putInPart(section: AgendaSectionNode): void {
  const previous = section.getPreviousSibling();
  const next = section.getNextSibling();
  if ($isAgendaPartNode(previous)) previous.append(section);
  else if ($isAgendaPartNode(next)) next.splice(0, 0, [section]);
  else {
    const part = $createAgendaPartNode();
    section.insertBefore(part);
    part.append(section);
  }
}

function $partInShape(part: AgendaPartNode): void {
  const parent = part.getParent();
  if (parent === null) return;
  if (!$isRootNode(parent)) {
    // Landed inside something else: its sections go where it was, and are put in parts again from there.
    for (const child of part.getChildren()) part.insertBefore(child);
    part.remove();
    return;
  }
  // The close, and what follows it, go to the root after the part.
  $closeOutOf(part);
  // Anything but a section in the part: a heading starts its section there; another block joins the section before
  // it (in this part or the one before), or goes to the root before the part if no section comes before it.
  for (const child of part.getChildren()) {
    // A heading's section took the blocks after it: those are no longer the part's.
    if ($isAgendaSectionNode(child) || !part.is(child.getParent())) continue;
    if ($isAgendaItemNode(child)) {
      $headingInPlace(child);
      continue;
    }
    const before = $sectionBefore(child);
    if (before) before.append(child);
    else part.insertBefore(child);
  }
  if (part.getChildrenSize() === 0) {
    part.remove();
    return;
  }
  // Blocks left at the root straight after a part belong to its last item.
  const next = part.getNextSibling();
  const last = part.getLastChild();
  if (next && !$endsSection(next) && $isAgendaSectionNode(last)) last.append(...$runFrom(next));
  // Grown to twice its size (items added or moved in): split in two, so the root's children stay few and so do a part's.
  if (part.getChildrenSize() >= 2 * PART_SIZE) part.insertAfter($createAgendaPartNode().append(...part.getChildren().slice(PART_SIZE)));
}
