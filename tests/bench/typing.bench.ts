// Keystroke-to-paint latency while typing into a 4-hour meeting (about 40,000
// words, 400 blocks) in the real built page in Chromium, beside a bare
// contenteditable holding the same text, measured in the same run. Also counts
// long tasks (over 50 ms) while typing. Build the page first (npm run build:renderer).
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serializeMinutesDocument } from '../../core/storage/minutes-document';
import { caretMidMeeting, CHROMIUM, openMinuteBook } from './built-page';
import type { BenchModule } from './run-bench';
import { syntheticMeeting } from './synthetic-meeting';

const TYPED = 'The committee noted the update and thanked officers for the report. ';
const KEYS = TYPED.repeat(4);
const KEY_DELAY_MS = 45;

/** Records, per key press, the time from the keydown event to the frame after it is painted, and long tasks. */
const PROBE = `(() => {
  window.__latencies = [];
  window.__longTasks = [];
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__latencies.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
})();`;

interface Figures {
  median: number;
  p95: number;
  max: number;
  longTasks: number[];
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

async function measureTyping(page: Page): Promise<Figures> {
  await page.evaluate(PROBE);
  await page.keyboard.type(KEYS, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(1500);
  const { latencies, longTasks } = await page.evaluate(() => {
    const probe = window as unknown as { __latencies: number[]; __longTasks: number[] };
    return { latencies: probe.__latencies, longTasks: probe.__longTasks };
  });
  const sorted = [...latencies].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0, longTasks };
}

function line(label: string, figures: Figures): string {
  const over = figures.longTasks.filter((duration) => duration > 50);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return `${label.padEnd(26)} median ${ms(figures.median).padStart(9)}  p95 ${ms(figures.p95).padStart(9)}  max ${ms(figures.max).padStart(9)}  long tasks >50 ms: ${over.length}${over.length ? ` (longest ${ms(Math.max(...over))})` : ''}`;
}

async function run(): Promise<void> {
  const work = await mkdtemp(path.join(process.env.TMPDIR ?? tmpdir(), 'typing-bench-'));
  const meeting = syntheticMeeting();
  const filePath = path.join(work, 'four-hour-meeting.minutes');
  await writeFile(filePath, serializeMinutesDocument(meeting.document));
  console.log(`Meeting: ${meeting.wordCount} words in ${meeting.texts.length + 1} blocks; typing ${KEYS.length} keys, one every ${KEY_DELAY_MS} ms.`);

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-gpu', '--no-first-run'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const bare = await context.newPage();
    const paragraphs = meeting.texts.map((text) => `<p>${text.replace(/[<&]/g, '')}</p>`).join('');
    await bare.setContent(`<!doctype html><body><div contenteditable="true" spellcheck="false" style="max-width:46rem;margin:auto;font:16px/1.5 serif">${paragraphs}</div></body>`);
    await caretMidMeeting(bare, 'p');
    const baseline = await measureTyping(bare);
    await bare.close();

    const app = await context.newPage();
    await openMinuteBook(app, filePath, work);
    await caretMidMeeting(app, '.mb-editor p.mb-paragraph');
    const editor = await measureTyping(app);
    await app.close();

    console.log(line('bare contenteditable', baseline));
    console.log(line('Minute Book editor', editor));
    console.log(`p95 ratio (editor / bare): ${(editor.p95 / baseline.p95).toFixed(2)}x (target: within 1.25x and under 16 ms)`);
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}

export default { title: 'Typing latency in a 40,000-word meeting', run } satisfies BenchModule;
