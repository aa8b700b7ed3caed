// The renderer's main-thread cost of each autosave, measured in the built page
// in Chromium with a synthetic 40,000-word meeting open: the page marks the
// work of every autosave (reading the blocks changed since the last save and handing them to IPC) with
// performance.measure (useAutosave, AUTOSAVE_MEASURE), and this collects the
// figures over many autosaves while the clerk types a key a second. Beside it,
// in the same page and run: JSON.stringify of the same state alone, the parts
// the work is made of, and the object hand-off the page no longer does. Build the page first (npm run build:renderer).
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { serializeMinutesDocument } from '../../core/storage/minutes-document';
import { AUTOSAVE_MEASURE, AUTOSAVE_READ_MEASURE } from '../../renderer/state/useAutosave';
import { caretMidMeeting, CHROMIUM, openMinuteBook } from './built-page';
import type { BenchModule } from './run-bench';
import { syntheticMeeting } from './synthetic-meeting';

const AUTOSAVES = 40;
const PARTS_RUNS = 40;

/** Collects each autosave's measure and any long task, from before the first keystroke. */
const PROBE = `(() => {
  window.__autosaves = [];
  window.__reads = [];
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === ${JSON.stringify(AUTOSAVE_MEASURE)}) window.__autosaves.push(entry.duration);
      if (entry.name === ${JSON.stringify(AUTOSAVE_READ_MEASURE)}) window.__reads.push(entry.duration);
    }
  }).observe({ type: 'measure' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
})();`;

interface Probe {
  __autosaves: number[];
  __reads: number[];
  __longTasks: number[];
}

/** Types one key, then waits for the autosave it causes; AUTOSAVES times. */
async function measureAutosaves(page: Page): Promise<{ autosaves: number[]; reads: number[]; longTasks: number[] }> {
  await page.evaluate(PROBE);
  for (let index = 0; index < AUTOSAVES; index += 1) {
    await page.keyboard.type(index % 8 === 7 ? ' ' : 'a');
    await page.waitForFunction((count) => (window as unknown as Probe).__autosaves.length > count, index, { timeout: 5000 });
    await page.waitForTimeout(100); // the reply comes back before the next key, as between a clerk's sentences
  }
  return page.evaluate(() => {
    const probe = window as unknown as Probe;
    return { autosaves: probe.__autosaves, reads: probe.__reads, longTasks: probe.__longTasks };
  });
}

/**
 * In the page, on the editor's current state: each part of an autosave's work
 * alone, and the JSON.stringify baseline. A string, as PROBE is: the bench's
 * TypeScript loader would add helpers to a function that the page lacks.
 */
const HAND_OFF = 'part: JSON text of the state, copied twice';
const PARTS = `((count, HAND_OFF) => {
  const editor = document.querySelector('[data-lexical-editor="true"]')?.__lexicalEditor;
  if (!editor) throw new Error('No Lexical editor in the page.');
  const plain = editor.getEditorState().toJSON();
  const timed = (action) => {
    const samples = [];
    for (let run = 0; run < count; run += 1) {
      const start = performance.now();
      action();
      samples.push(performance.now() - start);
    }
    return samples;
  };
  return {
    'baseline: JSON.stringify of the state alone': timed(() => JSON.stringify(plain)),
    'part: reading the editor state (toJSON)': timed(() => editor.getEditorState().toJSON()),
    [HAND_OFF]: timed(() => {
      const text = JSON.stringify(plain);
      structuredClone(text);
      structuredClone(text);
    }),
    // The page's synchronous share of a call over the bench's fetch transport (tests/bench/http-bridge.ts).
    'part: the test bridge transport alone': timed(() => void fetch('/__minute-book-invoke', { method: 'POST', body: JSON.stringify({ channel: 'bench/none', input: JSON.stringify(plain) }) })),
    'not done: the state as an object, copied twice': timed(() => structuredClone(structuredClone(plain))),
  };
})(${PARTS_RUNS}, ${JSON.stringify(HAND_OFF)})`;

function line(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(10);
  return `${label.padEnd(48)} median ${ms(at(0.5))}  p95 ${ms(at(0.95))}  max ${ms(sorted.at(-1) ?? 0)}  (n=${samples.length})`;
}

function load(): string {
  return `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')} on ${cpus().length} cores`;
}

async function run(): Promise<void> {
  const work = await mkdtemp(path.join(process.env.TMPDIR ?? tmpdir(), 'autosave-bench-'));
  const meeting = syntheticMeeting();
  const filePath = path.join(work, 'four-hour-meeting.minutes');
  const text = serializeMinutesDocument(meeting.document);
  await writeFile(filePath, text);
  console.log(
    `Meeting: ${meeting.wordCount} words in ${meeting.texts.length + 1} blocks, ${(text.length / 1024 / 1024).toFixed(2)} MB saved. Machine before: ${load()}.`,
  );

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMinuteBook(page, filePath, work);
    await caretMidMeeting(page, '.mb-editor p.mb-paragraph');
    const { autosaves, reads, longTasks } = await measureAutosaves(page);
    const parts = (await page.evaluate(PARTS)) as Record<string, number[]>;

    console.log(line('per autosave, through the test bridge', autosaves));
    console.log(line('  of which reading the document', reads));
    console.log(
      line(
        '  of which the IPC hand-off (test bridge)',
        autosaves.map((total, index) => total - (reads[index] ?? 0)),
      ),
    );
    for (const [label, samples] of Object.entries(parts)) console.log(line(label, samples));
    const over = longTasks.filter((duration) => duration > 50);
    console.log(`long tasks >50 ms during the autosaves: ${over.length}${over.length ? ` (longest ${Math.max(...over).toFixed(1)} ms)` : ''}`);
    // Electron copies the argument twice on the main thread (contextBridge, then ipcRenderer.invoke's structured
    // clone) where the bridge sends it over the DevTools protocol. The page now sends only the blocks changed since
    // the last save (core/storage/minutes-blocks.ts): a few kilobytes, whose copies are negligible beside the read;
    // the whole document's copies are shown above for comparison.
    console.log(line('estimate in Electron: reading the changed blocks', reads));
    console.log(`target: under 5 ms per autosave. Machine after: ${load()}.`);
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}

export default { title: 'Renderer main-thread time per autosave, 40,000 words, in Chromium', run } satisfies BenchModule;
