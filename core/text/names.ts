// Names in the minutes: completing a roster name as the clerk types
// ("Councillor T" → "Councillor Tariq"), finding who a sentence is about, and
// flagging near-miss spellings of roster names ("Tarig" for "Tariq").
import type { Person } from '../model/person';

const TITLES = ['Councillor', 'Cllr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr'];
const TITLE_PATTERN = TITLES.join('|');

/** The surname: the last word of the printed name ("S Wright" → "Wright"). */
export function surnameOf(person: Pick<Person, 'name'>): string {
  return person.name.trim().split(/\s+/).at(-1) ?? person.name;
}

type Named = Pick<Person, 'title' | 'name'>;
type RosterNames = ReadonlyArray<Pick<Person, 'title' | 'name' | 'retired'>>;

/** Whether another titled person on the roster has this surname, so "Councillor Smith" alone would not say which. */
function surnameShared(person: Named, roster: RosterNames): boolean {
  const surname = surnameOf(person);
  return roster.some((other) => !other.retired && other.title && other.name !== person.name && surnameOf(other) === surname);
}

/**
 * How minutes refer to a person: "Councillor Wright" for members, the full
 * name for others. Given the roster, two councillors of one surname keep their
 * initials ("Councillor L Smith", "Councillor J Smith").
 */
export function shortReference(person: Named, roster: RosterNames = []): string {
  if (!person.title) return person.name;
  return `${person.title} ${surnameShared(person, roster) ? person.name : surnameOf(person)}`;
}

export interface NameCompletion {
  /** How many characters before the caret the completion replaces. */
  replace: number;
  suggestions: string[];
}

/** A keyboard types "O'Brien" where the roster may say "O’Brien": the two apostrophes are one letter to completion. */
const sameApostrophe = (text: string) => text.replace(/'/g, '’');

/**
 * Completion for the text just before the caret: a title and the start of a
 * surname ("Councillor T"), or the start of an officer's full name ("Jeanette R").
 */
export function completeName(before: string, roster: ReadonlyArray<Pick<Person, 'title' | 'name' | 'retired'>>): NameCompletion | null {
  const people = roster.filter((person) => !person.retired);
  const titled = new RegExp(`(?:^|[^\\p{L}])((${TITLE_PATTERN}) ([\\p{Lu}][\\p{L}'’-]*))$`, 'u').exec(before);
  if (titled) {
    const [, whole, title, typedStart] = titled as unknown as [string, string, string, string];
    const start = sameApostrophe(typedStart);
    // A surname two councillors share is offered with each one's initials, even once typed in full.
    const suggestions = people
      .filter((person) => {
        const surname = sameApostrophe(surnameOf(person));
        return person.title && surname.startsWith(start) && (surname !== start || surnameShared(person, people));
      })
      .map((person) => `${title} ${surnameShared(person, people) ? person.name : surnameOf(person)}`);
    return suggestions.length ? { replace: whole.length, suggestions: [...new Set(suggestions)] } : null;
  }
  const plain = /(?:^|[^\p{L}])([\p{Lu}][\p{L}'’-]+ [\p{Lu}][\p{L}'’-]*)$/u.exec(before) ?? /(?:^|[^\p{L}])([\p{Lu}][\p{L}'’-]{2,})$/u.exec(before);
  if (!plain) return null;
  const typed = plain[1]!;
  const start = sameApostrophe(typed);
  const suggestions = people
    .filter((person) => !person.title && sameApostrophe(person.name).startsWith(start) && person.name !== typed)
    .map((person) => person.name);
  return suggestions.length ? { replace: typed.length, suggestions } : null;
}

/** The first roster person named in a sentence ("Jeanette Richards agreed to…", "Councillor Boles asked…"). */
export function firstPersonMentioned<P extends Pick<Person, 'title' | 'name'>>(text: string, roster: ReadonlyArray<P>): P | null {
  let best: { person: P; at: number } | null = null;
  for (const person of roster) {
    const forms = person.title ? [`${person.title} ${person.name}`, `${person.title} ${surnameOf(person)}`] : [person.name];
    for (const form of forms) {
      const at = text.indexOf(form);
      if (at >= 0 && (!best || at < best.at)) best = { person, at };
    }
  }
  return best?.person ?? null;
}

/** Damerau–Levenshtein distance (adjacent swaps count once), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Near-miss spellings of roster names. `names` are names as the roster prints
 * them ("T Tariq", "Jeanette Richards", or just "Tariq"); each word of three or
 * more letters is a name word. A capitalised word in the text is flagged when
 * it is not a name word but is one or two edits from one (two only for long
 * names), starts with the same letter, and — to keep ordinary words such as
 * "Right" out — either follows a title ("Councillor Tarig", "Councillor Tar",
 * which may also be a cut-short name) or is not at the start of a sentence.
 */
export function findNameVariants(text: string, names: string[]): Array<{ found: string; expected: string; offset: number }> {
  const nameWords = [...new Set(names.flatMap((name) => name.split(/\s+/)).filter((word) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(word) && !TITLES.includes(word)))];
  if (nameWords.length === 0) return [];
  const known = new Set(nameWords);
  const results: Array<{ found: string; expected: string; offset: number }> = [];
  const wordPattern = /\p{Lu}[\p{L}'’-]*/gu;
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0].replace(/['’]s$/u, '');
    const offset = match.index;
    if (known.has(word) || word.length < 3 || TITLES.includes(word)) continue;
    const before = text.slice(Math.max(0, offset - 12), offset);
    const afterTitle = new RegExp(`(?:${TITLE_PATTERN})\\s+$`).test(before);
    const sentenceStart = offset === 0 || /[.!?:]\s*$|^\s*$|\n\s*$/.test(text.slice(Math.max(0, offset - 3), offset));
    if (!afterTitle && (sentenceStart || word.length < 4)) continue;
    const expected = closestNameWord(word, nameWords, afterTitle);
    if (expected) results.push({ found: word, expected, offset });
  }
  return results;
}

function closestNameWord(word: string, nameWords: string[], afterTitle: boolean): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const name of nameWords) {
    if (name[0] !== word[0]) continue;
    // A title followed by the start of a name: the clerk cut it short.
    if (afterTitle && name.length > word.length && name.startsWith(word)) return name;
    const allowed = name.length >= 8 ? 2 : 1;
    const distance = editDistance(word.toLowerCase(), name.toLowerCase(), allowed);
    if (distance > 0 && distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}
