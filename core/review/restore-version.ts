// Bringing back an earlier version of the minutes (History) without taking
// the review back with it. A version holds the whole file, review included;
// restored whole, it dropped the chair's comments and the clerk's decisions
// made since, and on approved minutes it put back an unapproved review, so
// the seal and the lock went with one click. The text and meeting details
// come from the version; the review and the meeting's status stay as they are.
import type { MinutesDocument } from '../storage/minutes-document';
import { isLocked, ReviewRuleError } from './approval';
import { reviewOf } from './review-schema';

export function restoreKeepingReview(current: MinutesDocument, version: MinutesDocument): MinutesDocument {
  const { review, problem } = reviewOf(current);
  if (!problem && isLocked(review)) {
    throw new ReviewRuleError(
      'These minutes are approved and locked. To restore an earlier version, begin an amendment with its reason in the Review panel (Ctrl+Shift+E).',
    );
  }
  if (!problem && review.sentForReview?.reviewCopy) {
    throw new ReviewRuleError('This is a review copy: its text cannot be changed, so an earlier version cannot be restored here.');
  }
  const { review: _versionReview, ...rest } = version as Record<string, unknown>;
  // The review field as it is, even one this version cannot read: it is left for a version that can.
  const currentReview = (current as Record<string, unknown>).review;
  const restored = { ...rest, meeting: { ...version.meeting, status: current.meeting.status } };
  return (currentReview === undefined ? restored : { ...restored, review: currentReview }) as MinutesDocument;
}
