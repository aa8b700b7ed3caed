// The meeting metadata saved with every minutes document. Unknown fields are
// kept (loose objects) so a file written by a newer app survives a round trip.
import { z } from 'zod';

export const meetingSchema = z.looseObject({
  councilName: z.string().max(200),
  committeeName: z.string().max(200),
  title: z.string().max(300),
  /** ISO calendar date (yyyy-mm-dd), or empty while not yet chosen. */
  date: z.union([z.literal(''), z.iso.date()]),
  venue: z.string().max(300),
});

export type Meeting = z.infer<typeof meetingSchema>;

export function createEmptyMeeting(): Meeting {
  return { councilName: '', committeeName: '', title: '', date: '', venue: '' };
}
