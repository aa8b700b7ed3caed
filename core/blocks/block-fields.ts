// The zod pieces every block's fields are built from. Each field falls back to
// its default when a file (old, hand-edited or from a newer version) holds
// something else, so a block always loads with its text; the editor's nodes
// and core's reader parse with the same schema, so they cannot disagree.
import { z } from 'zod';
import type { MinuteBlock, PersonRef } from '../minutes/minutes-model';

/** Free text; anything else reads as empty. */
export const textField = z.string().catch('');

/** An id or other optional string; anything else reads as null. */
export const optionalText = z.string().nullable().catch(null);

/** A whole-number count as typed in a vote (at most 99,999: more is a typing slip, not a vote). */
export const countField = z.number().int().min(0).max(99_999).catch(0);

/** "17:30", or null. */
export const clockField = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullable()
  .catch(null);

/** "2022-04-30", or null. */
export const isoDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable()
  .catch(null);

/** One of a fixed set of values, or the fallback. */
export function choiceField<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z.enum(values).catch(fallback as never) as z.ZodCatch<z.ZodEnum<{ [K in T[number]]: K }>>;
}

/** A person named in a block's fields; null when no name is written. */
export function personRef(personId: string | null, name: string): PersonRef | null {
  const written = name.trim();
  return written ? { personId: personId || null, name: written } : null;
}

type RunKind = 'apologies' | 'declarations';
type Run<K extends RunKind> = Extract<MinuteBlock, { kind: K }>;

/** Adds an entry to the run the previous block started (the next apology, say), or starts the run with it. */
export function addToRun<K extends RunKind>(blocks: MinuteBlock[], kind: K, entry: Run<K>['entries'][number]): void {
  const last = blocks.at(-1);
  // An empty run is the "there were none" statement: a new entry starts a run of its own.
  const run = last?.kind === kind && last.entries.length > 0 ? (last as Run<K>) : null;
  if (run) (run.entries as Array<typeof entry>).push(entry);
  else blocks.push({ kind, entries: [entry] } as Run<K>);
}
