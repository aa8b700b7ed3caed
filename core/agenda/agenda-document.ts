// What an agenda document is once its file has been read (DOCX or PDF, in the
// untrusted-file worker), and what Minute Book understood from it.
import { z } from 'zod';

/** One paragraph (DOCX) or run of lines (PDF) of the published agenda, with the layout hints its file gave. */
export interface AgendaParagraph {
  text: string;
  /** Word's automatic numbering or list label, when the number is not typed ("1.", "a)"). */
  listLabel?: string;
  /** Set in a heading style (DOCX) or in larger type than the body (PDF). */
  heading?: boolean;
}

export const importedAgendaItemSchema = z.object({
  title: z.string().max(300),
  reportName: z.string().max(300).nullable(),
  exemptParagraph: z.string().max(20).nullable(),
});

export const importedAgendaSchema = z.object({
  /** ISO date (yyyy-mm-dd), or null when the agenda does not say. */
  date: z.string().nullable(),
  /** 24-hour clock ("19:00"), or null. */
  startTime: z.string().nullable(),
  venue: z.string().max(300).nullable(),
  items: z.array(importedAgendaItemSchema).max(200),
  /** Things the clerk should check, in plain words. */
  notes: z.array(z.string().max(500)).max(50),
});

export type ImportedAgendaItem = z.infer<typeof importedAgendaItemSchema>;
export type ImportedAgenda = z.infer<typeof importedAgendaSchema>;
