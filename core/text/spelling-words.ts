// Words the UK English spellchecker must accept for a meeting: roster names
// (each part of "Jeanette Richards", "McBriar") and glossary acronyms with
// their plurals. Main adds them to Electron's custom dictionary.
import type { Meeting } from '../model/meeting';
import { meetingGlossary } from '../minutes/meeting-context';

const WORD = /^[\p{L}][\p{L}'’-]*$/u;

/** One word the dictionary may take: letters (with apostrophes or hyphens inside), 2 to 60 long. */
export function isDictionaryWord(word: string): boolean {
  return word.length >= 2 && word.length <= 60 && WORD.test(word);
}

export function dictionaryWords(names: string[], acronyms: string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    // Dotted initials are not part of the surname: "G.Hutter" gives "Hutter", "J.M.F." nothing.
    for (const part of name.split(/[\s.]+/)) {
      const cleaned = part.replace(/[.,;:()]/g, '');
      if (isDictionaryWord(cleaned)) words.add(cleaned);
    }
  }
  for (const acronym of acronyms) {
    const cleaned = acronym.trim();
    if (isDictionaryWord(cleaned)) {
      words.add(cleaned);
      if (!cleaned.endsWith('s')) words.add(`${cleaned}s`);
    }
  }
  return [...words].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

export function meetingDictionaryWords(meeting: Meeting): string[] {
  return dictionaryWords(
    meeting.roster.map((person) => person.name),
    meetingGlossary(meeting).map((entry) => entry.acronym),
  );
}
