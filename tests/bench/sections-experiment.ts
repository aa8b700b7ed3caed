// Throwaway: a bare contenteditable holding a synthetic meeting, (a) flat with content-visibility:auto on each
// paragraph, (b) grouped into one <section> per agenda item with content-visibility:auto on each section.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { caretMidMeeting, CHROMIUM } from './built-page';
import { mainThreadCpuOf } from './main-thread-cpu';
import { syntheticMeetingOfWords } from './synthetic-meeting';

const BURST = 'The committee noted the update and thanked officers. ';
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PROBE = `(() => {
  window.__latencies = [];
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__latencies.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  }, true);
})();`;
const esc = (text: string) => text.replace(/[<&]/g, '');

function html(texts: string[], grouped: boolean): string {
  let body = '';
  if (!grouped) body = texts.map((text) => `<p>${esc(text)}</p>`).join('');
  else {
    let open = false;
    for (const text of texts) {
      if (text.startsWith('ITEM ')) {
        if (open) body += '</section>';
        body += '<section>';
        open = true;
      }
      body += `<p>${esc(text)}</p>`;
    }
    if (open) body += '</section>';
  }
  const css = grouped
    ? 'section { content-visibility: auto; contain-intrinsic-size: auto 3000px; }'
    : '[contenteditable] > p { content-visibility: auto; contain-intrinsic-size: auto 120px; }';
  return `<!doctype html><body><style>p { margin: 0 0 0.6em; } ${css}</style><div contenteditable="true" spellcheck="true" style="width:700px;margin:auto;font:16px/1.5 'Liberation Serif'">${body}</div></body>`;
}

async function open(context: BrowserContext, texts: string[], grouped: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(html(texts, grouped));
  await page.evaluate(PROBE);
  await caretMidMeeting(page, 'p');
  return page;
}

async function burst(page: Page): Promise<number[]> {
  await page.bringToFront();
  await page.evaluate(() => ((window as unknown as { __latencies: number[] }).__latencies.length = 0));
  await page.keyboard.type(BURST, { delay: 45 });
  await page.waitForTimeout(800);
  return page.evaluate(() => [...(window as unknown as { __latencies: number[] }).__latencies]);
}
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(0.95 * values.length)]!;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'sections-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-gpu', '--no-first-run'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const words of [10_000, 40_000, 160_000]) {
    const meeting = syntheticMeetingOfWords(words);
    const pages = { flat: await open(context, meeting.texts, false), grouped: await open(context, meeting.texts, true) };
    const lat: Record<string, number[]> = { flat: [], grouped: [] };
    const cpu: Record<string, number[]> = { flat: [], grouped: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of ['flat', 'grouped'] as const) {
        lat[kind]!.push(...(await burst(pages[kind])));
        const page = pages[kind];
        await page.bringToFront();
        const traced = await mainThreadCpuOf(browser, page, work, async () => {
          await page.keyboard.type(BURST, { delay: 45 });
          await page.waitForTimeout(800);
        });
        cpu[kind]!.push(traced.totalMs / BURST.length);
      }
    }
    for (const kind of ['flat', 'grouped'] as const) {
      console.log(
        `${meeting.wordCount} words ${kind.padEnd(8)} p95 ${p95(lat[kind]!).toFixed(1)} ms  CPU/key ${cpu[kind]!.map((v) => v.toFixed(1)).join(', ')} ms  load ${loadavg()[0]!.toFixed(2)}`,
      );
    }
    await pages.flat.close();
    await pages.grouped.close();
  }
  await browser.close();
  await rm(work, { recursive: true, force: true });
}
void main();
