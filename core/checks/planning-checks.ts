// Checks on a planning item: what a planning officer would send back before
// the minutes go out.
// - Every application considered has a decision, and every decision says
//   what it was (approved, refused, deferred…).
// - A refusal gives its reasons: the decision notice must state them clearly
//   and precisely (article 35 of the Town and Country Planning (Development
//   Management Procedure) (England) Order 2015), and the minutes are where
//   they come from.
// - An approval "subject to the following conditions" lists them.
// - An application is named by its reference.
// - The figures of a motion that carried the decision add up.
import { outcomeTakesConditions } from '../blocks/planning-application-block';
import type { MinuteBlock } from '../minutes/minutes-model';
import type { CheckWarning } from './check-types';
import { voteProblems, type Present } from './vote-problems';

type Place = Pick<CheckWarning, 'itemId' | 'itemNumber' | 'blockIndex'>;

const written = (parts: ReadonlyArray<ReadonlyArray<{ text: string }>>) => parts.some((part) => part.some((run) => run.text.trim()));

function named(reference: string): string {
  return reference ? `Application ${reference}` : 'This application';
}

/** The item's planning blocks checked together: an application needs a decision after it in the same item. */
export function planningChecks(blocks: ReadonlyArray<MinuteBlock>, place: (blockIndex: number | null) => Place, present: Present): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'planning-application') {
      const { reference } = block.application;
      if (!reference)
        warnings.push({
          kind: 'planning-reference',
          message: 'This planning application has no reference (such as 23/01234/FUL): press Ctrl+Alt+F on it to add one.',
          ...place(index),
        });
      // The decision is the next one after the application, before any later application.
      const next = blocks.slice(index + 1).find((later) => later.kind === 'planning-application' || later.kind === 'planning-decision');
      if (next?.kind !== 'planning-decision') {
        warnings.push({
          kind: 'planning-decision',
          message: `${named(reference)} has no decision recorded: add one with the Planning decision block (Ctrl+Alt+G), or say it was withdrawn or deferred.`,
          ...place(index),
        });
      }
    }
    if (block.kind !== 'planning-decision') return;
    const who = named(block.reference);
    // The motion that carried the decision is checked as any motion's vote is.
    if (block.motion) {
      const problems = voteProblems(block.motion.moved, present);
      if (problems.length) warnings.push({ kind: 'vote-counts', message: `Vote on the motion: ${problems.join('; ')}.`, ...place(index) });
    }
    if (block.outcome === 'none') {
      warnings.push({
        kind: 'planning-decision',
        message: `${who}: the decision does not say what was decided (approved, refused or deferred). Press Ctrl+Alt+F on it to choose.`,
        ...place(index),
      });
    }
    if (block.outcome === 'refuse' && !written(block.reasons)) {
      warnings.push({
        kind: 'planning-reasons',
        message: `${who} was refused, but no reasons for refusal are recorded: a refusal must give its reasons. Press Enter at the end of the decision to number them.`,
        ...place(index),
      });
    }
    if (outcomeTakesConditions(block.outcome) && !written(block.conditions)) {
      warnings.push({
        kind: 'planning-conditions',
        message: `${who} was approved subject to conditions, but none are listed: the minutes would end at “the following conditions:”. Press Enter at the end of the decision to number them.`,
        ...place(index),
      });
    }
  });
  return warnings;
}
