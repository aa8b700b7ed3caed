// The library of past meetings: the folders the clerk keeps minutes in, the
// search across them, and opening a result at its minute. Main holds the
// paths; the page refers to a meeting by the index's file id.
import { z } from 'zod';
import { passageKinds } from '../../library/library-meeting';
import { searchKindFilters } from '../../library/search-query';
import { noInput, type ChannelSpec } from './channel-spec';
import { documentIdSchema, openOutcomeSchema } from './document-channels';

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

export const libraryChannels = {
  'library/status': { method: 'libraryStatus', input: noInput, output: libraryStatusSchema },
  /** Reads files added or changed since the last look (by anyone); drops those gone. */
  'library/refresh': { method: 'refreshLibrary', input: noInput, output: libraryStatusSchema },
  /** Throws the index away and builds it again from the files. */
  'library/rebuild': { method: 'rebuildLibrary', input: noInput, output: libraryStatusSchema },
  /** Adds the folder the open document is saved in (the page never names a path). */
  'library/add-document-folder': { method: 'addDocumentFolderToLibrary', input: z.object({ documentId: documentIdSchema }).strict(), output: libraryStatusSchema },
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
  'library/take-target': { method: 'takeLibraryTarget', input: z.object({ documentId: documentIdSchema }).strict(), output: z.object({ itemId: z.string().nullable() }) },
} as const satisfies Record<string, ChannelSpec>;

export type LibraryStatus = z.infer<typeof libraryStatusSchema>;
export type SearchHitView = z.infer<typeof searchHitSchema>;
