// Reads rich text out of Lexical JSON without Lexical: text nodes become runs
// with their emphasis, line breaks and tabs become characters, and any
// unknown inline wrapper (a link, say) gives up its text rather than losing it.
import type { RichText, TextRun } from './minutes-model';

export type JsonNode = Record<string, unknown> & { type?: unknown; children?: unknown };

const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

export function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? node.children.filter((child): child is JsonNode => typeof child === 'object' && child !== null) : [];
}

function runOf(node: JsonNode): TextRun | null {
  if (node.type === 'linebreak') return { text: '\n' };
  if (node.type === 'tab') return { text: '\t' };
  if (typeof node.text !== 'string') return null;
  const format = typeof node.format === 'number' ? node.format : 0;
  const run: TextRun = { text: node.text };
  if (format & BOLD) run.bold = true;
  if (format & ITALIC) run.italic = true;
  if (format & UNDERLINE) run.underline = true;
  return run;
}

function sameEmphasis(a: TextRun, b: TextRun): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);
}

/** The runs inside an element, adjacent runs with the same emphasis merged. */
export function richTextOf(node: JsonNode): RichText {
  const runs: RichText = [];
  const visit = (current: JsonNode) => {
    for (const child of childrenOf(current)) {
      const run = runOf(child);
      if (run) {
        const last = runs.at(-1);
        if (last && sameEmphasis(last, run)) last.text += run.text;
        else if (run.text) runs.push(run);
      } else {
        visit(child);
      }
    }
  };
  visit(node);
  return runs;
}

export function plainText(text: RichText): string {
  return text.map((run) => run.text).join('');
}

/** Joins two paragraphs of one field (a response typed in two paragraphs) with a line break. */
export function joinRichText(first: RichText, second: RichText): RichText {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  return [...first, { text: '\n' }, ...second];
}
