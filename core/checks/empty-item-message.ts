// What Checks says of an item with nothing minuted under it. The standard line
// it suggests fits the item: "There were no declarations." only under
// declarations of interest, "There were no public questions." under public
// questions, and none under an item of business, where only the clerk knows
// what happened (the clerk dogfood saw the declarations line offered for Public
// questions, Member questions and Urgent business alike).
import { statements, type StatementKind } from '../minutes/block-wording';

/** Standing items told apart by the words of their titles, as templates and councils write them. */
const STANDARD_LINE_BY_TITLE: ReadonlyArray<[RegExp, StatementKind]> = [
  [/\bapolog/i, 'no-apologies'],
  [/\bdeclarations?\b|\binterests?\b/i, 'no-declarations'],
  [/\bpublic\b.*\b(?:questions?|participation|speaking|forum)\b|\bquestions?\b.*\bpublic\b/i, 'no-public-questions'],
  [/\bmembers?['’]?\s+questions?\b|\bquestions?\b.*\bmembers?\b/i, 'no-member-questions'],
  [/\burgent\b/i, 'no-urgent-business'],
];

/** Which standing item a title names, by its standard line's kind ("no-declarations"), or null for an item of business. */
export function standingKindByTitle(title: string): StatementKind | null {
  return STANDARD_LINE_BY_TITLE.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}

/** The standard line for a standing item with this title, or null for an item of business. */
export function standardLineFor(title: string): string | null {
  const kind = standingKindByTitle(title);
  return kind ? statements[kind] : null;
}

export function emptyItemMessage(title: string): string {
  const line = standardLineFor(title);
  return line
    ? `Nothing is minuted under this item yet: write what happened, the standard line from the / menu (“${line}”), or remove the item.`
    : 'Nothing is minuted under this item yet: write what happened, or remove the item.';
}
