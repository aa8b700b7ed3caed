// Find and replace over the editor's text: every block and field the clerk
// types in (item titles, paragraphs, resolutions, actions, questions…). A
// block's text is read as one string across its text nodes, so a match may
// span a change of emphasis; a line break ends a run. Names held in a block's
// fields (an action's owner, a vote's mover) are found and replaced too, in
// reading order before the block's text. Lexical-only: the page's
// highlighting lives in find-highlights.ts.
import { $getRoot, $isElementNode, $isTextNode, $getNodeByKey, type ElementNode, type NodeKey, type TextNode } from 'lexical';
import { hasFields } from '../editor/nodes/block-fields-of';
import { findInText, type FindOptions } from './find-matches';

/** A piece of one text node inside a match: characters from..to of node `key`. */
export interface MatchPart {
  key: NodeKey;
  from: number;
  to: number;
}

/** Characters from..to of the block `key`'s field `name` (a name such as `ownerName`). */
export interface FieldPart {
  key: NodeKey;
  name: string;
  from: number;
  to: number;
}

/** A match in the text (`parts`), or in a block's field (`field`, with no parts). */
export interface EditorMatch {
  parts: MatchPart[];
  field?: FieldPart;
}

interface TextRun {
  text: string;
  nodes: Array<{ key: NodeKey; start: number; length: number }>;
}

interface FieldRun {
  text: string;
  field: { key: NodeKey; name: string };
}

/** A block's fields that hold names as written (`ownerName`, `moverName`, `reportName`…), not ids, dates or times. */
function nameFieldsOf(fields: object): Array<[string, string]> {
  return Object.entries(fields).filter((entry): entry is [string, string] => entry[0].endsWith('Name') && typeof entry[1] === 'string' && entry[1] !== '');
}

/** How the find bar names a field: `askedByName` → "asked by". */
export function fieldWords(name: string): string {
  return name
    .replace(/Name$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function $runsOf(element: ElementNode, runs: Array<TextRun | FieldRun>): void {
  if (hasFields(element)) for (const [name, text] of nameFieldsOf(element.getFields())) runs.push({ text, field: { key: element.getKey(), name } });
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
  const runs: Array<TextRun | FieldRun> = [];
  $runsOf($getRoot(), runs);
  const matches: EditorMatch[] = [];
  for (const run of runs) {
    if ('field' in run) {
      for (const found of findInText(run.text, term, options)) matches.push({ parts: [], field: { ...run.field, from: found.start, to: found.end } });
      continue;
    }
    for (const found of findInText(run.text, term, options)) {
      const parts = run.nodes
        .filter((node) => node.start < found.end && node.start + node.length > found.start)
        .map((node) => ({ key: node.key, from: Math.max(found.start - node.start, 0), to: Math.min(found.end - node.start, node.length) }));
      matches.push({ parts });
    }
  }
  return matches;
}

/**
 * Replaces one match (inside an editor.update); the replacement takes the
 * first part's emphasis. In a field only the name as written changes: the
 * person it links to on the roster stays (a spelling put right, "Cllr" made
 * "Councillor").
 */
export function $replaceMatch(match: EditorMatch, replacement: string): TextNode | null {
  if (match.field) {
    const { key, name, from, to } = match.field;
    const node = $getNodeByKey(key);
    if (!hasFields(node)) return null;
    const value = (node.getFields() as Record<string, unknown>)[name];
    if (typeof value === 'string') node.setFields({ [name]: value.slice(0, from) + replacement + value.slice(to) });
    return null;
  }
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

/** Selects a match's text in the editor (where Escape leaves the caret); for a field, the start of its block. */
export function $selectMatch(match: EditorMatch): void {
  if (match.field) {
    const node = $getNodeByKey(match.field.key);
    if ($isElementNode(node)) node.selectStart();
    return;
  }
  const first = match.parts[0];
  const last = match.parts.at(-1);
  const start = first && $getNodeByKey(first.key);
  const end = last && $getNodeByKey(last.key);
  if (!$isTextNode(start) || !$isTextNode(end) || !first || !last) return;
  const selection = start.select(first.from, first.from);
  selection.focus.set(end.getKey(), last.to, 'text');
}
