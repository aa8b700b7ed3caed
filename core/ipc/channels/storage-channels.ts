// Channels for keeping work safe: continuous autosave, crash recovery, the
// version history, and opening a document someone else has open. The page
// never sees a path: documents by id, recovery copies and versions by opaque ids.
import { z } from 'zod';
import { MINUTES_LIMITS } from '../../storage/minutes-limits';
import { minutesDocumentSchema } from '../../storage/minutes-document';
import { MAX_MINUTES_FILE_BYTES } from '../../storage/parse-minutes-file';
import { jsonTextOf, noInput, type ChannelSpec } from './channel-spec';
import { documentIdSchema, openedDocumentSchema, openOutcomeSchema } from './document-channels';

const recoveryIdSchema = z.string().regex(/^rec-[a-z0-9-]{1,80}$/, 'not a recovery id');
const versionIdSchema = z.string().regex(/^\d{8}T\d{9}Z-\d{4}-(save|interval|before-restore)$/, 'not a version id');
const lockTokenSchema = z.string().regex(/^lock-[a-z0-9-]{1,64}$/, 'not a lock token');

export const autosaveResultSchema = z.object({
  /** When the recovery copy was written; null if even that failed. */
  journaledAt: z.iso.datetime().nullable(),
  /** What happened to the named file. */
  file: z.enum(['saved', 'untitled', 'read-only', 'failed']),
  /** Why something failed, as a sentence for the clerk; null when all is well. */
  problem: z.string().nullable(),
});

/** The editor's key for a top-level block: Lexical writes small numbers as text. */
const blockKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'not a block key');
const revisionSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const jsonTextSchema = z.string().max(MAX_MINUTES_FILE_BYTES, 'larger than a minutes file can be');

/** See core/storage/minutes-blocks.ts: main rebuilds the whole document, then checks it as a file read from disk. */
export const minutesBlocksUpdateSchema = z
  .object({
    documentId: documentIdSchema,
    base: revisionSchema.nullable(),
    revision: revisionSchema,
    document: jsonTextSchema,
    order: z.array(blockKeySchema).max(MINUTES_LIMITS.itemsPerList).nullable(),
    blocks: z.array(z.tuple([blockKeySchema, jsonTextSchema])).max(MINUTES_LIMITS.itemsPerList),
  })
  .strict();

export const recoveryEntrySchema = z.object({
  recoveryId: recoveryIdSchema,
  displayName: z.string(),
  savedAt: z.iso.datetime(),
  hasFile: z.boolean(),
  /** The named file already holds this text (saved before the crash). */
  fileUpToDate: z.boolean(),
  wordCount: z.number().int().nonnegative(),
});

export const versionEntrySchema = z.object({
  versionId: versionIdSchema,
  savedAt: z.iso.datetime(),
  reason: z.enum(['save', 'interval', 'before-restore']),
});

/** Who holds a lock file, as it says: for the read-only banner. */
export const lockHolderSchema = z.object({ owner: z.string(), machine: z.string(), lockedSince: z.iso.datetime() });

export const storageChannels = {
  'autosave/write': {
    method: 'autosave',
    // Sent as JSON text: this one runs every second of typing (see jsonTextOf).
    input: z.object({ documentId: documentIdSchema, document: jsonTextOf(minutesDocumentSchema) }).strict(),
    output: autosaveResultSchema,
  },
  /** The autosave block by block: only what changed since the revision main accepted last. */
  'autosave/write-blocks': {
    method: 'autosaveBlocks',
    input: minutesBlocksUpdateSchema,
    output: z.union([
      autosaveResultSchema.extend({ accepted: z.literal(true) }).strict(),
      // Main does not hold the revision the update builds on (nothing was written): send the whole document.
      z.object({ accepted: z.literal(false) }).strict(),
    ]),
  },
  'recovery/list': { method: 'listRecovery', input: noInput, output: z.object({ entries: z.array(recoveryEntrySchema) }) },
  'recovery/restore': {
    method: 'restoreRecovery',
    input: z.object({ recoveryId: recoveryIdSchema }).strict(),
    output: z.object({ opened: openedDocumentSchema, problem: z.string().nullable() }),
  },
  'recovery/discard': { method: 'discardRecovery', input: z.object({ recoveryId: recoveryIdSchema }).strict(), output: z.object({}) },
  'history/list': {
    method: 'listVersions',
    input: z.object({ documentId: documentIdSchema }).strict(),
    output: z.object({ versions: z.array(versionEntrySchema) }),
  },
  'history/restore': {
    method: 'restoreVersion',
    input: z.object({ documentId: documentIdSchema, versionId: versionIdSchema, current: minutesDocumentSchema }).strict(),
    output: z.object({ document: minutesDocumentSchema }),
  },
  'lock/open-read-only': {
    method: 'openReadOnly',
    input: z.object({ token: lockTokenSchema }).strict(),
    output: openOutcomeSchema,
  },
  'lock/holder': {
    method: 'lockHolder',
    input: z.object({ documentId: documentIdSchema }).strict(),
    output: z.object({ holder: lockHolderSchema.nullable() }),
  },
  /** A read-only document asks for its file again; opened normally (a new document id) once the other user has closed it. */
  'lock/try-again': {
    method: 'tryLockAgain',
    input: z
      .object({
        documentId: documentIdSchema,
        /** Recovered text newer than the file, to keep instead of the file's text; null to take the file as it is now. */
        keep: minutesDocumentSchema.nullable(),
      })
      .strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('held'), holder: lockHolderSchema }),
      z.object({ status: z.literal('opened'), opened: openedDocumentSchema }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>;

export type AutosaveResult = z.infer<typeof autosaveResultSchema>;
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;
export type LockHolder = z.infer<typeof lockHolderSchema>;
export type VersionEntry = z.infer<typeof versionEntrySchema>;
