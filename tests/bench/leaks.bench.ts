// The leak test's long run (`npm run bench -- leaks`): 10,000 generated
// meetings exported as the public version with every appendix, HTML and DOCX
// for each and PDF plus PDF/A for every hundredth, searched for the marker
// words placed only where the public version must not print
// (tests/fixtures/export/leak-meetings.ts). Prints one summary line; exits
// non-zero when anything leaked. `npm test` runs the same check with a fixed
// seed and fewer meetings (tests/core/publication/leak-property.test.ts).
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { createChromiumPdfPrinter } from '../../scripts/chromium-pdf-printer';
import { leaksOf, type LeakFound } from '../fixtures/export/leak-check';
import { buildLeakMeeting, meetingSpecArbitrary } from '../fixtures/export/leak-meetings';
import type { BenchModule } from './run-bench';

const MEETINGS = Number(process.env.MINUTE_BOOK_LEAK_MEETINGS ?? 10_000);
const PDF_EVERY = 100;
const SEED = 20220413;

const bench: BenchModule = {
  title: `Leak search in ${MEETINGS.toLocaleString('en-GB')} generated meetings (public version, every format and appendix)`,
  async run() {
    const printer = createChromiumPdfPrinter();
    const start = performance.now();
    const leaked: Array<{ index: number; leaks: LeakFound[] }> = [];
    let unsound = 0;
    let pdfs = 0;
    let markers = 0;
    try {
      // In batches, so 10,000 specs are never held at once.
      for (let from = 0; from < MEETINGS; from += 500) {
        const specs = fc.sample(meetingSpecArbitrary, { seed: SEED + from, numRuns: Math.min(500, MEETINGS - from) });
        for (const [offset, spec] of specs.entries()) {
          const index = from + offset;
          const meeting = buildLeakMeeting(spec, index);
          markers += meeting.markers.length;
          const withPdf = index % PDF_EVERY === 0;
          if (withPdf) pdfs += 1;
          const result = await leaksOf(meeting, withPdf ? printer : null);
          if (result.leaks.length) leaked.push({ index, leaks: result.leaks });
          if (result.missingFromFull.length) unsound += 1;
        }
      }
    } finally {
      await printer.close();
    }
    const seconds = ((performance.now() - start) / 1000).toFixed(0);
    console.log(
      `${MEETINGS} meetings, ${markers} private markers, ${pdfs} also as PDF and PDF/A: ${leaked.length} leaked, ${unsound} with exempt text missing from the full version (${seconds} s)`,
    );
    for (const { index, leaks } of leaked.slice(0, 5))
      console.log(`  meeting ${index}: ${leaks.map((leak) => `${leak.format} ${leak.markers.join(' ')}`).join('; ')}`);
    if (leaked.length || unsound) process.exitCode = 1;
  },
};

export default bench;
