// What is wrong with a vote's figures, for a vote block, a motion and each
// amendment alike: more votes than voting members in the room, counts that
// disagree with the named vote, a casting vote without a tie, a result the
// counts do not give.
import type { Vote } from '../minutes/minutes-model';
import { voteResult } from '../minutes/vote-result';

/** Voting members at the meeting, and of those the ones in the room for the item (see present-for-item.ts). */
export interface Present {
  meeting: number | null;
  item: number | null;
}

/** What is wrong with a vote's figures: more votes than members present, counts that disagree with the names or the result. */
export function voteProblems(vote: Vote, present: Present): string[] {
  const { counts, castingVote, result, recorded } = vote;
  const total = counts.for + counts.against + counts.abstain;
  const problems: string[] = [];
  if (total === 0) problems.push('no votes are recorded');
  if (present.item !== null && total > present.item) {
    const forItem = present.item !== present.meeting ? ' for this item (others arrived later or had left)' : '';
    const members = present.item === 1 ? '1 voting member was' : `${present.item} voting members were`;
    problems.push(`${total} votes were counted but only ${members} present${forItem}`);
  }
  if (recorded) {
    const tally = { for: 0, against: 0, abstain: 0 };
    for (const entry of recorded) tally[entry.choice] += 1;
    if (tally.for !== counts.for || tally.against !== counts.against || tally.abstain !== counts.abstain)
      problems.push('the counts do not match the recorded vote');
  }
  if (castingVote && counts.for !== counts.against) problems.push('a casting vote is recorded but the vote was not tied');
  if (voteResult(counts, castingVote) !== result) problems.push(`the result says ${result} but the counts say ${voteResult(counts, castingVote)}`);
  return problems;
}
