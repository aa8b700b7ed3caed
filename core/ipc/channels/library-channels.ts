// The library of past meetings: the folders the clerk keeps minutes in, the
// search across them, and opening a result at its minute. Main holds the
// paths; the page refers to a meeting by the index's file id.
import { z } from 'zod';
import { passageKinds } from '../../library/library-meeting';
import { searchKindFilters } from '../../library/search-query';
import { noInput, type ChannelSpec } from './channel-spec';
import { documentIdSchema, openOutcomeSchema } from './document-channels';
import { actionStatuses } from '../../library/action-log';
import { clockTimeSchema } from '../../model/attendance';
import { agendaItemInputSchema } from './meeting-channels';

const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);

export const libraryStatusSchema = z.object({
  folders: z.array(z.string()),
  meetings: z.number().int().nonnegative(),
  committees: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Files left out of the library and why, as sentences. */
  problems: z.array(z.object({ fileName: z.string(), folder: z.string(), problem: z.string() })),
  unreachable: z.array(z.object({ folder: z.string(), problem: z.string() })),
  progress: z.object({ indexing: z.boolean(), done: z.number().int(), total: z.number().int() }),
});

export const searchHitSchema = z.object({
  fileId: z.number().int().positive(),
  fileName: z.string(),
  committeeName: z.string(),
  title: z.string(),
  date: z.string(),
  itemId: z.string().nullable(),
  minuteNumber: z.string(),
  itemTitle: z.string(),
  kind: z.enum(passageKinds),
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
});

export const librarySearchInputSchema = z
  .object({
    query: z.string().max(500),
    committeeId: z.string().max(64).default(''),
    from: isoDateOrEmpty.default(''),
    to: isoDateOrEmpty.default(''),
    kind: z.enum(searchKindFilters).default('all'),
  })
  .strict();

export const carryOverViewSchema = z.object({
  committeeName: z.string(),
  previousDate: z.string(),
  openActions: z.array(
    z.object({ description: z.string(), owner: z.string(), due: z.string().nullable(), raisedAt: z.string(), status: z.enum(actionStatuses) }),
  ),
  deferredItems: z.array(z.string()),
  deferredMinutesDates: z.array(z.string()),
  standingItems: z.array(z.string()),
  /** The committee's roster (the next meeting's) beside the last meeting's, in sentences (core/library/roster-changes.ts). */
  roster: z.object({ differences: z.array(z.string()), lastMeetingOnly: z.array(z.string()) }),
});

export const actionLogViewSchema = z.object({
  committeeName: z.string(),
  entries: z.array(
    z.object({
      actionId: z.string(),
      description: z.string(),
      owner: z.string(),
      due: z.string().nullable(),
      raisedAt: z.string(),
      status: z.enum(actionStatuses),
      history: z.array(z.string()),
    }),
  ),
});

const committeeIdSchema = z.string().min(1).max(64);

export const libraryChannels = {
  'library/status': { method: 'libraryStatus', input: noInput, output: libraryStatusSchema },
  /** Reads files added or changed since the last look (by anyone); drops those gone. */
  'library/refresh': { method: 'refreshLibrary', input: noInput, output: libraryStatusSchema },
  /** Throws the index away and builds it again from the files. */
  'library/rebuild': { method: 'rebuildLibrary', input: noInput, output: libraryStatusSchema },
  /** Adds the folder the open document is saved in (the page never names a path). */
  'library/add-document-folder': {
    method: 'addDocumentFolderToLibrary',
    input: z.object({ documentId: documentIdSchema }).strict(),
    output: libraryStatusSchema,
  },
  /** Asks, with main's own folder dialog, for a folder to add (the page never names a path); unchanged when cancelled. */
  'library/choose-folder': { method: 'chooseLibraryFolder', input: noInput, output: libraryStatusSchema },
  /** Takes one of the library's folders out (only a folder the library lists). */
  'library/remove-folder': { method: 'removeLibraryFolder', input: z.object({ folder: z.string().min(1).max(4096) }).strict(), output: libraryStatusSchema },
  'library/search': { method: 'searchLibrary', input: librarySearchInputSchema, output: z.object({ hits: z.array(searchHitSchema) }) },
  /** Opens a result's file (here when the window holds nothing worth keeping, else in its own window) at its minute. */
  'library/open': {
    method: 'openLibraryResult',
    input: z.object({ fileId: z.number().int().positive(), itemId: z.string().max(200).nullable(), replaceCurrent: z.boolean() }).strict(),
    output: openOutcomeSchema,
  },
  /** The minute a document was opened from the library to show, once (null when none). */
  'library/take-target': {
    method: 'takeLibraryTarget',
    input: z.object({ documentId: documentIdSchema }).strict(),
    output: z.object({ itemId: z.string().nullable() }),
  },
  /** What the next meeting would carry over from the open one (its last meeting). */
  'library/carry-over': { method: 'libraryCarryOver', input: z.object({ documentId: documentIdSchema }).strict(), output: carryOverViewSchema },
  /** A new meeting of the open meeting's committee, with the carry-over in place, saved and opened in its own window. */
  'library/next-meeting': {
    method: 'newMeetingFromLast',
    input: z
      .object({
        documentId: documentIdSchema,
        date: z.iso.date('choose the date of the meeting'),
        venue: z.string().max(300),
        /** The contact officer; left out, the last meeting's (else the committee's). */
        contact: z.string().max(300).optional(),
        startTime: clockTimeSchema,
        agendaItems: z.array(agendaItemInputSchema).max(200),
        /** Start from the last meeting's roster as the clerk left it (and keep it for the committee), not the committee's. */
        rosterAsLastTime: z.boolean().default(false),
      })
      .strict(),
    output: openOutcomeSchema,
  },
  'library/action-log': { method: 'libraryActionLog', input: z.object({ committeeId: committeeIdSchema }).strict(), output: actionLogViewSchema },
  'library/export-action-log': {
    method: 'exportActionLog',
    input: z.object({ committeeId: committeeIdSchema, format: z.enum(['docx', 'pdf']) }).strict(),
    output: z.discriminatedUnion('status', [z.object({ status: z.literal('saved'), fileName: z.string() }), z.object({ status: z.literal('cancelled') })]),
  },
} as const satisfies Record<string, ChannelSpec>;

export type LibraryStatus = z.infer<typeof libraryStatusSchema>;
export type SearchHitView = z.infer<typeof searchHitSchema>;
export type CarryOverView = z.infer<typeof carryOverViewSchema>;
export type ActionLogView = z.infer<typeof actionLogViewSchema>;
