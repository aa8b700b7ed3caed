// Channel for exporting the open minutes as DOCX and/or PDF. The page sends
// the document as it stands (like save does) and the choices; main asks where
// to save each file, makes them with the same code as the command-line
// exporter and writes them. Checks and the preview need no channel: they are
// pure core functions the page runs itself.
import { z } from 'zod';
import { exportOptionsSchema } from '../../export/export-options';
import { minutesDocumentSchema } from '../../storage/minutes-document';
import type { ChannelSpec } from './channel-spec';
import { documentIdSchema } from './document-channels';

/** 'pdfa' is the archival PDF/A-2u copy, made from the same print as the PDF. */
export const exportFormats = ['docx', 'pdf', 'pdfa'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportRequestSchema = z
  .object({
    documentId: documentIdSchema,
    document: minutesDocumentSchema,
    options: exportOptionsSchema,
    formats: z.array(z.enum(exportFormats)).min(1, 'choose DOCX, PDF or the archival PDF/A copy').max(exportFormats.length),
    /** The clerk has read the checks that hold back the public version and publishes anyway (core/checks/publication-blockers.ts). */
    waiveChecks: z.boolean().default(false),
  })
  .strict();

export const exportOutcomeSchema = z.discriminatedUnion('status', [
  /** The file names written, for the notice ("Saved … and …"). */
  z.object({ status: z.literal('exported'), fileNames: z.array(z.string()) }),
  z.object({ status: z.literal('cancelled') }),
]);

export type ExportOutcome = z.infer<typeof exportOutcomeSchema>;

export const exportChannels = {
  'export/minutes': { method: 'exportMinutes', input: exportRequestSchema, output: exportOutcomeSchema },
} as const satisfies Record<string, ChannelSpec>;
