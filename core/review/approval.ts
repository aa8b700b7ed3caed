// Approval of the minutes as a correct record, and later amendments. Pure:
// main passes the clock and the SHA-256 function (node:crypto). Approved
// minutes are locked; a correction is begun with its reason (unlocking the
// minutes), made, then sealed again as an amendment that names the seal it
// replaced, so the chain of corrections can be followed.
import type { MinutesDocument } from '../storage/minutes-document';
import { reviewOf, withReview, type Approval, type ReviewState } from './review-schema';
import { canonicalSealText, checkSeal, currentSeal } from './seal';

export class ReviewRuleError extends Error {}

export interface SealTools {
  now: Date;
  sha256Hex: (text: string) => string;
}

function readableReview(document: MinutesDocument): ReviewState {
  const { review, problem } = reviewOf(document);
  if (problem) throw new ReviewRuleError(problem);
  return review;
}

export function approveMinutes(
  document: MinutesDocument,
  details: { approvedBy: string; approvedOn: string; atMeeting: string },
  tools: SealTools,
): MinutesDocument {
  const review = readableReview(document);
  if (review.approval) throw new ReviewRuleError('These minutes are already approved. To correct them, record an amendment with its reason.');
  const pending = review.suggestions.filter((suggestion) => suggestion.status === 'pending').length;
  if (pending > 0) {
    throw new ReviewRuleError(
      `${pending === 1 ? 'One suggested edit is' : `${pending} suggested edits are`} still waiting for a decision. Accept or reject them before approving.`,
    );
  }
  const sealedAt = tools.now.toISOString();
  const unsealed = { ...details, seal: { algorithm: 'sha-256' as const, hash: '0'.repeat(64), sealedAt } };
  const approved: MinutesDocument = { ...document, meeting: { ...document.meeting, status: 'approved' } };
  const hash = tools.sha256Hex(canonicalSealText(approved, unsealed, []));
  const approval: Approval = { ...unsealed, seal: { ...unsealed.seal, hash } };
  return withReview(approved, { ...review, approval, amendments: [], amending: null });
}

export function beginAmendment(document: MinutesDocument, details: { reason: string; recordedBy: string }, tools: SealTools): MinutesDocument {
  const review = readableReview(document);
  if (!review.approval) throw new ReviewRuleError('These minutes have not been approved, so they can be edited without an amendment.');
  if (review.amending) throw new ReviewRuleError(`An amendment is already open: ${review.amending.reason}`);
  if (checkSeal(document, review, tools.sha256Hex).status === 'changed') {
    throw new ReviewRuleError(
      'These minutes have changed since they were approved, so an amendment cannot be recorded on top of them. Open the approved copy (see History) instead.',
    );
  }
  return withReview(document, {
    ...review,
    amending: { reason: details.reason.trim(), recordedBy: details.recordedBy.trim(), startedAt: tools.now.toISOString() },
  });
}

export function sealAmendment(document: MinutesDocument, details: { recordedOn: string }, tools: SealTools): MinutesDocument {
  const review = readableReview(document);
  if (!review.approval || !review.amending) throw new ReviewRuleError('There is no amendment open to seal.');
  const amendment = {
    reason: review.amending.reason,
    recordedBy: review.amending.recordedBy,
    recordedOn: details.recordedOn,
    previousHash: currentSeal(review)!.hash,
    seal: { algorithm: 'sha-256' as const, hash: '0'.repeat(64), sealedAt: tools.now.toISOString() },
  };
  const amendments = [...review.amendments, amendment];
  amendment.seal.hash = tools.sha256Hex(canonicalSealText(document, review.approval, amendments));
  return withReview(document, { ...review, amendments, amending: null });
}

/** True when the page must refuse edits: approved and no amendment open. */
export function isLocked(review: ReviewState): boolean {
  return review.approval !== null && review.amending === null;
}
