// @vitest-environment jsdom
// The editor's leads are the words the export prints in the meeting's house
// style, from the same core functions (noneWording, printedLeads,
// declarationLeftRoomSentence, styledCloseBlocks, the style's namer): Gotham's
// "Nil." and "PROPOSED: … SECONDED: …." with "Vote: Four in favour, one
// abstention.", Wirral's "On a motion by Councillor S Kelly … it was –
// Resolved (7:7 and on the chair’s casting vote) –". With no style the editor
// shows what it always has, and a changed style redraws the leads without
// touching the document.
import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { textJson } from '../../../core/minutes/serialized-nodes';
import type { Person } from '../../../core/model/person';
import { meetingPrintOf, minutesThemeFor, printHolderOfTheme } from '../../../renderer/editor/minutes-theme';
import { BlockNode } from '../../../renderer/editor/nodes/BlockNode';
import { $dfs } from '@lexical/utils';
import { $getRoot } from 'lexical';
import { drawnMinutes } from './node-harness';

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const;
const councillor = (id: string, name: string): Person => ({ id, title: 'Councillor', name, role: 'member', jobTitle: '', voting: true, retired: false });
const roster = [councillor('kelly', 'Stuart Kelly'), councillor('berry', 'Bob Berry'), councillor('anderson', 'J.P. Anderson')];
const noVote = { for: 0, against: 0, abstain: 0, recorded: null, castingVote: null };
const moved = { moverId: 'kelly', moverName: 'Councillor Stuart Kelly', seconderId: 'berry', seconderName: 'Councillor Bob Berry' };
const blocks = [
  { type: 'apology', ...element, children: [textJson('')], personId: 'anderson', name: 'Councillor J.P. Anderson' },
  {
    type: 'declaration',
    ...element,
    children: [textJson('as a neighbour.')],
    memberId: 'anderson',
    memberName: 'Councillor J.P. Anderson',
    kind: 'prejudicial',
    leftRoom: true,
    itemId: null,
  },
  { type: 'vote', ...element, children: [textJson('That the application be approved.')], ...moved, ...noVote, for: 4, against: 0, abstain: 1 },
  { type: 'planning-application', ...element, children: [textJson('')], part: 'speaker', speakerRole: 'ward-member', speakerId: null, speakerName: '' },
  {
    type: 'motion',
    ...element,
    children: [textJson('That the application be refused.')],
    part: 'motion',
    ...moved,
    ...noVote,
    for: 7,
    against: 7,
    castingVote: 'for',
  },
];

function editorFor(meeting: { houseStyleId: string | null }): { editor: LexicalEditor; page: HTMLElement } {
  return drawnMinutes(minutesThemeFor({ ...meeting, roster, startedAt: '19:30', endedAt: '20:40' }), blocks);
}

const attr = (page: HTMLElement, selector: string, name: string) => page.querySelector(selector)?.getAttribute(`data-${name}`) ?? null;

describe('the editor’s leads in the meeting’s house style', () => {
  it('shows Gotham’s words: the declaration as printed, its leaving, the mover and the vote', () => {
    const { page } = editorFor({ houseStyleId: 'gotham-parish-planning' });
    expect(attr(page, '.mb-apology', 'lead')).toBe('Apologies: J.P. Anderson\u00a0—');
    expect(attr(page, '.mb-declaration', 'lead')).toBe('J.P. Anderson declared a prejudicial interest');
    expect(attr(page, '.mb-declaration', 'left-room-note')).toBe('They left the meeting for this item and returned after it.');
    expect(attr(page, '.mb-vote', 'lead')).toBe('PROPOSED: Stuart Kelly SECONDED: Bob Berry.');
    expect(attr(page, '.mb-vote', 'summary')).toBe('Vote: Four in favour, one abstention.');
    expect(attr(page, '.mb-motion', 'lead')).toBe('PROPOSED: Stuart Kelly SECONDED: Bob Berry.');
    expect(attr(page, '.mb-motion', 'summary')).toBe('Vote: Seven in favour, seven against, carried on the Chairman’s casting vote.');
  });

  it('shows Wirral’s motion as printed: the movers by initials and the vote inside “Resolved –”', () => {
    const { page } = editorFor({ houseStyleId: 'wirral-planning' });
    expect(attr(page, '.mb-motion', 'lead')).toBeNull();
    expect(attr(page, '.mb-motion', 'summary')).toBe(
      'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was – Resolved (7:7 and on the chair’s casting vote) –',
    );
    expect(attr(page, '.mb-declaration', 'lead')).toBe('Councillor J.P. Anderson declared a prejudicial interest');
    expect(attr(page, '.mb-planning', 'lead')).toBe('A Ward Councillor addressed the Committee.');
  });

  it('shows the app’s own words with no style, as before', () => {
    const { page } = editorFor({ houseStyleId: null });
    expect(attr(page, '.mb-declaration', 'lead')).toBe('Councillor J.P. Anderson declared a prejudicial interest');
    expect(attr(page, '.mb-declaration', 'left-room-note')).toBeNull();
    expect(attr(page, '.mb-vote', 'printed')).toBeNull();
    expect(attr(page, '.mb-vote', 'summary')).toBe(
      'Moved by Councillor Stuart Kelly, seconded by Councillor Bob Berry. For 4, against 0, abstentions 1: carried.',
    );
    expect(attr(page, '.mb-motion', 'lead')).toBe('Motion (moved by Councillor Stuart Kelly, seconded by Councillor Bob Berry):');
    expect(attr(page, '.mb-planning', 'lead')).toBe('A ward member addressed the Committee.');
    expect(attr(page, '.mb-apology', 'lead')).toBe('Apologies: Councillor J.P. Anderson\u00a0—');
  });

  it('redraws the leads in a changed style without touching the document', () => {
    const { editor, page } = editorFor({ houseStyleId: 'gotham-parish-planning' });
    const before = JSON.stringify(editor.getEditorState().toJSON());
    const print = meetingPrintOf({ houseStyleId: 'wirral-planning', roster });
    printHolderOfTheme(editor._config.theme)!.set(print);
    editor.getEditorState().read(() => {
      for (const { node } of $dfs($getRoot())) if (node instanceof BlockNode) node.redrawLeads(editor.getElementByKey(node.getKey())!, print);
    });
    expect(attr(page, '.mb-vote', 'lead')).toBe('On a motion by Councillor S Kelly and seconded by Councillor B Berry it was –');
    expect(attr(page, '.mb-declaration', 'left-room-note')).toBe('They left the meeting during consideration of this item.');
    expect(JSON.stringify(editor.getEditorState().toJSON())).toBe(before);
  });
});
