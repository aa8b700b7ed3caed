// The meeting metadata saved with every minutes document. Unknown fields are
// kept (loose objects) so a file written by a newer app survives a round trip.
// Every field added after the first version has a default, so files written
// before it still open (and gain the default when next saved).
import { z } from 'zod';
import { attendanceEntrySchema, clockTimeSchema, publicAttendanceSchema } from './attendance';
import { numberingSchemeSchema } from './minute-numbering';
import { personSchema } from './person';
import { houseStyleIdSchema } from '../house-style/shipped-house-style-ids';

export const meetingStatuses = ['draft', 'out-for-review', 'approved'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const glossaryEntrySchema = z.looseObject({
  acronym: z.string().trim().min(1).max(40),
  meaning: z.string().trim().min(1).max(300),
});

/**
 * Recurring phrases from the meeting's template, copied into the meeting so the
 * editor and the exporters print the same words ("It was agreed:" vs "Resolved:").
 * Loose: a template may add phrases of its own, and they are kept.
 */
export const meetingWordingSchema = z.looseObject({
  resolutionsHeading: z.string().trim().min(1).max(80).default('It was agreed:'),
});

/** The labels and phrases of the generated heading ("Present:", "(in the Chair)"). */
export const headingLayoutSchema = z.looseObject({
  minutesOf: z.string().max(60).default('Minutes of:'),
  dateOfMeeting: z.string().max(60).default('Date of Meeting:'),
  present: z.string().max(60).default('Present:'),
  alsoInAttendance: z.string().max(60).default('Also in attendance:'),
  publicAttendance: z.string().max(60).default('Public Attendance:'),
  apologies: z.string().max(60).default('Apologies for Absence:'),
  absent: z.string().max(60).default('Absent:'),
  chairSuffix: z.string().max(60).default('(in the Chair)'),
  /** Print the committee name in capitals, as many councils do. */
  committeeInCapitals: z.boolean().default(true),
});

export type HeadingLayout = z.infer<typeof headingLayoutSchema>;

export const meetingSchema = z.looseObject({
  councilName: z.string().max(200),
  committeeName: z.string().max(200),
  title: z.string().max(300),
  /** ISO calendar date (yyyy-mm-dd), or empty while not yet chosen. */
  date: z.union([z.literal(''), z.iso.date()]),
  venue: z.string().max(300),
  /**
   * The officer to contact about the meeting (and their team), printed "Contact: Alan Maher" where the house
   * style's heading shows it. Optional with no default (see chairPersonId).
   */
  contact: z.string().max(300).optional(),
  /**
   * The committee's meeting before this one, for wording such as "the minutes of
   * the meeting held on {previous date}". Optional with no default (see chairPersonId).
   */
  previousMeetingDate: z.iso.date().optional(),
  /** The committee and template the meeting was made from ("" for none). */
  committeeId: z.string().max(64).default(''),
  templateId: z.string().max(64).default(''),
  /** Scheduled start, "17:30" (the editor reads it as startTime). */
  startTime: clockTimeSchema.default(''),
  startedAt: clockTimeSchema.default(''),
  endedAt: clockTimeSchema.default(''),
  status: z.enum(meetingStatuses).default('draft'),
  numbering: numberingSchemeSchema.default({ kind: 'plain' }),
  /** The committee's roster as it was for this meeting, so old minutes keep their names. */
  roster: z.array(personSchema).max(500).default([]),
  attendance: z.array(attendanceEntrySchema).max(500).default([]),
  publicAttendance: publicAttendanceSchema.default({ kind: 'unrecorded' }),
  /**
   * Who presided when not the committee's chair or, in their absence, the
   * vice-chair (a member elected for the meeting). Optional with no default, so
   * opening a file written before it changes nothing (an approval seal hashes the meeting).
   */
  chairPersonId: z.string().max(64).nullable().optional(),
  /** Voting members needed for decisions; 0 when the committee sets none. */
  quorum: z.number().int().min(0).max(500).default(0),
  glossary: z.array(glossaryEntrySchema).max(1000).default([]),
  wording: meetingWordingSchema.default({ resolutionsHeading: 'It was agreed:' }),
  headingLayout: headingLayoutSchema.default(() => headingLayoutSchema.parse({})),
  /**
   * Which house style the committee chose (a shipped style's id or the council's own, core/house-style), or null
   * for the app's own wording: for display ("printed in the Wirral style"). Optional with no default (see
   * chairPersonId).
   */
  houseStyleId: houseStyleIdSchema.nullable().optional(),
  /**
   * The house style itself, copied in when the meeting was made, so minutes exported years later print the same
   * though the shipped style changes or the council's own is edited or deleted. Kept as read, whatever it holds,
   * so a damaged style never stops the minutes opening: the export checks it (houseStyleOfMeeting) and refuses
   * to print in a style it cannot read. Files made before this hold only the id, or (older still) a loose
   * object of print settings, which printSettingsOf reads.
   */
  houseStyle: z.unknown().optional(),
});

export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingInput = z.input<typeof meetingSchema>;

export function createEmptyMeeting(): Meeting {
  return meetingSchema.parse({ councilName: '', committeeName: '', title: '', date: '', venue: '' });
}
