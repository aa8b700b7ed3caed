// What showing the review in the page costs in long minutes: finding every
// open comment's words again in a 40,000-word meeting, as the page does after
// the clerk pauses typing, beside the plain walk of the text it needs anyway.
// A comment whose words are gone is the costly case (a loose search of the
// whole text), which is why the page follows only marks already found while
// the clerk types (renderer/review/ReviewMarks.tsx), and each text is searched
// once for every anchor (renderer/review/anchor-placer.ts).
import { performance } from 'node:perf_hooks';
import { reviewBlocks } from '../../core/review/block-text';
import { addComment } from '../../core/review/comments';
import { emptyReviewState, type ReviewState } from '../../core/review/review-schema';
import { makeAnchor } from '../../core/review/text-anchor';
import { placerFor } from '../../renderer/review/anchor-placer';
import { locateMarks } from '../../renderer/review/review-marks';
import type { BenchModule } from './run-bench';
import { fortyThousandWordMeeting } from './storage.bench';

const RUNS = 15;
const FOUND = 30;
const LOST = 3;

function median(action: () => unknown): number {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    action();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const bench: BenchModule = {
  title: 'Review marks in a 40,000-word meeting',
  async run() {
    const content = fortyThousandWordMeeting().content;
    const blocks = reviewBlocks(content);
    let review: ReviewState = emptyReviewState();
    const comment = (id: string, anchor: ReturnType<typeof makeAnchor>) =>
      addComment(review, { id, author: 'Chair', createdAt: '2022-04-20T10:00:00.000Z', body: 'Check this.', anchor });
    for (let n = 0; n < FOUND; n += 1) {
      const block = blocks[Math.floor((n * blocks.length) / FOUND)]!;
      review = comment(`found-${n}`, makeAnchor(block, 4, 30));
    }
    for (let n = 0; n < LOST; n += 1) {
      review = comment(`lost-${n}`, { ...makeAnchor(blocks[n * 7]!, 0, 10), quote: `Words the clerk later removed entirely, number ${n}.` });
    }
    const found = new Set(locateMarks(review, placerFor(content)).map((mark) => mark.id));
    console.log(`${blocks.length} blocks; ${FOUND} comments on words still there, ${LOST} on words removed; ${found.size} placed`);
    const line = (label: string, ms: number) => console.log(`${label.padEnd(64)} median ${ms.toFixed(2).padStart(8)} ms`);
    line(
      'baseline: walk the text into blocks',
      median(() => reviewBlocks(content)),
    );
    line(
      `place ${FOUND} found comments after typing (only those followed)`,
      median(() => locateMarks(review, placerFor(content), found)),
    );
    line(
      `place all ${FOUND + LOST}, looking for the ${LOST} lost ones (text changed)`,
      median(() => locateMarks(review, placerFor(content))),
    );
    const unchanged = placerFor(content);
    locateMarks(review, unchanged);
    line(
      `place all ${FOUND + LOST} again, text unchanged (a reply or resolve)`,
      median(() => locateMarks(review, unchanged)),
    );
  },
};

export default bench;
