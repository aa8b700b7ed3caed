// Acronyms in the minutes that the committee's glossary does not define, so
// the clerk can define them (seed 000's committee asked for exactly that
// appendix). Finds all-capital forms (ILAC, MASH, ASYE) and mixed-case ones
// (DfE, CiCC, KPIs) while leaving alone ordinary words typed in capitals:
// headings and shouted phrases (runs of capitalised words), single letters
// and initials, a list of common words, the acronyms every planning committee
// uses (planning-acronyms.ts), and the letters inside a reference such as
// "17/00340/FUL" or "APP/20/00094", which are part of a number, not words.
import { planningAcronyms } from './planning-acronyms';

const ORDINARY_CAPITALS = new Set(
  (
    'A AN AND ARE AS AT BE BUT BY FOR FROM HAS HAVE HE HER HIS I IF IN IS IT ITS NO NOT OF ON OR OUR SHE SO THE THEY THIS TO ' +
    'WAS WE WERE WHO WILL WITH YES YOU ALL ANY NEW NOTE NB OK AGREED RESOLVED NOTED URGENT CHAIR ITEM ITEMS MINUTES PLAN ' +
    'REPORT PUBLIC MEMBER MEMBERS COUNCIL COUNCILLOR COUNCILLORS APPROVED ACTION ACTIONS NONE NIL TBC PM AM'
  ).split(' '),
);

/** A word with at least two capitals (ILAC, DfE, CiCC, KPIs), letters only, an optional plural "s". */
const CANDIDATE = /(?<![\p{L}\d])(\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*)(?![\p{L}\d])/gu;
const ALL_CAPITALS = /^\p{Lu}+$/u;

/** "KPIs" → "KPI", "MATSs" → "MATS": the plural of an acronym is the acronym. */
export function acronymStem(word: string): string {
  return /\p{Lu}s$/u.test(word) && word.length > 2 ? word.slice(0, -1) : word;
}

function looksLikeAcronym(word: string): boolean {
  const stem = acronymStem(word);
  if (stem.length < 2 || stem.length > 8) return false;
  if (ALL_CAPITALS.test(stem)) return !ORDINARY_CAPITALS.has(stem) && (stem.length <= 6 || !/[AEIOU]/.test(stem));
  // Mixed case: an ordinary capitalised word has one capital; an acronym has more than one,
  // and more capitals than a name like "McBriar" or "MacDonald" (one capital after a lowercase prefix).
  const capitals = stem.replace(/\P{Lu}/gu, '').length;
  return capitals >= 2 && !/^(Mc|Mac|O’|O')\p{Lu}\p{Ll}+$/u.test(stem);
}

/** True when the word sits in a run of all-capital words, initials allowed ("URGENT BUSINESS", "COUNCILLOR S WRIGHT"). */
function inCapitalRun(text: string, start: number, end: number): boolean {
  const before = /\p{Lu}{2,}[ \t]+(?:\p{Lu}\.?[ \t]+)*$/u.test(text.slice(Math.max(0, start - 40), start));
  const after = /^(?:[ \t]+\p{Lu}\.?)*[ \t]+\p{Lu}{2,}(?![\p{Ll}])/u.test(text.slice(end, end + 40));
  return before || after;
}

/** True when the word is part of a reference joined by slashes with digits in it ("17/00340/FUL", "APP/20/00094"). */
function inReference(text: string, start: number, end: number): boolean {
  const before = /[^\s()[\]]*$/.exec(text.slice(Math.max(0, start - 40), start))![0];
  const after = /^[^\s()[\],;]*/.exec(text.slice(end, end + 40))![0];
  const token = `${before}x${after}`;
  return token.includes('/') && /\d/.test(token);
}

const knownEverywhere = new Set(planningAcronyms.map((entry) => acronymStem(entry.acronym)));

/** Acronyms used in the text and not in the glossary, each once, in order of first use (as first written). */
export function findUndefinedAcronyms(text: string, glossary: Array<{ acronym: string; meaning: string }>): string[] {
  const defined = new Set([...knownEverywhere, ...glossary.map((entry) => acronymStem(entry.acronym.trim()))]);
  const found = new Map<string, string>();
  for (const match of text.matchAll(CANDIDATE)) {
    const word = match[1]!;
    const stem = acronymStem(word);
    if (found.has(stem) || defined.has(stem) || !looksLikeAcronym(word)) continue;
    if (inReference(text, match.index, match.index + word.length)) continue;
    if (ALL_CAPITALS.test(stem) && inCapitalRun(text, match.index, match.index + word.length)) continue;
    found.set(stem, word);
  }
  return [...found.values()];
}

/**
 * Acronyms the text defines where it first uses them, "Children in Care
 * Council (CiCC)": the capitalised words before the bracket whose initials
 * spell the acronym's capitals.
 */
export function inlineDefinitions(text: string): Array<{ acronym: string; meaning: string }> {
  const definitions: Array<{ acronym: string; meaning: string }> = [];
  for (const match of text.matchAll(/([\p{L}'’-]+(?:[ -][\p{L}'’-]+){0,9})\s*\((\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*)\)/gu)) {
    const words = match[1]!.split(/[ -]/);
    const capitals = acronymStem(match[2]!).replace(/\P{Lu}/gu, '');
    // Take just enough trailing words to supply the capitals, skipping small joining words.
    let needed = capitals.length;
    let start = words.length;
    while (start > 0 && needed > 0) {
      start -= 1;
      if (/^\p{Lu}/u.test(words[start]!)) needed -= 1;
    }
    const meaningWords = words.slice(start);
    const initials = meaningWords
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
    if (needed === 0 && initials === capitals) definitions.push({ acronym: match[2]!, meaning: meaningWords.join(' ') });
  }
  return definitions;
}

/** The glossary with an acronym defined (a new meaning replaces the old one; the order of the rest is kept). */
export function withDefinition<E extends { acronym: string; meaning: string }>(glossary: ReadonlyArray<E>, entry: E): E[] {
  return [...glossary.filter((known) => known.acronym !== entry.acronym), entry];
}
