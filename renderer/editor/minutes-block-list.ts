// The minutes' blocks: in order, as the file lists them (the root's blocks, with
// each agenda section's blocks in its place, the sections themselves in parts:
// nodes/AgendaSectionNode.ts, nodes/AgendaPartNode.ts), and the block any node
// is in. Block positions (review marks, comments, the autosave's order) count in
// this list. Use these, never the root's children or getTopLevelElement(),
// which in the editor meet the parts and sections.
import { $getRoot, $isRootNode, type LexicalNode } from 'lexical';
import { $isAgendaPartNode } from './nodes/AgendaPartNode';
import { $isAgendaSectionNode } from './nodes/AgendaSectionNode';

export function $minutesBlocks(): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  const add = (node: LexicalNode) => {
    if ($isAgendaPartNode(node) || $isAgendaSectionNode(node)) for (const child of node.getChildren()) add(child);
    else blocks.push(node);
  };
  for (const child of $getRoot().getChildren()) add(child);
  return blocks;
}

/** The block at a position in that list, or null. */
export function $minutesBlockAt(position: number): LexicalNode | null {
  return $minutesBlocks()[position] ?? null;
}

/** Whether the editor's grouping made this node (a part or a section), rather than it being a block of the minutes. */
function $isGrouping(node: LexicalNode | null): boolean {
  return $isAgendaPartNode(node) || $isAgendaSectionNode(node);
}

/** The first block in a node: itself for a block, else the first block in its first child (null if it holds none). */
function $firstBlockIn(node: LexicalNode | null): LexicalNode | null {
  let current = node;
  while ($isAgendaPartNode(current) || $isAgendaSectionNode(current)) current = current.getFirstChild();
  return current;
}

/** The block after this one in that list (across the ends of sections and parts), or null at the end. */
export function $nextBlock(block: LexicalNode): LexicalNode | null {
  for (let node: LexicalNode | null = block; node !== null && !$isRootNode(node); node = node.getParent()) {
    const next = node.getNextSibling();
    if (next !== null) return $firstBlockIn(next);
    if (!$isGrouping(node.getParent())) return null;
  }
  return null;
}

/** The block before this one in that list (across the starts of sections and parts), or null at the start. */
export function $previousBlock(block: LexicalNode): LexicalNode | null {
  for (let node: LexicalNode | null = block; node !== null && !$isRootNode(node); node = node.getParent()) {
    let previous = node.getPreviousSibling();
    if (previous !== null) {
      while ($isAgendaPartNode(previous) || $isAgendaSectionNode(previous)) previous = previous.getLastChild();
      return previous;
    }
    if (!$isGrouping(node.getParent())) return null;
  }
  return null;
}

/** Whether blocks sit directly in this node: the root, or an agenda section. */
export function $holdsBlocks(node: LexicalNode | null): boolean {
  return $isRootNode(node) || $isAgendaSectionNode(node);
}

/** The block a node is in (itself, for a block), or null for the root and for a node not in the minutes. */
export function $blockOf(node: LexicalNode): LexicalNode | null {
  for (let current: LexicalNode | null = node; current !== null; current = current.getParent()) {
    const parent = current.getParent();
    if (parent === null) return null;
    if ($holdsBlocks(parent) && !$isGrouping(current)) return current;
  }
  return null;
}
