// The chair's review of a set of minutes, kept in the .minutes file as the
// top-level `review` field (the document schema keeps unknown top-level
// fields, so older apps carry it through untouched). Comments, suggested
// edits, the approval seal and later amendments all live here; the minutes
// text itself stays in `content`, exactly as the editor saved it.
import { z } from 'zod';
import type { MinutesDocument } from '../storage/minutes-document';

/** The most a review may hold; Word imports trim or refuse to these before the schema sees them. */
export const REVIEW_LIMITS = { quote: 5000, body: 20000, personName: 200, comments: 5000, suggestions: 5000 } as const;

/**
 * Where a comment or suggestion points. The block is found first by its place
 * (agenda item id and index: 0 is the item's heading, 1… the blocks after it;
 * itemId null is text before the first item); when the text there no longer
 * matches, the quote is looked for with its surrounding words, then loosely.
 */
export const textAnchorSchema = z.looseObject({
  itemId: z.string().max(100).nullable(),
  index: z.number().int().min(0),
  /** Character offset of the quote in the block's text when the anchor was made. */
  start: z.number().int().min(0),
  quote: z.string().max(REVIEW_LIMITS.quote),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
  /** The comment is about the whole block rather than some words in it. */
  wholeBlock: z.boolean().default(false),
});
export type TextAnchor = z.infer<typeof textAnchorSchema>;

const personName = z.string().trim().min(1).max(REVIEW_LIMITS.personName);

export const commentReplySchema = z.looseObject({
  id: z.string().min(1).max(64),
  author: personName,
  createdAt: z.iso.datetime(),
  body: z.string().max(REVIEW_LIMITS.body),
});

export const reviewCommentSchema = z.looseObject({
  id: z.string().min(1).max(64),
  author: personName,
  createdAt: z.iso.datetime(),
  body: z.string().max(REVIEW_LIMITS.body),
  anchor: textAnchorSchema,
  replies: z.array(commentReplySchema).max(500).default([]),
  resolved: z.boolean().default(false),
  resolvedBy: z.string().max(200).nullable().default(null),
  resolvedAt: z.iso.datetime().nullable().default(null),
  /** Typed in Minute Book, or imported from a Word document the chair returned. */
  source: z.enum(['minute-book', 'word']).default('minute-book'),
});
export type ReviewComment = z.infer<typeof reviewCommentSchema>;
export type CommentReply = z.infer<typeof commentReplySchema>;

/**
 * A suggested edit: replace the anchored quote with `replacement`. An empty
 * quote is an insertion at the anchor; an empty replacement is a deletion.
 */
export const suggestionSchema = z.looseObject({
  id: z.string().min(1).max(64),
  author: personName,
  createdAt: z.iso.datetime(),
  anchor: textAnchorSchema,
  replacement: z.string().max(20000),
  status: z.enum(['pending', 'accepted', 'rejected']).default('pending'),
  decidedBy: z.string().max(200).nullable().default(null),
  decidedAt: z.iso.datetime().nullable().default(null),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** SHA-256 over canonicalSealText(document), hex. */
export const sealSchema = z.looseObject({
  algorithm: z.literal('sha-256'),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hash'),
  sealedAt: z.iso.datetime(),
});
export type Seal = z.infer<typeof sealSchema>;

export const approvalSchema = z.looseObject({
  approvedBy: personName,
  /** ISO date the minutes were approved as a correct record. */
  approvedOn: z.iso.date(),
  /** The meeting at which they were approved, as it should be printed, e.g. "Cabinet, 20 April 2022". */
  atMeeting: z.string().trim().min(1).max(300),
  seal: sealSchema,
});
export type Approval = z.infer<typeof approvalSchema>;

export const amendmentSchema = z.looseObject({
  reason: z.string().trim().min(1).max(2000),
  recordedBy: personName,
  recordedOn: z.iso.date(),
  /** The seal the amendment replaced, and the one made when it was finished. */
  previousHash: z.string().regex(/^[0-9a-f]{64}$/),
  seal: sealSchema,
});
export type Amendment = z.infer<typeof amendmentSchema>;

/** An amendment begun but not yet sealed: the minutes are open for the correction. */
export const amendmentInProgressSchema = z.looseObject({
  reason: z.string().trim().min(1).max(2000),
  recordedBy: personName,
  startedAt: z.iso.datetime(),
});

export const reviewStateSchema = z.looseObject({
  comments: z.array(reviewCommentSchema).max(REVIEW_LIMITS.comments).default([]),
  suggestions: z.array(suggestionSchema).max(REVIEW_LIMITS.suggestions).default([]),
  /** When the draft was last sent out for review, and the name of the copy written. */
  sentForReview: z
    .looseObject({
      sentAt: z.iso.datetime(),
      copyName: z.string().max(300),
      /** True in the copy the chair reviews: it opens in review mode (comments and suggestions only). */
      reviewCopy: z.boolean().default(false),
    })
    .nullable()
    .default(null),
  approval: approvalSchema.nullable().default(null),
  amendments: z.array(amendmentSchema).max(500).default([]),
  amending: amendmentInProgressSchema.nullable().default(null),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

export function emptyReviewState(): ReviewState {
  return reviewStateSchema.parse({});
}

/**
 * The review state of a document. A damaged review field must not stop the
 * minutes opening, so it is reported rather than thrown.
 */
export function reviewOf(document: MinutesDocument): { review: ReviewState; problem: string | null } {
  const raw = (document as Record<string, unknown>).review;
  if (raw === undefined) return { review: emptyReviewState(), problem: null };
  const parsed = reviewStateSchema.safeParse(raw);
  if (parsed.success) return { review: parsed.data, problem: null };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return { review: emptyReviewState(), problem: `The review comments in this file could not be read${where}: ${issue?.message ?? 'unknown problem'}.` };
}

export function withReview(document: MinutesDocument, review: ReviewState): MinutesDocument {
  return { ...document, review } as MinutesDocument;
}
