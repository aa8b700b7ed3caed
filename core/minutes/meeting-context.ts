// What the editor and the exporters need from the meeting (roster, numbering
// scheme, glossary, template wording), read from the one meeting schema
// (core/model/meeting.ts), which has already given every field its default.
// Only the template's own wording keys and the committee's snippets are not in
// the schema (kept by its loose objects), so those are read defensively.
import { attendanceOf, attended } from '../model/attendance';
import type { Meeting } from '../model/meeting';
import type { Person } from '../model/person';
import { mergeSnippets } from '../model/wording-snippet';
import { DEFAULT_RESOLUTIONS_HEADING } from './block-wording';

export interface GlossaryEntry {
  acronym: string;
  meaning: string;
}

type Loose = Record<string, unknown>;

/**
 * The roster with the people in the room first, then those not yet marked,
 * then those sending apologies or absent (each group in roster order): who
 * speaks is who is there, so "Councillor W" + Tab names Councillor Whitby, not
 * Councillor Wright who sent apologies.
 */
export function rosterInTheRoomFirst(meeting: Meeting): Person[] {
  const rank = (person: Person) => {
    const entry = attendanceOf(meeting.attendance, person.id);
    return attended(entry) ? 0 : entry ? 2 : 1;
  };
  return meeting.roster
    .map((person, index) => ({ person, index, rank: rank(person) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ person }) => person);
}

/** "Councillor S Wright", "Jeanette Richards". */
export function personDisplayName(person: Pick<Person, 'title' | 'name'>): string {
  return person.title ? `${person.title} ${person.name}` : person.name;
}

export function meetingGlossary(meeting: Meeting): GlossaryEntry[] {
  return meeting.glossary.map(({ acronym, meaning }) => ({ acronym, meaning }));
}

/** Named wording from the meeting's template, e.g. the resolutions heading. */
function templateWording(meeting: Meeting, key: string): string | null {
  const value = (meeting.wording as Loose)[key];
  return typeof value === 'string' && value.trim() ? value : null;
}

export function resolutionsHeading(meeting: Meeting): string {
  return templateWording(meeting, 'resolutionsHeading') ?? DEFAULT_RESOLUTIONS_HEADING;
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
  return readSnippets((meeting.wording as Loose).snippets);
}

/** The meeting's own snippets: the committee's wording as this meeting has it. */
export function meetingOwnSnippets(meeting: Meeting): Array<{ name: string; text: string }> {
  return readSnippets((meeting as Loose).snippets);
}

/** Snippets read defensively from a file: entries without a name or text are skipped. */
export function readSnippets(snippets: unknown): Array<{ name: string; text: string }> {
  if (!Array.isArray(snippets)) return [];
  return snippets.flatMap((entry) => {
    const loose = (typeof entry === 'object' && entry !== null ? entry : {}) as Loose;
    return typeof loose.name === 'string' && typeof loose.text === 'string' && loose.name.trim() && loose.text.trim()
      ? [{ name: loose.name.trim(), text: loose.text }]
      : [];
  });
}

/** When the meeting started: the time recorded on the meeting, else its scheduled start ("17:30"). */
export function meetingStartTime(meeting: Meeting): string | null {
  return meeting.startedAt || meeting.startTime || null;
}
