// The clerk's words in the search box, turned into what the index looks for:
// a minute number ("CA.119", "P/12") is looked up as a minute; anything else
// becomes an FTS5 query in which every word must appear and "quoted words"
// must appear together. Nothing the clerk types reaches FTS5 as syntax: each
// term is quoted, so a stray bracket or NEAR never becomes an error.
import type { PassageKind } from './library-meeting';

export const searchKindFilters = ['all', 'resolutions', 'actions', 'declarations'] as const;
export type SearchKindFilter = (typeof searchKindFilters)[number];

/** Which passages each filter keeps ("resolutions only" includes decisions and votes). */
export const passageKindsFor: Record<SearchKindFilter, ReadonlyArray<PassageKind> | null> = {
  all: null,
  resolutions: ['resolution', 'vote'],
  actions: ['action'],
  declarations: ['declaration'],
};

export interface SearchPlan {
  /** A minute number to find as such (upper case), or null. */
  minuteNumber: string | null;
  /** The FTS5 MATCH expression, or null when there is nothing to match. */
  match: string | null;
}

const MINUTE_NUMBER = /^[A-Za-z]{1,12}[./-]?\d{1,5}(?:[./]\d{1,4})?$/;
const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
/** Words as the index's tokenizer splits them (letters and digits; anything else separates). */
const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function planSearch(query: string): SearchPlan {
  const trimmed = query.trim();
  if (!trimmed) return { minuteNumber: null, match: null };
  const minuteNumber = MINUTE_NUMBER.test(trimmed) && /[A-Za-z]/.test(trimmed) && /\d/.test(trimmed) ? trimmed.toUpperCase() : null;

  // "CA.119" written in a sentence ("see minute CA.119") is the phrase "CA 119" to the tokenizer.
  if (minuteNumber) return { minuteNumber, match: quote(wordsOf(trimmed).join(' ')) };
  const terms: string[] = [];
  // "a phrase" stays a phrase; the rest are single words.
  const rest = trimmed.replace(/"([^"]*)"?/g, (_whole, phrase: string) => {
    const words = wordsOf(phrase);
    if (words.length > 0) terms.push(quote(words.join(' ')));
    return ' ';
  });
  for (const word of wordsOf(rest)) terms.push(quote(word));
  return { minuteNumber, match: terms.length > 0 ? terms.join(' ') : null };
}
