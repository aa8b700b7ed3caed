// What the editor needs from the meeting (roster, numbering scheme, glossary,
// template wording), read defensively: the meeting schema grows with the
// meetings work, and a file from an older version may lack any of these.
import { attendanceOf, attended } from '../model/attendance';
import type { Meeting } from '../model/meeting';
import { numberingSchemeSchema, type NumberingScheme } from '../model/minute-numbering';
import { personSchema, type Person } from '../model/person';
import { mergeSnippets } from '../model/wording-snippet';
import { DEFAULT_RESOLUTIONS_HEADING } from './block-wording';

export interface GlossaryEntry {
  acronym: string;
  meaning: string;
}

type Loose = Record<string, unknown>;

function field(meeting: Meeting, ...names: string[]): unknown {
  const loose = meeting as Loose;
  for (const name of names) if (loose[name] !== undefined) return loose[name];
  return undefined;
}

/** The people on the meeting's roster (invalid entries skipped). */
export function meetingRoster(meeting: Meeting): Person[] {
  const roster = field(meeting, 'roster', 'people');
  if (!Array.isArray(roster)) return [];
  return roster.flatMap((entry) => {
    const parsed = personSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The roster with the people in the room first, then those not yet marked,
 * then those sending apologies or absent (each group in roster order): who
 * speaks is who is there, so "Councillor W" + Tab names Councillor Whitby, not
 * Councillor Wright who sent apologies.
 */
export function rosterInTheRoomFirst(meeting: Meeting): Person[] {
  const attendance = Array.isArray(meeting.attendance) ? meeting.attendance : [];
  const rank = (person: Person) => {
    const entry = attendanceOf(attendance, person.id);
    return attended(entry) ? 0 : entry ? 2 : 1;
  };
  return meetingRoster(meeting)
    .map((person, index) => ({ person, index, rank: rank(person) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ person }) => person);
}

/** "Councillor S Wright", "Jeanette Richards". */
export function personDisplayName(person: Pick<Person, 'title' | 'name'>): string {
  return person.title ? `${person.title} ${person.name}` : person.name;
}

export function meetingNumbering(meeting: Meeting): NumberingScheme {
  const parsed = numberingSchemeSchema.safeParse(field(meeting, 'numbering', 'numberingScheme'));
  return parsed.success ? parsed.data : { kind: 'plain' };
}

export function meetingGlossary(meeting: Meeting): GlossaryEntry[] {
  const glossary = field(meeting, 'glossary', 'acronyms');
  if (!Array.isArray(glossary)) return [];
  return glossary.flatMap((entry) => {
    const loose = (typeof entry === 'object' && entry !== null ? entry : {}) as Loose;
    return typeof loose.acronym === 'string' && typeof loose.meaning === 'string' ? [{ acronym: loose.acronym, meaning: loose.meaning }] : [];
  });
}

/** Named wording from the meeting's template, e.g. the resolutions heading. */
function templateWording(meeting: Meeting, key: string): string | null {
  const wording = field(meeting, 'wording', 'templateWording');
  if (typeof wording !== 'object' || wording === null) return null;
  const value = (wording as Loose)[key];
  return typeof value === 'string' && value.trim() ? value : null;
}

export function resolutionsHeading(meeting: Meeting): string {
  return templateWording(meeting, 'resolutionsHeading') ?? templateWording(meeting, 'resolutionHeading') ?? DEFAULT_RESOLUTIONS_HEADING;
}

/** Whether the template words resolutions as bullet points (`wording.resolutionsStyle: "bulleted"`) rather than numbers. */
export function resolutionsBulleted(meeting: Meeting): boolean {
  return templateWording(meeting, 'resolutionsStyle') === 'bulleted';
}

/**
 * Reusable wording the committee keeps: `snippets` (name and text with
 * {fields}) in the wording of the meeting's template, which every meeting made
 * from it carries and "Save as template" keeps, then the meeting's own (the
 * committee's wording, copied in when the meeting was made or edited since).
 * A name is offered once: the meeting's own wording replaces the template's.
 */
export function meetingSnippets(meeting: Meeting): Array<{ name: string; text: string }> {
  return mergeSnippets(templateSnippets(meeting), meetingOwnSnippets(meeting));
}

/** The snippets in the wording of the meeting's template (changed by editing the template). */
export function templateSnippets(meeting: Meeting): Array<{ name: string; text: string }> {
  const wording = field(meeting, 'wording', 'templateWording');
  return readSnippets(typeof wording === 'object' && wording !== null ? (wording as Loose).snippets : undefined);
}

/** The meeting's own snippets: the committee's wording as this meeting has it. */
export function meetingOwnSnippets(meeting: Meeting): Array<{ name: string; text: string }> {
  return readSnippets(field(meeting, 'snippets'));
}

/** Snippets read defensively from a file: entries without a name or text are skipped. */
export function readSnippets(snippets: unknown): Array<{ name: string; text: string }> {
  if (!Array.isArray(snippets)) return [];
  return snippets.flatMap((entry) => {
    const loose = (typeof entry === 'object' && entry !== null ? entry : {}) as Loose;
    return typeof loose.name === 'string' && typeof loose.text === 'string' && loose.name.trim() && loose.text.trim() ? [{ name: loose.name.trim(), text: loose.text }] : [];
  });
}

/** When the meeting started: the time recorded on the meeting, else its scheduled start ("17:30"). */
export function meetingStartTime(meeting: Meeting): string | null {
  for (const value of [field(meeting, 'startedAt'), field(meeting, 'startTime')]) {
    if (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return value;
  }
  return null;
}
