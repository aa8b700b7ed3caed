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

/**
 * The scheme for a committee's next meeting: plain numbers, or the prefix
 * continuing from the last number used, restarting at 1 in a new municipal year.
 */
export function schemeForNextMeeting(committee: { numberingPrefix: string; lastMinuteNumber: number; lastMeetingDate: string }, meetingDate: string): NumberingScheme {
  const prefix = committee.numberingPrefix.trim();
  if (!prefix) return { kind: 'plain' };
  const sameYear = committee.lastMeetingDate !== '' && meetingDate !== '' && municipalYearOf(committee.lastMeetingDate) === municipalYearOf(meetingDate);
  return { kind: 'prefixed', prefix, firstNumber: sameYear ? committee.lastMinuteNumber + 1 : 1 };
}
