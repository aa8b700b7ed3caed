// When the disk refuses a save, retrying at once hammers a full or missing
// drive; waiting too long leaves the clerk's work only in memory. Doubling
// from one second, capped at thirty, is the compromise.

export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 30_000;

export function retryDelayMs(failuresInARow: number): number {
  if (failuresInARow <= 0) return 0;
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failuresInARow - 1));
}
