// Replaces characters of one block in the saved Lexical JSON, touching only
// the text nodes that hold them, so emphasis elsewhere in the block and every
// other node are kept exactly. Used to accept a suggested edit. Works on the
// JSON the caller passes (a copy it owns), and refuses, with a sentence, an
// edit that would have to merge two paragraphs of a list.
import { textJson } from '../minutes/serialized-nodes';
import type { JsonNode } from '../minutes/rich-text-json';
import type { ReviewBlock, TextSegment } from './block-text';

export class TextEditError extends Error {}

function insertionTarget(segments: TextSegment[], at: number, replacing: boolean): TextSegment | undefined {
  const editable = segments.filter((segment) => segment.editable);
  // New words replacing old ones take the emphasis of the first word replaced; words
  // typed at the end of a run continue that run's emphasis, as they do in the editor.
  const within = editable.find((segment) => segment.start <= at && at < segment.end);
  const before = editable.find((segment) => segment.start < at && at <= segment.end);
  return (replacing ? (within ?? before) : (before ?? within)) ?? editable.find((segment) => segment.start === at);
}

function removeNode(segment: TextSegment): void {
  const at = segment.parent?.indexOf(segment.node as JsonNode) ?? -1;
  if (at !== -1) segment.parent!.splice(at, 1);
}

/** Puts new text where no text node is: beside a line break or tab, or as the block's only text. */
function insertNewTextNode(block: ReviewBlock, at: number, text: string): void {
  const fixed = block.segments.find((segment) => segment.node && segment.parent && (segment.start === at || segment.end === at));
  if (fixed?.parent) {
    const index = fixed.parent.indexOf(fixed.node as JsonNode) + (fixed.end === at ? 1 : 0);
    fixed.parent.splice(index, 0, textJson(text) as unknown as JsonNode);
    return;
  }
  if (block.segments.length === 0 && Array.isArray(block.node.children)) {
    (block.node.children as JsonNode[]).push(textJson(text) as unknown as JsonNode);
    return;
  }
  throw new TextEditError('The new words cannot be placed there: the text around them has changed.');
}

/** Whether characters start…end run over the break between two paragraphs of a list, which no edit can take out. */
export function crossesParagraphs(block: ReviewBlock, start: number, end: number): boolean {
  return block.segments.some((segment) => segment.node === null && segment.end > start && segment.start < end);
}

export function replaceBlockText(block: ReviewBlock, start: number, end: number, replacement: string): void {
  if (start < 0 || end < start || end > block.text.length) throw new TextEditError('The edit falls outside the text of its block.');
  const touched = block.segments.filter((segment) => segment.end > start && segment.start < end);
  if (crossesParagraphs(block, start, end)) {
    throw new TextEditError('The edit runs across two paragraphs of a list; make it by hand.');
  }
  const target = replacement ? insertionTarget(block.segments, start, end > start) : undefined;
  // Later segments first, so the offsets of earlier ones still hold.
  for (const segment of [...touched].reverse()) {
    if (!segment.editable) {
      removeNode(segment);
      continue;
    }
    const node = segment.node as JsonNode & { text: string };
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segment.end) - segment.start;
    node.text = node.text.slice(0, from) + node.text.slice(to);
    if (node.text === '' && segment !== target) removeNode(segment);
  }
  if (!replacement) return;
  if (target) {
    const node = target.node as JsonNode & { text: string };
    const offset = start - target.start;
    node.text = node.text.slice(0, offset) + replacement + node.text.slice(offset);
  } else {
    insertNewTextNode(block, start, replacement);
  }
}
