// The result of a vote, computed from its counts (never typed), so the minutes
// cannot say "carried" beside figures that say otherwise.
import type { Vote, VoteChoice } from './minutes-model';

export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

/**
 * Carried when more members voted for than against. On a tie the chair's
 * casting vote decides; a tie with no casting vote is lost (the motion did
 * not gain a majority).
 */
export function voteResult(counts: VoteCounts, castingVote: 'for' | 'against' | null): Vote['result'] {
  if (counts.for > counts.against) return 'carried';
  if (counts.for < counts.against) return 'lost';
  return castingVote === 'for' ? 'carried' : 'lost';
}

/** A recorded (named) vote's counts. */
export function countRecorded(recorded: ReadonlyArray<{ choice: VoteChoice }>): VoteCounts {
  const counts: VoteCounts = { for: 0, against: 0, abstain: 0 };
  for (const entry of recorded) counts[entry.choice] += 1;
  return counts;
}

/** "For 7, against 2, abstentions 1: carried (on the chair's casting vote)." */
export function describeVote(counts: VoteCounts, castingVote: 'for' | 'against' | null): string {
  const result = voteResult(counts, castingVote);
  const tie = counts.for === counts.against && castingVote !== null;
  const figures = `For ${counts.for}, against ${counts.against}, abstentions ${counts.abstain}`;
  return `${figures}: ${result}${tie ? ' on the chair’s casting vote' : ''}.`;
}

interface Voter {
  id: string;
  voting: boolean;
  retired: boolean;
}

/**
 * Who is asked for in a recorded vote: voting members not retired, and of
 * those only the ones the roll shows as present or substituting (everyone, if
 * the roll has not been taken).
 */
export function eligibleVoters<P extends Voter>(roster: ReadonlyArray<P>, attendance: ReadonlyArray<{ personId: string; status: string }>): P[] {
  const members = roster.filter((person) => person.voting && !person.retired);
  if (attendance.length === 0) return members;
  const present = new Set(attendance.filter((entry) => entry.status === 'present' || entry.status === 'substitute').map((entry) => entry.personId));
  return members.filter((person) => present.has(person.id));
}
