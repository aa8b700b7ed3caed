// Checks on a motion: it says what was moved; its vote and each amendment's
// add up (the vote block's own rules, voteProblems); and a resolution is
// recorded only for a motion that was carried — "Resolved –" under a motion
// the figures say was lost would publish a decision the meeting did not take.
import type { MinuteBlock } from '../minutes/minutes-model';
import type { CheckWarning } from './check-types';
import { voteProblems, type Present } from './vote-problems';

type Place = Pick<CheckWarning, 'itemId' | 'itemNumber' | 'blockIndex'>;

const written = (text: ReadonlyArray<{ text: string }>) => text.some((run) => run.text.trim() !== '');

export function motionChecks(block: MinuteBlock, place: Place, present: Present): CheckWarning[] {
  if (block.kind !== 'motion') return [];
  const warnings: CheckWarning[] = [];
  const { moved, amendments, resolution } = block;
  const counted = moved.counts.for + moved.counts.against + moved.counts.abstain > 0;
  if (!written(moved.motion) && !resolution.some(written)) {
    warnings.push({
      kind: 'vote-motion',
      message: 'This motion does not say what was moved: type the motion after “Motion” (Ctrl+Alt+O), or the resolution it carried.',
      ...place,
    });
  }
  if (!moved.mover && (amendments.length > 0 || resolution.length > 0) && !written(moved.motion)) {
    warnings.push({
      kind: 'motion-order',
      message: 'This amendment or resolution follows no motion: move it to just after the motion it belongs to (a motion’s parts print together, in order).',
      ...place,
    });
  }
  // Agreed without a count ("Resolved –" by assent) is a resolution with no figures; figures, once typed, must add up.
  if (counted) {
    const problems = voteProblems(moved, present);
    if (problems.length) warnings.push({ kind: 'vote-counts', message: `Vote on the motion: ${problems.join('; ')}.`, ...place });
    if (moved.result === 'lost' && resolution.some(written)) {
      warnings.push({
        kind: 'motion-result',
        message: 'A resolution is recorded under a motion the vote says was lost: check the figures and the casting vote, or delete the resolution.',
        ...place,
      });
    }
  }
  amendments.forEach((amendment, index) => {
    const problems = voteProblems(amendment, present);
    if (problems.length) warnings.push({ kind: 'vote-counts', message: `Vote on amendment ${index + 1}: ${problems.join('; ')}.`, ...place });
  });
  return warnings;
}
