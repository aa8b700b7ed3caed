// A committee is set up once and reused: its roster, quorum, glossary of
// acronyms, minute numbering and house style carry over from meeting to meeting.
import { z } from 'zod';
import { houseStyleIdSchema } from '../house-style/shipped-house-style-ids';
import { clockTimeSchema } from './attendance';
import { glossaryEntrySchema } from './meeting';
import { personSchema, type Person } from './person';
import { wordingSnippetListSchema } from './wording-snippet';

export const committeeSchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected lower-case letters, digits and hyphens'),
  name: z.string().trim().min(1, 'the committee needs a name').max(200),
  councilName: z.string().max(200).default(''),
  roster: z.array(personSchema).max(500).default([]),
  quorum: z.number().int().min(0).max(500).default(0),
  glossary: z.array(glossaryEntrySchema).max(1000).default([]),
  /** Reusable wording with {fields}, offered in every meeting of the committee. */
  snippets: wordingSnippetListSchema.default([]),
  /** The running minute prefix ("CYP"), or "" for plain numbers per meeting. */
  numberingPrefix: z.string().trim().max(12).default(''),
  /** The last minute number used, for running numbers; 0 when none yet. */
  lastMinuteNumber: z.number().int().min(0).max(99999).default(0),
  /** When that number was used (its municipal year decides whether numbering restarts). */
  lastMeetingDate: z.union([z.literal(''), z.iso.date()]).default(''),
  defaultVenue: z.string().max(300).default(''),
  /**
   * When the committee's meetings usually start ("16:00"): the start time of the last meeting started with
   * one, offered for the next (a committee meets at the same hour), so set-up need not type it again.
   */
  defaultStartTime: clockTimeSchema.optional(),
  /**
   * Who to contact about the committee's meetings, as the heading prints it ("Alan Maher", "Katy Brown Committee
   * Officer"), copied into each new meeting. Optional: a committee saved before it has none.
   */
  defaultContact: z.string().trim().max(300).optional(),
  defaultTemplateId: z.string().max(64).default(''),
  /**
   * The council's house style its minutes print in (core/house-style): a shipped style's id or the council's
   * own, or null for the app's own wording. Each new meeting keeps a copy of the style itself.
   */
  houseStyleId: houseStyleIdSchema.nullable().default(null),
});

export type Committee = z.infer<typeof committeeSchema>;
export type CommitteeInput = z.input<typeof committeeSchema>;

export const committeeListSchema = z.looseObject({
  version: z.literal(1),
  committees: z.array(committeeSchema).max(500),
});

/** "Children and Young People Scrutiny Committee" → "children-and-young-people-scrutiny-committee". */
export function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug || 'committee';
}

/**
 * The committee's roster after the clerk changed the meeting's copy: the
 * meeting's people in the meeting's order (added, edited, retired, reordered),
 * then anyone the meeting never had (people retired before it), kept as they were.
 */
export function rosterFromMeeting(committeeRoster: ReadonlyArray<Person>, meetingRoster: ReadonlyArray<Person>): Person[] {
  const inMeeting = new Set(meetingRoster.map((person) => person.id));
  return [...meetingRoster, ...committeeRoster.filter((person) => !inMeeting.has(person.id))];
}
