// The minutes as review sees them: a list of top-level blocks (an agenda
// item's heading, then each node after it), each with its place and its
// plain text, plus the text nodes that make up that text so a suggested edit
// can be applied to exactly those characters. Walks the saved Lexical JSON;
// no Lexical needed. Line breaks and tabs count as one character each, and
// nested paragraphs (list items) are separated by a line break, as they read.
import type { LexicalState } from '../storage/lexical-state';
import { childrenOf, type JsonNode } from '../minutes/rich-text-json';

/** A run of a block's text: a text node (editable) or a fixed character (line break, tab, separator). */
export interface TextSegment {
  start: number;
  end: number;
  /** The text node, or the line break/tab node, or null for a separator between nested paragraphs. */
  node: JsonNode | null;
  /** The children array holding node, so it can be removed. */
  parent: JsonNode[] | null;
  editable: boolean;
}

export interface ReviewBlock {
  /** Position among all top-level nodes. */
  position: number;
  itemId: string | null;
  /** 0 for an agenda item's heading, 1… for the blocks after it (preamble blocks count from 0). */
  index: number;
  type: string;
  node: JsonNode;
  text: string;
  segments: TextSegment[];
}

const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark']);

export function blockSegments(block: JsonNode): { text: string; segments: TextSegment[] } {
  const segments: TextSegment[] = [];
  let text = '';
  const add = (value: string, node: JsonNode | null, parent: JsonNode[] | null, editable: boolean) => {
    segments.push({ start: text.length, end: text.length + value.length, node, parent, editable });
    text += value;
  };
  const visit = (element: JsonNode) => {
    const children = Array.isArray(element.children) ? (element.children as JsonNode[]) : [];
    let previousWasBlock = false;
    for (const child of childrenOf(element)) {
      const isElement = Array.isArray(child.children);
      const isBlock = isElement && !INLINE_ELEMENTS.has(String(child.type));
      if (isBlock && previousWasBlock) add('\n', null, null, false);
      if (child.type === 'linebreak') add('\n', child, children, false);
      else if (child.type === 'tab') add('\t', child, children, false);
      else if (typeof child.text === 'string') add(child.text, child, children, true);
      else if (isElement) visit(child);
      previousWasBlock = isBlock;
    }
  };
  visit(block);
  return { text, segments };
}

export function reviewBlocks(content: LexicalState): ReviewBlock[] {
  const blocks: ReviewBlock[] = [];
  let itemId: string | null = null;
  let index = 0;
  childrenOf(content.root as JsonNode).forEach((node, position) => {
    if (node.type === 'agenda-item') {
      itemId = typeof node.itemId === 'string' ? node.itemId : '';
      index = 0;
    }
    const { text, segments } = blockSegments(node);
    blocks.push({ position, itemId, index, type: String(node.type), node, text, segments });
    index += 1;
  });
  return blocks;
}

export function findBlock(blocks: ReviewBlock[], itemId: string | null, index: number): ReviewBlock | undefined {
  return blocks.find((block) => block.itemId === itemId && block.index === index);
}
