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
