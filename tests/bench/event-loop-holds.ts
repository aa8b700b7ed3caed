// How long this process's event loop is held at a time while something runs.
// The page benchmarks run the app's handler table in this process, as main
// runs it; in the app main's thread is also the one that carries every key
// the clerk types to the page, so a long hold there is a key kept waiting
// (the page's own figures cannot show it). This process also runs
// Playwright, whose own work counts here too: compare sizes, not absolutes.
//
// A hold is measured twice: by the clock, and by this thread's own CPU time in
// it. On two cores, Chromium drawing a 160,000-word page takes a core or more,
// and this process then waits for one: the clock counts that wait, though
// main's work did not grow; its own CPU time does not.
import { performance } from 'node:perf_hooks';

/** Holds at least this long are counted. */
const COUNTED_MS = 16;

export interface EventLoopHolds {
  /** The longest time the loop went without a turn, by the clock, in ms. */
  longestMs: number;
  /** Holds of COUNTED_MS or longer, by the clock. */
  counted: number;
  /** The most CPU time this thread spent in one hold, in ms: the work that held it. */
  longestWorkMs: number;
  /** Holds with COUNTED_MS or more of this thread's CPU time. */
  countedWork: number;
}

/** This thread's CPU time so far, in ms. */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/** Watches the event loop (a timer every millisecond) until the returned function is called; that returns what it saw. */
export function watchEventLoopHolds(): () => EventLoopHolds {
  const seen: EventLoopHolds = { longestMs: 0, counted: 0, longestWorkMs: 0, countedWork: 0 };
  let last = performance.now();
  let lastCpu = threadCpuMs();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    // A turn is due every millisecond: anything longer is the loop held.
    const held = now - last - 1;
    const work = Math.min(cpu - lastCpu, now - last);
    if (held > seen.longestMs) seen.longestMs = held;
    if (held >= COUNTED_MS) seen.counted += 1;
    if (work > seen.longestWorkMs) seen.longestWorkMs = work;
    if (work >= COUNTED_MS) seen.countedWork += 1;
    last = now;
    lastCpu = cpu;
  }, 1);
  return () => {
    clearInterval(timer);
    return seen;
  };
}

export { COUNTED_MS as EVENT_LOOP_HOLD_COUNTED_MS };
