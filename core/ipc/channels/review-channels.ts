// Channels for the chair's review: approval and its seal (hashed in main),
// amendments, sending a review copy, and importing comments from a Word
// document the chair returned. The page sends the document as it stands and
// gets the changed document back; main chooses and writes every file.
import { z } from 'zod';
import { minutesDocumentSchema } from '../../storage/minutes-document';
import type { ChannelSpec } from './channel-spec';
import { documentIdSchema } from './document-channels';

const personName = z.string().trim().min(1, 'a name is needed').max(200);

export const sealCheckSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not-approved') }),
  z.object({ status: z.literal('amending'), reason: z.string() }),
  z.object({ status: z.literal('intact'), message: z.string() }),
  z.object({ status: z.literal('changed'), message: z.string() }),
]);

/** A tracked change from Word that is not a suggested edit: its words, and why. */
const unplacedChangeSchema = z.object({
  author: z.string(),
  date: z.string().nullable(),
  deleted: z.string(),
  inserted: z.string(),
  reason: z.enum(['not-found', 'new-paragraph', 'paragraph-break']),
  paragraph: z.string(),
});

const documentOutcome = z.object({ document: minutesDocumentSchema, check: sealCheckSchema });

export const reviewChannels = {
  'review/verify-seal': {
    method: 'verifySeal',
    input: z.object({ document: minutesDocumentSchema }).strict(),
    output: sealCheckSchema,
  },
  'review/approve': {
    method: 'approveMinutes',
    input: z
      .object({
        document: minutesDocumentSchema,
        approvedBy: personName,
        approvedOn: z.iso.date('the date of approval is not a date'),
        atMeeting: z.string().trim().min(1, 'say at which meeting they were approved').max(300),
      })
      .strict(),
    output: documentOutcome,
  },
  'review/begin-amendment': {
    method: 'beginAmendment',
    input: z
      .object({ document: minutesDocumentSchema, reason: z.string().trim().min(1, 'give the reason for the correction').max(2000), recordedBy: personName })
      .strict(),
    output: documentOutcome,
  },
  'review/seal-amendment': {
    method: 'sealAmendment',
    input: z.object({ document: minutesDocumentSchema }).strict(),
    output: documentOutcome,
  },
  'review/send-for-review': {
    method: 'sendForReview',
    input: z
      .object({
        documentId: documentIdSchema,
        document: minutesDocumentSchema,
        /** Also write a Word (.docx) copy beside the review copy, carrying the comments, for a chair without Minute Book. */
        wordCopy: z.boolean().default(false),
      })
      .strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('sent'), document: minutesDocumentSchema, copyName: z.string(), wordCopyName: z.string().nullable().default(null) }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
  'review/import-word-comments': {
    method: 'importWordComments',
    input: z.object({ document: minutesDocumentSchema, author: z.string().max(200).default('') }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('imported'),
        document: minutesDocumentSchema,
        fileName: z.string(),
        imported: z.number().int(),
        /** Comments whose words could not be found in the minutes (kept, anchored to the first block). */
        unplaced: z.number().int(),
        /** Comments already imported from this file before, or written into it by Minute Book, left out. */
        duplicates: z.number().int(),
        /** Replies typed in Word under comments already in the minutes. */
        replies: z.number().int().default(0),
        /** Comments already in the minutes that the chair marked done in Word. */
        resolved: z.number().int().default(0),
        /** Suggested edits made from the chair's Track Changes. */
        suggestions: z.number().int().default(0),
        /** Tracked changes that could not become suggested edits, with their words, for the clerk to make by hand. */
        unplacedChanges: z.array(unplacedChangeSchema).default([]),
        /** Formatting-only tracked changes, which are not imported. */
        formattingChanges: z.number().int().default(0),
        /** Changed paragraphs already imported from this file before, left out. */
        duplicateChanges: z.number().int().default(0),
      }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
  'review/import-review-copy': {
    method: 'importReviewCopy',
    input: z.object({ document: minutesDocumentSchema }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('imported'),
        document: minutesDocumentSchema,
        /** The copy's own minutes, for Compare. */
        copy: minutesDocumentSchema,
        fileName: z.string(),
        comments: z.number().int(),
        replies: z.number().int(),
        suggestions: z.number().int(),
      }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>;

export type SealCheckView = z.infer<typeof sealCheckSchema>;
