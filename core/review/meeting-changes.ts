// May the open meeting change? Two pure rules, each with the sentences the
// clerk is shown when it may not: its details (attendance, roster, date…) and
// its text. The details are part of the approval seal, so approved minutes
// change only through an amendment; a review copy's details never go back to
// the clerk, so a change there would be lost; a file open read-only changes
// nothing at all. The text is locked for the same three reasons: approved
// (until an amendment is begun), the chair's review copy (which is commented
// on and suggested into, not typed in) and a file open read-only.
import type { MinutesDocument } from '../storage/minutes-document';
import { isLocked } from './approval';
import { reviewOf, type ReviewState } from './review-schema';

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

export type TextLockReason = MeetingChangeRefusal;

/** What a refused keystroke is told, by the reason that explains it best. */
export const textChangeRefusals: Record<TextLockReason, string> = {
  approved: 'Approved minutes cannot be changed; record an amendment in the Review panel to correct them.',
  'review-copy': 'The review copy’s text cannot be changed; suggest an edit in the Review panel instead.',
  'read-only': 'This file is open read-only because someone else has it open, so it cannot be changed here. Use “Save a copy as…” to work on a copy.',
};

/**
 * Why the minutes' text may not be typed in, the reason that explains a refused
 * edit best first; empty when it may. A review that cannot be read locks nothing.
 */
export function whyTextCannotChange(review: ReviewState | null, openReadOnly: boolean): TextLockReason[] {
  const reasons: TextLockReason[] = [];
  if (review && isLocked(review)) reasons.push('approved');
  if (review?.sentForReview?.reviewCopy === true) reasons.push('review-copy');
  if (openReadOnly) reasons.push('read-only');
  return reasons;
}
