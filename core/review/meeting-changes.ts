// May the open meeting's details (attendance, roster, date…) change? One pure
// rule, with the sentence the clerk is shown when they may not. The details
// are part of the approval seal, so approved minutes change only through an
// amendment; a review copy's details never go back to the clerk, so a change
// there would be lost; a file open read-only changes nothing at all.
import type { MinutesDocument } from '../storage/minutes-document';
import { isLocked } from './approval';
import { reviewOf } from './review-schema';

export type MeetingChangeRefusal = 'read-only' | 'approved' | 'review-copy';

export const meetingChangeRefusals: Record<MeetingChangeRefusal, string> = {
  'read-only':
    'This file is open read-only because someone else has it open, so nothing in it can be changed here: not its text, meeting details or review. Use “Save a copy as…” (Ctrl+Shift+S) to work on a copy.',
  approved: 'These minutes are approved and locked. To correct them, begin an amendment with its reason in the Review panel (Ctrl+Shift+E).',
  'review-copy': 'This is a review copy: its meeting details cannot be changed. Comment in the Review panel (Ctrl+Shift+E) instead.',
};

/** Why the meeting's details may not change, or null when they may. */
export function whyMeetingCannotChange(document: MinutesDocument, openReadOnly: boolean): MeetingChangeRefusal | null {
  if (openReadOnly) return 'read-only';
  const { review } = reviewOf(document);
  if (isLocked(review)) return 'approved';
  if (review.sentForReview?.reviewCopy) return 'review-copy';
  return null;
}
