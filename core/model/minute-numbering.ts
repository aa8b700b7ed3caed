// How minute numbers are printed: plain per meeting (1, 2, 3…) or a running
// committee prefix per municipal year (CYP.12, CYP.13…) continuing from the
// last meeting's number.
import { z } from 'zod';

export const numberingSchemeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plain') }),
  z.object({
    kind: z.literal('prefixed'),
    prefix: z.string().trim().min(1).max(12),
    /** The number of this meeting's first minute. */
    firstNumber: z.number().int().min(1).max(99999),
  }),
]);

export type NumberingScheme = z.infer<typeof numberingSchemeSchema>;

/** The printed number of the minute at zero-based position `index` in the meeting. */
export function minuteNumber(scheme: NumberingScheme, index: number): string {
  if (scheme.kind === 'plain') return String(index + 1);
  return `${scheme.prefix}.${scheme.firstNumber + index}`;
}

/**
 * The municipal year a meeting falls in, named by its first calendar year:
 * councils hold their annual meeting in May, so 2022-04-30 is in 2021/22.
 */
export function municipalYearOf(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return month >= 5 ? year : year - 1;
}

export interface CommitteeNumbering {
  numberingPrefix: string;
  lastMinuteNumber: number;
  /** The date of the meeting that used lastMinuteNumber; "" when the clerk typed the number in by hand. */
  lastMeetingDate: string;
}

/** "CYP", typed as "CYP." or " CYP ", as it prints before the dot: "CYP.12". */
function prefixOf(committee: CommitteeNumbering): string {
  return committee.numberingPrefix.trim().replace(/\.+$/, '');
}

/**
 * The scheme for a committee's next meeting: plain numbers, or the prefix
 * continuing from the last number used, restarting at 1 in a new municipal year.
 * A number the clerk typed in (no meeting date) is this year's: it continues.
 */
export function schemeForNextMeeting(committee: CommitteeNumbering, meetingDate: string): NumberingScheme {
  const prefix = prefixOf(committee);
  if (!prefix) return { kind: 'plain' };
  const typedIn = committee.lastMeetingDate === '';
  const sameYear = typedIn || (meetingDate !== '' && municipalYearOf(committee.lastMeetingDate) === municipalYearOf(meetingDate));
  return { kind: 'prefixed', prefix, firstNumber: sameYear ? committee.lastMinuteNumber + 1 : 1 };
}

/**
 * The committee's last minute number once its latest meeting has `itemCount`
 * items: items added or removed during the meeting move the next meeting's
 * first number too. Null when nothing changes: another committee, plain numbers,
 * a different prefix, or an older meeting reopened (its numbers are history).
 */
export function numberingAfterMeeting<C extends CommitteeNumbering & { id: string }>(
  committee: C,
  meeting: { committeeId: string; date: string; numbering: NumberingScheme },
  itemCount: number,
): C | null {
  const { numbering } = meeting;
  if (meeting.committeeId !== committee.id || numbering.kind !== 'prefixed') return null;
  if (numbering.prefix !== prefixOf(committee) || meeting.date === '' || meeting.date !== committee.lastMeetingDate) return null;
  const lastNumber = numbering.firstNumber + itemCount - 1;
  return lastNumber === committee.lastMinuteNumber ? null : { ...committee, lastMinuteNumber: lastNumber };
}
