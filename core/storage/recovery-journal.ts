// The recovery journal: one small JSON file per open document in the app's
// data folder, replaced atomically on every autosave. It is what the next
// start offers back after a crash, so it carries everything needed to
// restore the work exactly: the whole document, where it belongs, and when.
import { z } from 'zod';
import { parseMinutesValue } from './parse-minutes-file';
import type { MinutesDocument } from './minutes-document';

export const JOURNAL_VERSION = 1;

const journalHeaderSchema = z.looseObject({
  kind: z.literal('minute-book-recovery'),
  journalVersion: z.literal(JOURNAL_VERSION),
  documentId: z.string().min(1),
  displayName: z.string(),
  /** The file the document belongs to; null while untitled. Never sent to the page. */
  filePath: z.string().nullable(),
  savedAt: z.iso.datetime(),
  document: z.unknown(),
});

export interface RecoveryJournal {
  kind: 'minute-book-recovery';
  journalVersion: typeof JOURNAL_VERSION;
  documentId: string;
  displayName: string;
  filePath: string | null;
  savedAt: string;
  document: MinutesDocument;
}

export function serializeRecoveryJournal(journal: Omit<RecoveryJournal, 'kind' | 'journalVersion'>): string {
  const full: RecoveryJournal = { kind: 'minute-book-recovery', journalVersion: JOURNAL_VERSION, ...journal };
  return `${JSON.stringify(full)}\n`;
}

/**
 * The same journal, around the document's text as serializeMinutesDocument wrote it for the file: the autosave has
 * that text in hand, and a second JSON.stringify of a 160,000-word document is milliseconds of main's thread (the
 * thread that carries the clerk's keys to the page) on every autosave. Reads back exactly as serializeRecoveryJournal's.
 */
export function serializeRecoveryJournalAround(journal: Omit<RecoveryJournal, 'kind' | 'journalVersion'>, documentText: string): string {
  const { documentId, displayName, filePath, savedAt } = journal;
  const header = JSON.stringify({ kind: 'minute-book-recovery', journalVersion: JOURNAL_VERSION, documentId, displayName, filePath, savedAt });
  // The header is a JSON object with members, so it ends in "}" and the document goes in as one more member.
  return `${header.slice(0, -1)},"document":${documentText.trimEnd()}}\n`;
}

export type JournalOutcome = { ok: true; journal: RecoveryJournal } | { ok: false; problem: string };

/** A journal cut short or damaged is reported, never guessed at. */
export function parseRecoveryJournal(text: string): JournalOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the recovery copy is damaged (it is not complete JSON)' };
  }
  const header = journalHeaderSchema.safeParse(json);
  if (!header.success) return { ok: false, problem: 'the recovery copy is not one Minute Book can read' };
  const document = parseMinutesValue(header.data.document);
  if (!document.ok) return { ok: false, problem: `the document in the recovery copy is unusable: ${document.problem}` };
  return {
    ok: true,
    journal: {
      kind: 'minute-book-recovery',
      journalVersion: JOURNAL_VERSION,
      documentId: header.data.documentId,
      displayName: header.data.displayName,
      filePath: header.data.filePath,
      savedAt: header.data.savedAt,
      document: document.document,
    },
  };
}

/** Words typed in the minutes: a quick sense of how much a recovery copy holds. */
export function countWords(content: unknown): number {
  let words = 0;
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') words += record.text.split(/\s+/).filter(Boolean).length;
    if (Array.isArray(record.children)) record.children.forEach(walk);
    if (typeof record.root === 'object') walk(record.root);
  };
  walk(content);
  return words;
}
