// Keystroke overhead of the three reference meetings (NEDDC Cabinet, Gotham
// Parish Planning, Wirral Planning): each is set up as a known committee,
// started with New meeting and minuted from the keyboard by the same script
// its e2e spec runs, in the built page in Chromium. Prints one line a meeting,
// "overhead <meeting>: x%" (keys pressed beyond the prose, as a share of the
// prose; each key of a chord counts), then the keys New meeting took. Target:
// under 5% each, set-up under 30 keys. Build the page first (npm run build:renderer).
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countKeys, overheadPercent } from '../e2e/fixtures/counted-keys';
import { knowCommittee, startKnownMeeting, type ReferenceMeeting } from '../e2e/fixtures/reference-meeting';
import { referenceMeetings } from '../e2e/fixtures/reference-meetings';
import { CHROMIUM, loadMinuteBook } from './built-page';
import type { BenchModule } from './run-bench';

interface Figures {
  setUp: number;
  keys: number;
  strokes: number;
  prose: number;
}

async function minuteFromKeyboard(meeting: ReferenceMeeting, work: string): Promise<Figures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' })).newPage();
    const table = await loadMinuteBook(page, work);
    const committeeId = await knowCommittee(table, path.join(work, 'app-data'), meeting);
    const count = countKeys(page);
    await startKnownMeeting(page, meeting, committeeId);
    const setUp = count.keys;
    const setUpStrokes = count.strokes;
    await meeting.minute(page);
    return { setUp, keys: count.keys - setUp, strokes: count.strokes - setUpStrokes, prose: count.prose };
  } finally {
    await browser.close();
  }
}

const bench: BenchModule = {
  title: 'Keystroke overhead of the reference meetings',
  async run() {
    const setUps: string[] = [];
    for (const meeting of referenceMeetings) {
      const work = await mkdtemp(path.join(tmpdir(), `minute-book-overhead-${meeting.name}-`));
      try {
        const figures = await minuteFromKeyboard(meeting, work);
        console.log(`overhead ${meeting.name}: ${overheadPercent(figures.keys, figures.prose).toFixed(1)}%`);
        const chordsAsOne = overheadPercent(figures.strokes, figures.prose).toFixed(1);
        setUps.push(
          `${meeting.name} ${figures.setUp} (then ${figures.keys} keys for ${figures.prose} characters of prose; ${chordsAsOne}% counting a chord as one keystroke)`,
        );
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    }
    console.log(`set-up keys (New meeting of a known committee; target under 30): ${setUps.join(', ')}`);
  },
};

export default bench;
