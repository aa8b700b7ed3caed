// @vitest-environment jsdom
// What a block shows that depends on the blocks around it, as the export
// prints it (printed-runs.ts, from resolutionMarker and printedLeads): one
// resolution standing alone is unnumbered where the style says so, Gotham's
// "RESOLVED:" stands over a motion's resolutions after its vote, and Wirral's
// carried motion that resolved nothing reads "The motion was carried (…).";
// a style naming people in full only the first time does so in document order.
import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { textJson } from '../../../core/minutes/serialized-nodes';
import type { Person } from '../../../core/model/person';
import { meetingPrintOfTheme, minutesThemeFor, printHolderOfTheme } from '../../../renderer/editor/minutes-theme';
import { $redrawLeads } from '../../../renderer/editor/plugins/HouseStyleLeadsPlugin';
import { $printedRunMarks } from '../../../renderer/editor/plugins/printed-runs';
import { drawnMinutes } from './node-harness';

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const;
const councillor = (id: string, name: string): Person => ({ id, title: 'Councillor', name, role: 'member', jobTitle: '', voting: true, retired: false });
const roster = [councillor('kelly', 'Stuart Kelly'), councillor('berry', 'Bob Berry')];
const moved = { moverId: 'kelly', moverName: 'Councillor Stuart Kelly', seconderId: 'berry', seconderName: 'Councillor Bob Berry' };
const carried = { for: 7, against: 7, abstain: 0, recorded: null, castingVote: 'for' };
const noVote = { for: 0, against: 0, abstain: 0, recorded: null, castingVote: null };
const paragraph = (text: string) => ({ type: 'paragraph', ...element, textFormat: 0, textStyle: '', children: [textJson(text)] });
const heading = { type: 'resolutions-heading', ...element, children: [textJson('RESOLVED:')], style: 'numbered' };
const resolution = (text: string) => ({ type: 'resolution', ...element, children: [textJson(text)] });
const motion = (text: string, vote: object = carried) => ({ type: 'motion', ...element, children: [textJson(text)], part: 'motion', ...moved, ...vote });
const motionResolution = (text: string) => ({ type: 'motion', ...element, children: [textJson(text)], part: 'resolution', ...moved, ...noVote });

function editorFor(houseStyleId: string | null, blocks: object[]): { editor: LexicalEditor; page: HTMLElement } {
  return drawnMinutes(minutesThemeFor({ houseStyleId, roster }), blocks);
}

/** Each block's marks in document order (its text, then the marks), as ResolutionStylePlugin sets them. */
function marksIn(houseStyleId: string | null, blocks: object[]): Array<[string, Record<string, unknown>]> {
  const { editor } = editorFor(houseStyleId, blocks);
  return editor.getEditorState().read(() => {
    const marks = $printedRunMarks(meetingPrintOfTheme(editor._config.theme).style, false);
    return [...marks].map(([key, fields]) => [editor.getElementByKey(key)!.textContent!, fields]);
  });
}

const single = [heading, resolution('That the report be noted.'), paragraph('Next item.'), heading, resolution('That A.'), resolution('That B.')];

describe('resolution numbers as printed', () => {
  it('leaves one resolution standing alone unnumbered where the style does, and numbers a run of two', () => {
    expect(marksIn('gotham-parish-planning', single)).toEqual([
      ['That the report be noted.', { bulleted: false, unnumbered: true }],
      ['That A.', { bulleted: false, unnumbered: false }],
      ['That B.', { bulleted: false, unnumbered: false }],
    ]);
  });

  it('numbers one alone where the style numbers it (Bury’s), and with no style as before', () => {
    for (const style of ['bury', null]) expect(marksIn(style, single)[0]).toEqual(['That the report be noted.', { bulleted: false, unnumbered: false }]);
  });

  it('numbers a motion’s resolutions as the style does', () => {
    const marks = marksIn('gotham-parish-planning', [motion('That the plans be approved.'), motionResolution('That X.')]);
    expect(marks[0]![1]).toMatchObject({ bulleted: false, unnumbered: true });
  });
});

describe('the motion’s leads that depend on what follows it', () => {
  it('marks the part Gotham’s “RESOLVED:” follows, over the motion’s resolutions, which the motion carries', () => {
    const { editor, page } = editorFor('gotham-parish-planning', [
      motion('That the plans be approved.'),
      motionResolution('That X.'),
      motionResolution('That Y.'),
    ]);
    expect(page.querySelector('.mb-motion')!.getAttribute('data-resolutions-label')).toBe('RESOLVED:');
    const marks = editor.getEditorState().read(() => $printedRunMarks(meetingPrintOfTheme(editor._config.theme).style, false));
    const motionKey = editor.getEditorState().read(() => [...marks.keys()].find((key) => editor.getElementByKey(key)!.dataset.part === 'motion')!);
    expect(marks.get(motionKey)).toEqual({ 'before-resolutions': true, resolves: null });
  });

  it('has no label to add where the vote goes inside it (Wirral’s)', () => {
    const { page } = editorFor('wirral-planning', [motion('That the plans be approved.'), motionResolution('That X.')]);
    expect(page.querySelector('.mb-motion')!.hasAttribute('data-resolutions-label')).toBe(false);
  });

  it('marks Wirral’s carried motion that resolved nothing, and gives it the words the export prints', () => {
    const { page } = editorFor('wirral-planning', [motion(''), paragraph('Next.')]);
    expect(page.querySelector('.mb-motion')!.getAttribute('data-summary-if-unresolved')).toBe(
      'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was – The motion was carried (7:7 and on the chair’s casting vote).',
    );
    expect(marksIn('wirral-planning', [motion(''), paragraph('Next.')])).toEqual([['', { 'before-resolutions': null, resolves: false }]]);
    // Its words, once typed, are what it resolved: the label with the vote stands.
    expect(marksIn('wirral-planning', [motion('That the plans be approved.'), paragraph('Next.')])[0]![1]).toMatchObject({ resolves: null });
  });
});

describe('names in full on first mention and by surname after', () => {
  const declaration = (text: string) => ({
    type: 'declaration',
    ...element,
    children: [textJson(text)],
    memberId: 'kelly',
    memberName: 'Councillor Stuart Kelly',
    kind: 'personal',
    leftRoom: false,
    itemId: null,
  });

  it('draws the leads in document order with one namer, as the export names people', () => {
    const { editor, page } = editorFor('wirral-planning', [declaration('as a neighbour.'), declaration('as a member of the club.')]);
    const wirral = meetingPrintOfTheme(editor._config.theme).style!;
    const print = { style: { ...wirral, names: { ...wirral.names, form: 'full-then-surname' as const } }, roster, startedAt: '', endedAt: '' };
    printHolderOfTheme(editor._config.theme)!.set(print);
    editor.getEditorState().read(() => $redrawLeads(editor, print));
    const leads = [...page.querySelectorAll('.mb-declaration')].map((block) => block.getAttribute('data-lead'));
    expect(leads).toEqual(['Councillor Stuart Kelly declared a personal interest', 'Councillor Kelly declared a personal interest']);
  });
});
