// The minutes' blocks: in order, as the file lists them (the root's blocks, with
// each agenda section's blocks in its place, nodes/AgendaSectionNode.ts), and
// the block any node is in. Block positions (review marks, comments, the
// autosave's order) count in this list. Use these, never the root's children or
// getTopLevelElement(), which in the editor meet the sections.
import { $getRoot, $isRootNode, type LexicalNode } from 'lexical';
import { $isAgendaSectionNode } from './nodes/AgendaSectionNode';

export function $minutesBlocks(): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  for (const child of $getRoot().getChildren()) {
    if ($isAgendaSectionNode(child)) blocks.push(...child.getChildren());
    else blocks.push(child);
  }
  return blocks;
}

/** The block at a position in that list, or null. */
export function $minutesBlockAt(position: number): LexicalNode | null {
  return $minutesBlocks()[position] ?? null;
}

/** The block after this one in that list (across the end of an agenda section), or null at the end. */
export function $nextBlock(block: LexicalNode): LexicalNode | null {
  const next = block.getNextSibling();
  if (next !== null) return $isAgendaSectionNode(next) ? next.getFirstChild() : next;
  const parent = block.getParent();
  if (!$isAgendaSectionNode(parent)) return null;
  const following = parent.getNextSibling();
  return $isAgendaSectionNode(following) ? following.getFirstChild() : following;
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
    if ($holdsBlocks(parent) && !$isAgendaSectionNode(current)) return current;
  }
  return null;
}
