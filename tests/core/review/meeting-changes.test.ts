// May the meeting's details change? Never in a file open read-only, in
// approved minutes (until an amendment is begun) or in a chair's review copy.
// And its text, locked for the same three reasons, the most telling named first.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approveMinutes, beginAmendment } from '../../../core/review/approval';
import { meetingChangeRefusals, textChangeRefusals, whyMeetingCannotChange, whyTextCannotChange } from '../../../core/review/meeting-changes';
import { emptyReviewState, reviewOf, withReview } from '../../../core/review/review-schema';
import { cabinetMinutes, documentOf } from './review-fixtures';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const tools = { now: new Date('2022-04-20T18:30:00Z'), sha256Hex };
const draft = documentOf(cabinetMinutes);
const approved = approveMinutes(draft, { approvedBy: 'Councillor O’Brien', approvedOn: '2022-04-20', atMeeting: 'Cabinet, 20 April 2022' }, tools);

describe('whyMeetingCannotChange', () => {
  it('lets a draft’s details change', () => {
    expect(whyMeetingCannotChange(draft, false)).toBeNull();
  });

  it('refuses in a file open read-only, whatever the document says', () => {
    expect(whyMeetingCannotChange(draft, true)).toBe('read-only');
    expect(whyMeetingCannotChange(approved, true)).toBe('read-only');
  });

  it('refuses in approved minutes until an amendment is begun', () => {
    expect(whyMeetingCannotChange(approved, false)).toBe('approved');
    const amending = beginAmendment(approved, { reason: 'A name was misspelt', recordedBy: 'Clerk' }, tools);
    expect(whyMeetingCannotChange(amending, false)).toBeNull();
  });

  it('refuses in a review copy, but not in the clerk’s draft that sent it', () => {
    const sent = { sentAt: '2022-03-24T10:00:00.000Z', copyName: 'Cabinet review copy.minutes' };
    expect(whyMeetingCannotChange(withReview(draft, { ...emptyReviewState(), sentForReview: { ...sent, reviewCopy: true } }), false)).toBe('review-copy');
    expect(whyMeetingCannotChange(withReview(draft, { ...emptyReviewState(), sentForReview: { ...sent, reviewCopy: false } }), false)).toBeNull();
  });

  it('says what to do instead, in plain words', () => {
    expect(meetingChangeRefusals['read-only']).toContain('Save a copy as…');
    expect(meetingChangeRefusals.approved).toContain('begin an amendment');
    expect(meetingChangeRefusals['review-copy']).toContain('Comment in the Review panel');
  });
});

describe('whyTextCannotChange', () => {
  const sent = { sentAt: '2022-03-24T10:00:00.000Z', copyName: 'Cabinet review copy.minutes' };
  const reviewCopy = withReview(draft, { ...emptyReviewState(), sentForReview: { ...sent, reviewCopy: true } });
  const reasons = (document: typeof draft, readOnly: boolean) => whyTextCannotChange(reviewOf(document).review, readOnly);

  it('lets a draft’s text change, and a review that cannot be read locks nothing', () => {
    expect(reasons(draft, false)).toEqual([]);
    expect(whyTextCannotChange(null, false)).toEqual([]);
  });

  it('names approval first, then the review copy, then a file open read-only', () => {
    expect(reasons(approved, false)).toEqual(['approved']);
    expect(reasons(reviewCopy, false)).toEqual(['review-copy']);
    expect(reasons(draft, true)).toEqual(['read-only']);
    expect(reasons(approved, true)).toEqual(['approved', 'read-only']);
    expect(reasons(reviewCopy, true)).toEqual(['review-copy', 'read-only']);
    expect(whyTextCannotChange(null, true)).toEqual(['read-only']);
  });

  it('unlocks approved minutes once an amendment is begun', () => {
    const amending = beginAmendment(approved, { reason: 'A name was misspelt', recordedBy: 'Clerk' }, tools);
    expect(reasons(amending, false)).toEqual([]);
  });

  it('says what to do instead, in plain words', () => {
    expect(textChangeRefusals.approved).toContain('record an amendment');
    expect(textChangeRefusals['review-copy']).toContain('suggest an edit');
    expect(textChangeRefusals['read-only']).toContain('Save a copy as…');
  });
});
