// Find and replace over the editor's text: every block and field the clerk
// types in (item titles, paragraphs, resolutions, actions, questions…). A
// block's text is read as one string across its text nodes, so a match may
// span a change of emphasis; a line break ends a run. Lexical-only: the page's
// highlighting lives in find-highlights.ts.
import { $getRoot, $isElementNode, $isTextNode, $getNodeByKey, type ElementNode, type NodeKey, type TextNode } from 'lexical';
import { findInText, type FindOptions } from './find-matches';

/** A piece of one text node inside a match: characters from..to of node `key`. */
export interface MatchPart {
  key: NodeKey;
  from: number;
  to: number;
}

export interface EditorMatch {
  parts: MatchPart[];
}

interface TextRun {
  text: string;
  nodes: Array<{ key: NodeKey; start: number; length: number }>;
}

function $runsOf(element: ElementNode, runs: TextRun[]): void {
  let run: TextRun | null = null;
  for (const child of element.getChildren()) {
    if ($isTextNode(child)) {
      run ??= { text: '', nodes: [] };
      run.nodes.push({ key: child.getKey(), start: run.text.length, length: child.getTextContentSize() });
      run.text += child.getTextContent();
      continue;
    }
    if (run) runs.push(run);
    run = null;
    if ($isElementNode(child)) $runsOf(child, runs);
  }
  if (run) runs.push(run);
}

/** Every match in the document, in reading order. */
export function $findMatches(term: string, options: FindOptions): EditorMatch[] {
  if (!term) return [];
  const runs: TextRun[] = [];
  $runsOf($getRoot(), runs);
  const matches: EditorMatch[] = [];
  for (const run of runs) {
    for (const found of findInText(run.text, term, options)) {
      const parts = run.nodes
        .filter((node) => node.start < found.end && node.start + node.length > found.start)
        .map((node) => ({ key: node.key, from: Math.max(found.start - node.start, 0), to: Math.min(found.end - node.start, node.length) }));
      matches.push({ parts });
    }
  }
  return matches;
}

/** Replaces one match (inside an editor.update); the replacement takes the first part's emphasis. */
export function $replaceMatch(match: EditorMatch, replacement: string): TextNode | null {
  let first: TextNode | null = null;
  // Last part first, so the offsets of earlier parts stay true.
  for (const [index, part] of [...match.parts.entries()].reverse()) {
    const node = $getNodeByKey(part.key);
    if (!$isTextNode(node)) continue;
    const spliced = node.spliceText(part.from, part.to - part.from, index === 0 ? replacement : '');
    if (index === 0) first = spliced;
    else if (spliced.getTextContentSize() === 0) spliced.remove();
  }
  return first;
}

/** Replaces every match; returns how many. Later matches first, so earlier offsets stay true. */
export function $replaceAll(term: string, options: FindOptions, replacement: string): number {
  const matches = $findMatches(term, options);
  for (const match of [...matches].reverse()) $replaceMatch(match, replacement);
  return matches.length;
}

/** Selects a match's text in the editor (where Escape leaves the caret). */
export function $selectMatch(match: EditorMatch): void {
  const first = match.parts[0];
  const last = match.parts.at(-1);
  const start = first && $getNodeByKey(first.key);
  const end = last && $getNodeByKey(last.key);
  if (!$isTextNode(start) || !$isTextNode(end) || !first || !last) return;
  const selection = start.select(first.from, first.from);
  selection.focus.set(end.getKey(), last.to, 'text');
}
