// Reads a .minutes file from disk. A small file is read on the spot: the
// format's limits (core/storage/minutes-limits.ts) keep that under a few
// milliseconds. Anything larger is read in the untrusted-parse worker, so a
// hostile or just enormous file never holds up other windows.
import { parseMinutesFile, type ParseOutcome } from '../../../core/storage/parse-minutes-file';
import { runUntrusted } from './run-untrusted';

/** Up to this size a .minutes file parses, checks and migrates in well under 100 ms. */
export const INLINE_MINUTES_BYTES = 512 * 1024;

export async function parseMinutesOffMain(bytes: Uint8Array, fileName: string): Promise<ParseOutcome> {
  if (bytes.byteLength <= INLINE_MINUTES_BYTES) return parseMinutesFile(bytes);
  return runUntrusted({ kind: 'minutes', bytes }, { fileName });
}
