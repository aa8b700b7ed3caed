// Approval seals the record; any change to meeting or text breaks the seal;
// amendments reseal with their reason and chain to the seal they replaced.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approveMinutes, beginAmendment, isLocked, ReviewRuleError, sealAmendment } from '../../../core/review/approval';
import { addSuggestion } from '../../../core/review/suggestions';
import { emptyReviewState, reviewOf, withReview } from '../../../core/review/review-schema';
import { canonicalJson, canonicalSealText, checkSeal } from '../../../core/review/seal';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import { cabinetMinutes, documentOf } from './review-fixtures';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const tools = { now: new Date('2022-04-20T18:30:00Z'), sha256Hex };
const approvalDetails = { approvedBy: 'Councillor O’Brien', approvedOn: '2022-04-20', atMeeting: 'Cabinet, 20 April 2022' };
const check = (document: MinutesDocument) => checkSeal(document, reviewOf(document).review, sha256Hex).status;

/** JSON with object keys sorted at every depth and `drop` keys left out, as the seal's canonical form is described. */
function sortedJson(value: unknown, drop: string[] = []): string {
  if (Array.isArray(value)) return `[${value.map((entry) => sortedJson(entry, drop)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined && !drop.includes(key))
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${sortedJson(record[key], drop)}`).join(',')}}`;
}

function editFirstParagraph(document: MinutesDocument, text: string): MinutesDocument {
  const copy = JSON.parse(JSON.stringify(document)) as MinutesDocument;
  (copy.content.root.children[1] as unknown as { children: Array<{ text: string }> }).children[0]!.text = text;
  return copy;
}

describe('canonical form', () => {
  it('sorts keys at every depth and ignores key order in the file', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
    const document = documentOf(cabinetMinutes);
    const reordered = JSON.parse(JSON.stringify({ content: document.content, meeting: document.meeting, formatVersion: 1 })) as MinutesDocument;
    const approval = { ...approvalDetails, seal: { algorithm: 'sha-256' as const, hash: '0'.repeat(64), sealedAt: tools.now.toISOString() } };
    expect(canonicalSealText(reordered, approval, [])).toBe(canonicalSealText(document, approval, []));
  });

  it('leaves out the layout fields the editor recomputes, but not the words', () => {
    const document = documentOf(cabinetMinutes);
    const approval = { ...approvalDetails, seal: { algorithm: 'sha-256' as const, hash: '0'.repeat(64), sealedAt: tools.now.toISOString() } };
    const relaid = JSON.parse(JSON.stringify(document).replaceAll('"direction":"ltr"', '"direction":null')) as MinutesDocument;
    expect(canonicalSealText(relaid, approval, [])).toBe(canonicalSealText(document, approval, []));
    expect(canonicalSealText(editFirstParagraph(document, 'Changed.'), approval, [])).not.toBe(canonicalSealText(document, approval, []));
  });
});

describe('approval', () => {
  const approved = approveMinutes(documentOf(cabinetMinutes), approvalDetails, tools);

  it('records who approved, when and at which meeting, sets the status and locks', () => {
    const { review } = reviewOf(approved);
    expect(approved.meeting.status).toBe('approved');
    expect(review.approval).toMatchObject({ ...approvalDetails, seal: { algorithm: 'sha-256', sealedAt: '2022-04-20T18:30:00.000Z' } });
    // Over the canonical form seal.ts documents, written out again here rather than taken from seal.ts.
    const { status: _status, ...meeting } = approved.meeting;
    const { seal: _seal, ...approval } = review.approval!;
    const documented = `{"amendments":[],"approval":${sortedJson(approval)},"content":${sortedJson(approved.content, ['direction', 'textFormat', 'textStyle'])},"meeting":${sortedJson(meeting)}}`;
    expect(documented).toContain('"approvedBy":"Councillor O’Brien"');
    expect(documented).toContain('Apologies were received from Councillor Smith.');
    expect(review.approval!.seal.hash).toBe(sha256Hex(documented));
    expect(isLocked(review)).toBe(true);
    expect(check(approved)).toBe('intact');
  });

  it('notices a changed word, a changed meeting detail, or a changed approver', () => {
    expect(check(editFirstParagraph(approved, 'Apologies were received from Councillor Jones.'))).toBe('changed');
    expect(check({ ...approved, meeting: { ...approved.meeting, venue: 'Elsewhere' } })).toBe('changed');
    const { review } = reviewOf(approved);
    expect(check(withReview(approved, { ...review, approval: { ...review.approval!, approvedBy: 'Someone else' } }))).toBe('changed');
    // Comments are working notes, not the record.
    expect(check(withReview(approved, { ...review, comments: [] }))).toBe('intact');
  });

  it('is refused twice, and while suggested edits wait for a decision', () => {
    expect(() => approveMinutes(approved, approvalDetails, tools)).toThrow(/already approved/);
    const anchor = { itemId: 'a1', index: 1, start: 0, quote: 'Apologies', prefix: '', suffix: ' were', wholeBlock: false };
    const review = addSuggestion(emptyReviewState(), { id: 's1', author: 'Chair', createdAt: '2022-03-24T10:00:00.000Z', anchor, replacement: 'Regrets' });
    expect(() => approveMinutes(withReview(documentOf(cabinetMinutes), review), approvalDetails, tools)).toThrow(ReviewRuleError);
    expect(() => approveMinutes(withReview(documentOf(cabinetMinutes), review), approvalDetails, tools)).toThrow('One suggested edit is still waiting');
  });
});

describe('amendments', () => {
  const approved = approveMinutes(documentOf(cabinetMinutes), approvalDetails, tools);

  it('open the minutes with a reason, then reseal them chained to the old seal', () => {
    const opened = beginAmendment(approved, { reason: 'Councillor Khan’s apologies were omitted.', recordedBy: 'Jeanette Richards' }, tools);
    expect(isLocked(reviewOf(opened).review)).toBe(false);
    expect(check(opened)).toBe('amending');
    const corrected = editFirstParagraph(opened, 'Apologies were received from Councillors Smith and Khan.');
    const sealed = sealAmendment(corrected, { recordedOn: '2022-05-18' }, { ...tools, now: new Date('2022-05-18T19:00:00Z') });
    const { review } = reviewOf(sealed);
    expect(review.amendments).toHaveLength(1);
    expect(review.amendments[0]).toMatchObject({
      reason: 'Councillor Khan’s apologies were omitted.',
      recordedBy: 'Jeanette Richards',
      recordedOn: '2022-05-18',
      previousHash: reviewOf(approved).review.approval!.seal.hash,
    });
    expect(review.amendments[0]!.seal.hash).not.toBe(review.amendments[0]!.previousHash);
    expect(isLocked(review)).toBe(true);
    expect(check(sealed)).toBe('intact');
    expect(check(editFirstParagraph(sealed, 'Tampered.'))).toBe('changed');
  });

  it('cannot be begun on minutes that changed after approval, nor on unapproved minutes', () => {
    expect(() => beginAmendment(editFirstParagraph(approved, 'Tampered.'), { reason: 'x', recordedBy: 'y' }, tools)).toThrow(
      /changed since they were approved/,
    );
    expect(() => beginAmendment(documentOf(cabinetMinutes), { reason: 'x', recordedBy: 'y' }, tools)).toThrow(/not been approved/);
    expect(() => sealAmendment(approved, { recordedOn: '2022-05-18' }, tools)).toThrow(/no amendment open/);
  });
});
