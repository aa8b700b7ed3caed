// Nothing private reaches a public export: random meetings (every block kind,
// exempt items stored validly or not, review comments, suggestions,
// corrections, amendments, apology reasons, declarations, clerk-only notes)
// with a unique marker word in every place the public version must not
// print; the public HTML, DOCX (every part), PDF and PDF/A, with every
// appendix, must hold none of them. The full version must print the exempt
// markers, so a generator that hid them would fail here rather than pass
// vacuously. A fixed seed here; `npm run bench -- leaks` runs 10,000 meetings.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfPrinter } from '../../../scripts/chromium-pdf-printer';
import { leaksOf } from '../../fixtures/export/leak-check';
import { buildLeakMeeting, meetingSpecArbitrary } from '../../fixtures/export/leak-meetings';

const SEED = 20220413;
const printer = createChromiumPdfPrinter();
afterAll(() => printer.close());

describe('public exports leak nothing', () => {
  it('HTML and DOCX, every appendix: 150 meetings', async () => {
    await fc.assert(
      fc.asyncProperty(meetingSpecArbitrary, async (spec) => {
        const result = await leaksOf(buildLeakMeeting(spec), null);
        expect(result).toEqual({ leaks: [], missingFromFull: [] });
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 120_000);

  it('PDF and PDF/A, every appendix: 6 meetings', async () => {
    await fc.assert(
      fc.asyncProperty(meetingSpecArbitrary, async (spec) => {
        const result = await leaksOf(buildLeakMeeting(spec), printer);
        expect(result).toEqual({ leaks: [], missingFromFull: [] });
      }),
      { seed: SEED + 1, numRuns: 6 },
    );
  }, 120_000);
});
