// Reusable wording with fields filled from the meeting: "{previous date}" etc.
// A field with no value stays visible in braces so the clerk sees the gap.
import type { Meeting } from '../model/meeting';
import { formatUkDate } from './uk-format';

export interface Snippet {
  name: string;
  text: string;
}

export const defaultSnippets: ReadonlyArray<Snippet> = [
  { name: 'Previous minutes approved', text: 'The minutes of the meeting held on {previous date} were approved as a correct record.' },
  { name: 'Apologies noted above', text: 'Apologies for absence are noted above.' },
  { name: 'Members invited to ask questions', text: 'Members of the committee were invited to ask questions.' },
  { name: 'Report noted', text: 'The report be noted.' },
  { name: 'In response to a question', text: 'In response to {member}’s question around {topic}, {officer} explained that ' },
];

function isoToUk(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  try {
    return formatUkDate(value);
  } catch {
    return null;
  }
}

/** The values a snippet can use, from the meeting (missing ones are simply absent). */
export function snippetValues(meeting: Meeting): Record<string, string> {
  const values: Record<string, string> = {};
  const date = isoToUk(meeting.date);
  if (date) values.date = date;
  const previous = isoToUk(meeting.previousMeetingDate);
  if (previous) values['previous date'] = previous;
  if (meeting.committeeName) values.committee = meeting.committeeName;
  if (meeting.venue) values.venue = meeting.venue;
  return values;
}

export function fillSnippet(text: string, values: Record<string, string>): string {
  return text.replace(/\{([^{}]+)\}/g, (whole, name: string) => values[name.trim().toLowerCase()] ?? whole);
}

export type SnippetFieldKind = 'date' | 'person' | 'text';

const PERSON_FIELDS = new Set(['member', 'officer', 'councillor', 'chair', 'mover', 'seconder', 'speaker']);

/** The fields a snippet's text still has in braces after filling, each once, in order. */
export function unfilledFields(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!.trim().toLowerCase()))];
}

/** How to ask for a field: a date to parse, a person from the roster, or words. */
export function snippetFieldKind(name: string): SnippetFieldKind {
  if (/\bdate\b/.test(name)) return 'date';
  return PERSON_FIELDS.has(name) ? 'person' : 'text';
}
