// Channels for comparing two versions of the minutes: a saved version from
// the history, or another .minutes file the clerk picks (the chair's
// returned review copy). Main reads and parses the file; the page never
// names a path and gets back only the document, to compare in the view.
import { z } from 'zod';
import { minutesDocumentSchema } from '../../storage/minutes-document';
import { versionIdSchemaPattern } from '../../storage/version-snapshot';
import { noInput, type ChannelSpec } from './channel-spec';
import { documentIdSchema } from './document-channels';

export const compareChannels = {
  'compare/read-version': {
    method: 'readVersionForCompare',
    input: z.object({ documentId: documentIdSchema, versionId: z.string().regex(versionIdSchemaPattern, 'not a version id') }).strict(),
    output: z.object({ document: minutesDocumentSchema }),
  },
  'compare/read-file': {
    method: 'readFileForCompare',
    input: noInput,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('read'), fileName: z.string(), document: minutesDocumentSchema }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>;
