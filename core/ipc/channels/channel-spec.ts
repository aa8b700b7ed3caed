// The shape of one IPC channel's entry in the contract, and helpers shared by
// the per-area channel files.
import { z } from 'zod';
import { minutesTextProblem } from '../../storage/minutes-limits';
import { MAX_MINUTES_FILE_BYTES } from '../../storage/parse-minutes-file';

export interface ChannelSpec {
  /** The name of the method on window.minuteBook. */
  method: string;
  input: z.ZodType;
  output: z.ZodType;
}

export const noInput = z.object({}).strict();

/**
 * A value the page sends as JSON text and main parses, then validates with
 * `schema`. For large, frequent payloads (the autosaved document): a string
 * crosses contextBridge and IPC as one copy, where an object tree is walked
 * and copied twice on the page's main thread.
 */
export function jsonTextOf<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .max(MAX_MINUTES_FILE_BYTES, 'larger than a minutes file can be')
    .transform((text, context): unknown => {
      // The same limits as a file on disk, before parsing: a page cannot make main parse millions of keys.
      const limit = minutesTextProblem(text);
      if (limit) {
        context.addIssue({ code: 'custom', message: limit });
        return z.NEVER;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'not JSON text' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
