// Importing the published agenda into the New meeting dialog. The page asks;
// main shows the Open dialog (the page never names a path), reads the chosen
// .docx or .pdf in the untrusted-file worker and answers with what it
// understood, for the clerk to check before anything is filled in.
import { z } from 'zod';
import { importedAgendaSchema } from '../../agenda/agenda-document';
import { noInput, type ChannelSpec } from './channel-spec';

export const agendaImportOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('read'), fileName: z.string(), agenda: importedAgendaSchema }),
]);

export const agendaChannels = {
  'agenda/import': { method: 'importAgenda', input: noInput, output: agendaImportOutcomeSchema },
} as const satisfies Record<string, ChannelSpec>;

export type AgendaImportOutcome = z.infer<typeof agendaImportOutcomeSchema>;
