// Who was at the meeting, as the clerk marks it during the meeting: one entry
// per roster person (people not yet marked have no entry). Late arrivals and
// early departures carry the time and the agenda item, because minutes record
// them ("arrived at 6.10 pm during item 5") and quorum depends on them.
import { z } from 'zod';

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "17:30", or empty while not known. */
export const clockTimeSchema = z.union([z.literal(''), z.string().regex(CLOCK_TIME, 'expected a 24-hour time such as "17:30"')]);

/** A moment in the meeting: the clock time and the agenda item then under way. */
export const meetingMomentSchema = z.looseObject({
  time: z.string().regex(CLOCK_TIME, 'expected a 24-hour time such as "18:10"'),
  /** The item's printed minute number when it happened ("5", "CYP.14"), or "" before the first item. */
  itemLabel: z.string().max(40).default(''),
  itemId: z.string().max(64).nullable().default(null),
});

export type MeetingMoment = z.infer<typeof meetingMomentSchema>;

export const attendanceStatuses = ['present', 'apologies', 'absent', 'substitute'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const attendanceEntrySchema = z
  .looseObject({
    personId: z.string().min(1).max(64),
    status: z.enum(attendanceStatuses),
    /** The reason given with apologies ("unwell", "work commitments"), or "". */
    reason: z.string().max(300).default(''),
    /** For a substitute: the id of the member they stand in for. */
    substituteFor: z.string().max(64).nullable().default(null),
    arrivedLate: meetingMomentSchema.nullable().default(null),
    leftEarly: meetingMomentSchema.nullable().default(null),
  })
  .refine((entry) => entry.status !== 'substitute' || !!entry.substituteFor, {
    message: 'a substitute must say which member they stand in for (substituteFor)',
    path: ['substituteFor'],
  });

export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

/** The most members of the public a count may give (a town hall's largest room is far smaller). */
export const MAX_PUBLIC_COUNT = 10000;

/** Members of the public at the meeting: not recorded yet, none, a number, or the clerk's own words. */
export const publicAttendanceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unrecorded') }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('count'), count: z.number().int().min(1).max(MAX_PUBLIC_COUNT) }),
  z.object({ kind: z.literal('text'), text: z.string().trim().min(1).max(500) }),
]);

export type PublicAttendance = z.infer<typeof publicAttendanceSchema>;

export function attendanceOf(attendance: ReadonlyArray<AttendanceEntry>, personId: string): AttendanceEntry | undefined {
  return attendance.find((entry) => entry.personId === personId);
}

/** Present (or substituting) at some point in the meeting. */
export function attended(entry: AttendanceEntry | undefined): boolean {
  return entry?.status === 'present' || entry?.status === 'substitute';
}

/** Replaces (or adds) one person's entry, keeping the others in order. */
export function withAttendance(attendance: ReadonlyArray<AttendanceEntry>, entry: AttendanceEntry): AttendanceEntry[] {
  const index = attendance.findIndex((existing) => existing.personId === entry.personId);
  if (index < 0) return [...attendance, entry];
  return attendance.map((existing, at) => (at === index ? entry : existing));
}

/** A fresh entry for a status, keeping a late arrival or early leaving only where it still makes sense. */
export function markAttendance(
  previous: AttendanceEntry | undefined,
  personId: string,
  status: AttendanceStatus,
  substituteFor: string | null = null,
): AttendanceEntry {
  const stays = status === 'present' || status === 'substitute';
  return {
    personId,
    status,
    reason: status === 'apologies' ? (previous?.reason ?? '') : '',
    substituteFor: status === 'substitute' ? substituteFor : null,
    arrivedLate: stays ? (previous?.arrivedLate ?? null) : null,
    leftEarly: stays ? (previous?.leftEarly ?? null) : null,
  };
}
