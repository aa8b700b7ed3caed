// How long this process's event loop is held at a time while something runs.
// The page benchmarks run the app's handler table in this process, as main
// runs it; in the app main's thread is also the one that carries every key
// the clerk types to the page, so a long hold there is a key kept waiting
// (the page's own figures cannot show it). This process also runs
// Playwright, whose own work counts here too: compare sizes, not absolutes.
import { performance } from 'node:perf_hooks';

/** Holds at least this long are counted. */
const COUNTED_MS = 16;

export interface EventLoopHolds {
  /** The longest time the loop went without a turn, in ms. */
  longestMs: number;
  /** Holds of COUNTED_MS or longer. */
  counted: number;
}

/** Watches the event loop (a timer every millisecond) until the returned function is called; that returns what it saw. */
export function watchEventLoopHolds(): () => EventLoopHolds {
  const seen: EventLoopHolds = { longestMs: 0, counted: 0 };
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    // A turn is due every millisecond: anything longer is the loop held.
    const held = now - last - 1;
    if (held > seen.longestMs) seen.longestMs = held;
    if (held >= COUNTED_MS) seen.counted += 1;
    last = now;
  }, 1);
  return () => {
    clearInterval(timer);
    return seen;
  };
}

export { COUNTED_MS as EVENT_LOOP_HOLD_COUNTED_MS };
