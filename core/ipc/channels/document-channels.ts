// Channels for new, open, save and save-as of .minutes documents.
import { z } from 'zod';
import { minutesDocumentSchema } from '../../storage/minutes-document';
import { noInput, type ChannelSpec } from './channel-spec';

export const documentIdSchema = z.string().regex(/^doc-[a-z0-9-]{1,64}$/, 'not a document id');

export const openedDocumentSchema = z.object({
  documentId: documentIdSchema,
  displayName: z.string(),
  /** False until the document has been saved to (or opened from) a file. */
  hasFile: z.boolean(),
  /** Opened while someone else holds the file: it is never written; Save As makes a copy. */
  readOnly: z.boolean().optional(),
  document: minutesDocumentSchema,
});

export const savedSchema = z.discriminatedUnion('status', [
  // notice: a sentence for the clerk about something that went wrong beside the save (its History version), or null.
  z.object({ status: z.literal('saved'), displayName: z.string(), savedAt: z.iso.datetime(), notice: z.string().nullable() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const openOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), opened: openedDocumentSchema }),
  /** The page had work in it, so the file opened in a window of its own. */
  z.object({ status: z.literal('opened-in-new-window'), displayName: z.string() }),
  /** Someone else has the file open; the page may ask for it read-only with the token. */
  z.object({
    status: z.literal('locked'),
    displayName: z.string(),
    lockedBy: z.string(),
    lockedSince: z.iso.datetime(),
    token: z.string(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);

const saveInput = z.object({ documentId: documentIdSchema, document: minutesDocumentSchema }).strict();

export const initialDocumentSchema = z.object({
  opened: openedDocumentSchema,
  /** Why the file this window was opened for could not be read, if it could not. */
  problem: z.string().nullable(),
  /** The window was opened on a meeting New meeting has just started: the caret goes to its first item. */
  startedMeeting: z.boolean(),
});

export const documentChannels = {
  'document/initial': { method: 'initialDocument', input: noInput, output: initialDocumentSchema },
  'document/open': {
    method: 'openDocument',
    input: z.object({ replaceCurrent: z.boolean() }).strict(),
    output: openOutcomeSchema,
  },
  'document/save': { method: 'saveDocument', input: saveInput, output: savedSchema },
  'document/save-as': { method: 'saveDocumentAs', input: saveInput, output: savedSchema },
  'window/new': { method: 'newWindow', input: noInput, output: z.object({}) },
  /** The page's answer to 'prepare-to-close': close only once its text is on disk (file or recovery journal). */
  'window/close-answer': { method: 'answerClose', input: z.object({ close: z.boolean() }).strict(), output: z.object({}) },
} as const satisfies Record<string, ChannelSpec>;

export type OpenedDocument = z.infer<typeof openedDocumentSchema>;
export type InitialDocument = z.infer<typeof initialDocumentSchema>;
export type SaveOutcome = z.infer<typeof savedSchema>;
export type OpenOutcome = z.infer<typeof openOutcomeSchema>;
