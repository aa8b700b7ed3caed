// The zod pieces every block's fields are built from. Each field falls back to
// its default when a file (old, hand-edited or from a newer version) holds
// something else, so a block always loads with its text; the editor's nodes
// and core's reader parse with the same schema, so they cannot disagree.
import { z } from 'zod';
import type { PersonRef } from '../minutes/minutes-model';

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
