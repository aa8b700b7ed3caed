// Checks on members withdrawing for an item:
// - a member whose declaration says they left the room for an item is
//   recorded at that item (Ctrl+Alt+W), where a reader of the minute looks;
// - the quorum is rechecked for the item without those who withdrew (by a
//   withdrawal at the item or a declaration for it): decisions taken by an
//   inquorate meeting are open to challenge, so the clerk must know.
import type { AgendaItemMinutes, Declaration, MinutesContent } from '../minutes/minutes-model';
import type { Meeting } from '../model/meeting';
import type { CheckWarning } from './check-types';
import { votingMembersPresentFor } from './present-for-item';

const sameMember = (a: { personId: string | null; name: string }, b: { personId: string | null; name: string }) =>
  a.personId && b.personId ? a.personId === b.personId : a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/** Declarations anywhere in the minutes whose member left the room for the given item. */
function leavingDeclarations(minutes: MinutesContent, itemId: string): Declaration[] {
  const all = [...minutes.preamble, ...minutes.items.flatMap((item) => item.blocks)];
  return all.flatMap((block) => (block.kind === 'declarations' ? block.entries : [])).filter((entry) => entry.leftRoom && entry.itemId === itemId);
}

/** Roster ids of the voting members who withdrew for the item: at the item, or by a declaration for it. */
export function withdrawnVotingMembers(meeting: Meeting, minutes: MinutesContent, item: AgendaItemMinutes, fromDeclarations = true): Set<string> {
  const roster = meeting.roster;
  const people = [
    ...item.blocks.flatMap((block) => (block.kind === 'withdrawal' && block.member ? [block.member] : [])),
    ...(fromDeclarations ? leavingDeclarations(minutes, item.id).map((entry) => entry.member) : []),
  ];
  const ids = new Set<string>();
  for (const person of people) {
    const match = roster.find((candidate) => candidate.voting && sameMember({ personId: candidate.id, name: candidate.name }, person));
    if (match) ids.add(match.id);
  }
  return ids;
}

export function withdrawalChecks(meeting: Meeting, minutes: MinutesContent): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  minutes.items.forEach((item, index) => {
    const place = { itemId: item.id, itemNumber: item.number, blockIndex: null };
    const recorded = item.blocks.flatMap((block) => (block.kind === 'withdrawal' && block.member ? [block.member] : []));
    for (const declaration of leavingDeclarations(minutes, item.id)) {
      if (recorded.some((member) => sameMember(member, declaration.member))) continue;
      warnings.push({
        kind: 'withdrawal-missing',
        message: `${declaration.member.name || 'A member'} declared an interest in minute ${item.number} and left the room for it, but the minute does not say so: record it at the item with Ctrl+Alt+W.`,
        ...place,
      });
    }
    const withdrawn = withdrawnVotingMembers(meeting, minutes, item);
    const present = votingMembersPresentFor(meeting, minutes.items, index);
    if (withdrawn.size === 0 || present === null || meeting.quorum <= 0) return;
    const remaining = present - withdrawn.size;
    if (remaining < meeting.quorum) {
      const members = remaining === 1 ? '1 voting member was' : `${remaining} voting members were`;
      warnings.push({
        kind: 'withdrawal-quorum',
        message: `Minute ${item.number} “${item.title || 'untitled'}”: with ${withdrawn.size === 1 ? 'one member' : `${withdrawn.size} members`} out of the room, only ${members} present for it and the quorum is ${meeting.quorum}. Record how the item was dealt with (adjourned or deferred), or check who withdrew.`,
        ...place,
      });
    }
  });
  return warnings;
}
