// Quorum: a committee cannot take decisions unless enough voting members are
// in the room. The count changes during the meeting as members arrive late
// or leave early, so the check is "now", not "ever present".
import { attended, type AttendanceEntry } from './attendance';
import type { Person } from './person';

export interface QuorumCheck {
  /** The committee's quorum; 0 when none is set. */
  required: number;
  /** Voting members in the room now. */
  present: number;
  met: boolean;
  /** A sentence for the clerk when quorum is not met, else null. */
  warning: string | null;
}

export function checkQuorum(roster: ReadonlyArray<Person>, attendance: ReadonlyArray<AttendanceEntry>, required: number): QuorumCheck {
  const byId = new Map(attendance.map((entry) => [entry.personId, entry]));
  const present = roster.filter((person) => {
    const entry = byId.get(person.id);
    return person.voting && attended(entry) && !entry?.leftEarly;
  }).length;
  const met = required <= 0 || present >= required;
  const noun = (count: number) => `${count} voting member${count === 1 ? '' : 's'}`;
  return {
    required,
    present,
    met,
    warning: met
      ? null
      : `The meeting is not quorate: ${noun(present)} present, ${required} needed. Decisions cannot be taken until ${required - present} more ${required - present === 1 ? 'voting member is' : 'voting members are'} present.`,
  };
}
