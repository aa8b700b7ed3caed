// The page's main-thread CPU time while it does something, from a Chromium
// trace: each task's thread time (not its wall time), so a loaded machine that
// keeps the page waiting for a core does not count as the page's work. For
// comparing the app with the bare page, and one size with another, when the
// machine is too busy for the keystroke latencies to mean much.
import type { Browser, Page } from '@playwright/test';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export interface MainThreadCpu {
  /** Thread time of every task on the page's main thread, in ms. */
  totalMs: number;
  /** The longest single task's thread time, in ms. */
  longestTaskMs: number;
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** Runs `action` with the page traced; the renderer main thread that worked most is taken as the page's. */
export async function mainThreadCpuOf(browser: Browser, page: Page, work: string, action: () => Promise<void>): Promise<MainThreadCpu> {
  const tracePath = path.join(work, `trace-${Date.now()}.json`);
  await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  try {
    await action();
  } finally {
    await browser.stopTracing();
  }
  const parsed = JSON.parse(await readFile(tracePath, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  await rm(tracePath, { force: true });
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(threadOf),
  );
  const byThread = new Map<string, MainThreadCpu>();
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'RunTask' || !mainThreads.has(threadOf(event))) continue;
    const ms = (event.tdur ?? 0) / 1000;
    const thread = byThread.get(threadOf(event)) ?? { totalMs: 0, longestTaskMs: 0 };
    byThread.set(threadOf(event), { totalMs: thread.totalMs + ms, longestTaskMs: Math.max(thread.longestTaskMs, ms) });
  }
  return [...byThread.values()].sort((a, b) => b.totalMs - a.totalMs)[0] ?? { totalMs: Number.NaN, longestTaskMs: Number.NaN };
}

function threadOf(event: TraceEvent): string {
  return `${event.pid}:${event.tid}`;
}
