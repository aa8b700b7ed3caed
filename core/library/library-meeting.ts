// What the library keeps of one minutes file: the meeting's particulars and
// its text cut into passages (an item's title, each paragraph, resolution,
// vote, action, declaration…), each with the minute it sits under, so a search
// can say "Planning, 28 February 2017, minute 8" and open the file there.
// Pure: works on a parsed MinutesDocument; the files stay the source of truth.
import { readMinutes } from '../minutes/read-minutes';
import type { MinuteBlock, PersonRef, RichText } from '../minutes/minutes-model';
import { plainText } from '../minutes/rich-text-json';
import type { MinutesDocument } from '../storage/minutes-document';

/** The kinds of passage a search can be narrowed to. */
export const passageKinds = ['title', 'text', 'resolution', 'vote', 'action', 'declaration', 'apology', 'question'] as const;
export type PassageKind = (typeof passageKinds)[number];

export interface LibraryPassage {
  /** The agenda item's id (the editor keys on it), or null for text before the first item. */
  itemId: string | null;
  minuteNumber: string;
  itemTitle: string;
  kind: PassageKind;
  text: string;
  /** The people the passage names through a field (mover, owner, member…), for searching by name. */
  names: string[];
}

export interface LibraryAction {
  actionId: string;
  owner: string;
  description: string;
  /** ISO date or null. */
  due: string | null;
  itemId: string | null;
  minuteNumber: string;
  itemTitle: string;
}

export interface LibraryMeeting {
  committeeId: string;
  committeeName: string;
  councilName: string;
  title: string;
  /** ISO date, or '' when the meeting has none yet. */
  date: string;
  passages: LibraryPassage[];
  actions: LibraryAction[];
}

const text = (rich: RichText): string => plainText(rich).replace(/\s+/g, ' ').trim();
const names = (...people: Array<PersonRef | null>): string[] => people.flatMap((person) => (person?.name.trim() ? [person.name.trim()] : []));

interface ItemPlace {
  itemId: string | null;
  minuteNumber: string;
  itemTitle: string;
}

export function libraryMeetingOf(document: MinutesDocument): LibraryMeeting {
  const { meeting } = document;
  const minutes = readMinutes(document.content, meeting);
  const passages: LibraryPassage[] = [];
  const actions: LibraryAction[] = [];
  const place = (item: ItemPlace) => ({
    add: (kind: PassageKind, body: string, people: string[] = []) => {
      if (body || people.length > 0) passages.push({ ...item, kind, text: body, names: people });
    },
  });

  const addBlocks = (item: ItemPlace, blocks: MinuteBlock[]) => {
    const at = place(item);
    for (const block of blocks) {
      switch (block.kind) {
        case 'paragraph':
          at.add('text', text(block.text));
          break;
        case 'list':
          for (const entry of block.items) at.add('text', text(entry));
          break;
        case 'apologies':
          for (const entry of block.entries) at.add('apology', [entry.person.name, entry.reason].filter(Boolean).join(': '), names(entry.person));
          break;
        case 'declarations':
          for (const entry of block.entries) at.add('declaration', [entry.member.name, text(entry.reason)].filter(Boolean).join(': '), names(entry.member));
          break;
        case 'question':
          at.add('question', [text(block.question), text(block.response)].filter(Boolean).join(' '), names(block.askedBy, block.respondent));
          break;
        case 'resolutions':
          for (const resolution of block.resolutions) at.add('resolution', text(resolution));
          break;
        case 'cabinet-decision':
          for (const part of [...block.decision, ...block.reasons, ...block.alternatives]) at.add('resolution', text(part));
          break;
        case 'vote':
          at.add('vote', text(block.vote.motion), names(block.vote.mover, block.vote.seconder, ...(block.vote.recorded ?? []).map((entry) => entry.member)));
          break;
        case 'action': {
          const owner = block.action.owner?.name.trim() ?? '';
          at.add('action', text(block.action.description), names(block.action.owner));
          actions.push({ actionId: block.action.id, owner, description: text(block.action.description), due: block.action.due, ...item });
          break;
        }
        case 'no-questions':
        case 'no-urgent-business':
          break;
      }
    }
  };

  addBlocks({ itemId: null, minuteNumber: '', itemTitle: '' }, minutes.preamble);
  for (const item of minutes.items) {
    const itemPlace = { itemId: item.id || null, minuteNumber: item.number, itemTitle: item.title };
    place(itemPlace).add('title', item.title);
    addBlocks(itemPlace, item.blocks);
  }
  return {
    committeeId: meeting.committeeId,
    committeeName: meeting.committeeName,
    councilName: meeting.councilName,
    title: meeting.title,
    date: meeting.date,
    passages,
    actions,
  };
}
