// What a page may ask main for, per app run: a page gone wrong (or made to
// misbehave by something it displays) must not be able to open windows
// without end or fill the clerk's persistent spelling dictionary. Far above
// what a clerk does by hand; refused with a sentence saying what to do.
import { AppError } from '../../../core/ipc/ipc-result';

export const APP_LIMITS = {
  /** Windows open at once. */
  windows: 20,
  /** New windows asked for within a minute (a clerk opens a few). */
  newWindowsPerMinute: 10,
  /** Words a run adds to the spelling dictionary (a meeting's roster and glossary hold a few hundred). */
  dictionaryWords: 5_000,
} as const;

/** Counts window/new requests; refuses beyond the limits. */
export class NewWindowLimit {
  private readonly recent: number[] = [];

  constructor(private readonly now: () => number) {}

  check(openWindows: number): void {
    const now = this.now();
    while (this.recent.length > 0 && now - this.recent[0]! > 60_000) this.recent.shift();
    if (openWindows >= APP_LIMITS.windows) {
      throw new AppError('not-allowed', `Minute Book already has ${openWindows} windows open, the most it allows. Close some of them, then open a new one.`);
    }
    if (this.recent.length >= APP_LIMITS.newWindowsPerMinute) {
      throw new AppError(
        'not-allowed',
        `Minute Book has opened ${APP_LIMITS.newWindowsPerMinute} new windows in the last minute, the most it allows. Wait a moment, then try again.`,
      );
    }
    this.recent.push(now);
  }
}

/** Refuses words past the run's dictionary allowance; `given` is how many were added so far. */
export function checkDictionaryRoom(given: number, asked: number): void {
  if (given + asked > APP_LIMITS.dictionaryWords) {
    throw new AppError(
      'not-allowed',
      `The spellchecker has already learned ${given.toLocaleString('en-GB')} words from meetings since Minute Book started, the most it takes. Restart Minute Book to add this meeting’s names.`,
    );
  }
}
