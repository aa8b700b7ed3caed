// Where a search term occurs in a piece of text, with "match case" and "whole
// word". Pure (no editor, no DOM), so it is tested on its own. The term is
// always literal: nothing the clerk types is a pattern.

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

export interface TextMatch {
  start: number;
  end: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Non-overlapping matches, left to right. */
export function findInText(text: string, term: string, options: FindOptions): TextMatch[] {
  if (!term) return [];
  // A regular expression only for its case folding ("i" with "u" folds without changing lengths).
  const pattern = new RegExp(escapeForPattern(term), options.matchCase ? 'gu' : 'giu');
  const matches: TextMatch[] = [];
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    const end = start + found[0].length;
    if (options.wholeWord && (isWordAt(text, start - 1) || isWordAt(text, end) || !isWholeWordTerm(term))) continue;
    matches.push({ start, end });
  }
  return matches;
}

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return WORD_CHARACTER.test(text.charAt(index));
}

/** "Whole word" for a term that starts or ends in a space or stop still means: not inside a longer word. */
function isWholeWordTerm(term: string): boolean {
  return term.trim().length > 0;
}
