// The meeting's register of declared interests, and for each item a member
// must leave (prejudicial or disclosable pecuniary interest) whether the
// meeting stays quorate without them for that item.
import type { Meeting } from '../model/meeting';
import { checkQuorum } from '../model/quorum';
import { interestKindLabel } from './block-wording';
import type { Declaration } from './minutes-model';

export interface RegisterEntry {
  declaration: Declaration;
  /** "5 DRAFT IMPROVEMENT PLAN", or "the meeting as a whole". */
  concerns: string;
  kindLabel: string;
}

export interface ItemQuorum {
  itemId: string;
  item: string;
  /** Who leaves the room for the item. */
  leaving: string[];
  warning: string | null;
}

export function declarationsRegister(declarations: Declaration[], items: Array<{ itemId: string; number: string; title: string }>): RegisterEntry[] {
  const byId = new Map(items.map((item) => [item.itemId, `${item.number} ${item.title}`]));
  return declarations.map((declaration) => ({
    declaration,
    concerns: declaration.itemId ? (byId.get(declaration.itemId) ?? 'an item no longer on the agenda') : 'the meeting as a whole',
    kindLabel: interestKindLabel(declaration.kind),
  }));
}

/** Quorum re-checked for each item some members leave because of their interests. */
export function quorumWithoutLeavers(
  declarations: Declaration[],
  items: Array<{ itemId: string; number: string; title: string }>,
  meeting: Meeting,
): ItemQuorum[] {
  const leaversByItem = new Map<string, Declaration[]>();
  for (const declaration of declarations) {
    if (!declaration.leftRoom || !declaration.itemId) continue;
    leaversByItem.set(declaration.itemId, [...(leaversByItem.get(declaration.itemId) ?? []), declaration]);
  }
  return items.flatMap((item) => {
    const leavers = leaversByItem.get(item.itemId);
    if (!leavers) return [];
    const leavingIds = new Set(leavers.map((declaration) => declaration.member.personId).filter((id): id is string => id !== null));
    const check = checkQuorum(
      meeting.roster.filter((person) => !leavingIds.has(person.id)),
      meeting.attendance,
      meeting.quorum,
    );
    return [
      {
        itemId: item.itemId,
        item: `${item.number} ${item.title}`,
        leaving: leavers.map((declaration) => declaration.member.name),
        warning: check.met ? null : `For this item ${check.warning?.replace(/^The meeting is/, 'the meeting is')}`,
      },
    ];
  });
}
