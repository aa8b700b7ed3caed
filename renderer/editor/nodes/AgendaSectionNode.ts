// An agenda item's blocks grouped under one element: its heading and the blocks
// up to the next heading. The grouping is the editor's alone, for speed: with
// about 160 sections under the root instead of 1,800 blocks, Lexical's walks of
// the root's children and Chromium's per-block work on each key (pre-paint,
// hit testing, content-visibility's observations) count sections, and a section
// out of view is skipped in drawing as one (docs/typing-speed.md). The saved
// file, the journal, the autosave and every export see the flat list of blocks
// (../section-json.ts groups and flattens; ../minutes-block-list.ts lists the
// blocks in order and finds the block a node is in).
//
// Not a shadow root, though getTopLevelElement() would then still find the
// block: Lexical treats a shadow root as a wall (a table, a layout column), so
// Backspace, Delete and a selection typed over would no longer join blocks
// across two items, and the arrow keys would stop at an item's edge on a
// "block cursor" (both seen in item-commands.spec.ts). As a plain container
// the blocks edit as they did when flat; the app finds a node's block with
// $blockOf, never getTopLevelElement() (which would give the section).
//
// The one invariant, kept here by node transforms (registerAgendaSections; the
// app's editor registers them as it opens a document, ../open-minutes.ts):
// each agenda item heading starts a section that holds the blocks up to the
// next heading; blocks before the first heading stay at
// the root, and so do the meeting's close and anything after it (core reads the
// close as the meeting's, not the last item's; and Lexical's arrow keys select a
// block decorator such as the close only when it is a sibling of the
// root's child the caret is in, here the last section); no section is empty,
// nested, or starts with anything but its heading. The app's block code edits blocks as siblings, as in a flat list (a
// heading inserted mid-item or removed, blocks moved or pasted), and these
// transforms regroup what it leaves. Lexical runs an element's transforms only
// when that element itself changed (a child added, removed or moved, a field
// set), never for typing inside a block, so typing pays nothing here.
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
  ElementNode,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
} from 'lexical';
import { $isAgendaItemNode, AgendaItemNode } from './AgendaItemNode';
import { $isMeetingCloseNode } from './MeetingCloseNode';

export const AGENDA_SECTION_TYPE = 'agenda-section';

export class AgendaSectionNode extends ElementNode {
  static override getType(): string {
    return AGENDA_SECTION_TYPE;
  }

  static override clone(node: AgendaSectionNode): AgendaSectionNode {
    return new AgendaSectionNode(node.__key);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  static override importJSON(json: SerializedElementNode): AgendaSectionNode {
    return $createAgendaSectionNode().updateFromJSON(json as LexicalUpdateJSON<SerializedElementNode>);
  }

  override createDOM(): HTMLElement {
    const section = document.createElement('section');
    section.className = 'mb-section';
    return section;
  }

  override updateDOM(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }

  /** Copied text carries the blocks alone: pasted, they are regrouped where they land. */
  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createAgendaSectionNode(): AgendaSectionNode {
  return new AgendaSectionNode();
}

export function $isAgendaSectionNode(node: LexicalNode | null | undefined): node is AgendaSectionNode {
  return node instanceof AgendaSectionNode;
}

/** Keeps the invariant from now on in this editor; returns the cleanup. */
export function registerAgendaSections(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(AgendaItemNode, $headingInPlace),
    editor.registerNodeTransform(AgendaSectionNode, $sectionInShape),
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
 * section is not: see above); inside a section it would run pasted blocks into one line, or make the whole item one
 * list. So the sections the selection is in are opened for the command (their blocks put in their place at the root),
 * and the transforms group the blocks again when the update ends. Always false.
 */
function $openSectionsAt(selection: BaseSelection | null): false {
  if (!$isRangeSelection(selection)) return false;
  for (const point of [selection.anchor, selection.focus]) {
    const section = $findMatchingParent(point.getNode(), $isAgendaSectionNode);
    if (!$isAgendaSectionNode(section) || !section.isAttached()) continue;
    for (const block of section.getChildren()) section.insertBefore(block);
    section.remove();
  }
  return false;
}

/** Whether a section ends before this node: the next heading or section, or the meeting's close. */
function $endsSection(node: LexicalNode): boolean {
  return $isAgendaItemNode(node) || $isAgendaSectionNode(node) || $isMeetingCloseNode(node);
}

/** Blocks from `first` on, up to the end of a section. */
function $runFrom(first: LexicalNode): LexicalNode[] {
  const run: LexicalNode[] = [first];
  for (let next = first.getNextSibling(); next && !$endsSection(next); next = next.getNextSibling()) run.push(next);
  return run;
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
  } else if ($isRootNode(parent)) {
    const section = $createAgendaSectionNode();
    heading.insertBefore(section);
    section.append(...$runFrom(heading));
  }
}

function $sectionInShape(section: AgendaSectionNode): void {
  const parent = section.getParent();
  if (parent === null) return;
  if (!$isRootNode(parent) || !$isAgendaItemNode(section.getFirstChild())) {
    // Its heading went (its blocks belong to the item before), it is empty, or it landed somewhere but the root.
    const previous = section.getPreviousSibling();
    if ($isRootNode(parent) && $isAgendaSectionNode(previous)) previous.append(...section.getChildren());
    else for (const child of section.getChildren()) section.insertBefore(child);
    section.remove();
    return;
  }
  // The close, put in at the caret inside the last item, goes to the root after the section with what follows it.
  const close = section.getChildren().find($isMeetingCloseNode);
  if (close) {
    let anchor: LexicalNode = section;
    for (const node of [close, ...close.getNextSiblings()]) {
      anchor.insertAfter(node);
      anchor = node;
    }
  }
  // Blocks left at the root straight after a section belong to its item.
  const next = section.getNextSibling();
  if (next && !$endsSection(next)) section.append(...$runFrom(next));
}
