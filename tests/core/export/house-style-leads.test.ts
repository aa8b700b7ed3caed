// The words the editor shows beside the clerk's are the export's, from one
// definition each: a standard statement in the house style's words ("Nil.",
// as the editor now inserts it) reads as the standard block and prints as one;
// printedLeads gives a motion's and a vote's words exactly as the layout
// prints them; noneWording is the app's statement with no style.
import { describe, expect, it } from 'vitest';
import { printedLeads, printedMotionResolutionsLabel } from '../../../core/export/motion-layout';
import { layoutTextParts } from '../../../core/export/layout-text-parts';
import { styledNames } from '../../../core/export/styled-names';
import { noneWording, resolutionMarker } from '../../../core/house-style/house-style-wording';
import { shippedHouseStyle } from '../../../core/house-style/meeting-house-style';
import { statements } from '../../../core/minutes/block-wording';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { element, item, lexicalRoot, motionPart, person, statement } from '../../fixtures/export/lexical-builders';
import { gothamMeetingOf } from '../../fixtures/export/reference-committee-meetings';
import { layoutOf, parseDocument } from './export-test-kit';

const roster = [person('kelly', 'Councillor', 'Stuart Kelly', 'chair'), person('berry', 'Councillor', 'Bob Berry', 'member', '', true)];
const moved = { moverId: 'kelly', moverName: 'Councillor Stuart Kelly', seconderId: 'berry', seconderName: 'Councillor Bob Berry' };
const counts = (forCount: number, against: number, abstain: number, castingVote: 'for' | 'against' | null = null) => ({
  for: forCount,
  against,
  abstain,
  castingVote,
  recorded: null,
});

function documentIn(houseStyleId: string | null, children: ReturnType<typeof item>[]) {
  return {
    formatVersion: 1,
    meeting: {
      ...gothamMeetingOf,
      venue: 'Memorial Hall',
      houseStyleId,
      roster: [...roster, person('taylor', '', 'H.Taylor', 'member')],
      attendance: [
        { personId: 'kelly', status: 'present' },
        { personId: 'berry', status: 'present' },
        { personId: 'taylor', status: 'absent' },
      ],
    },
    content: lexicalRoot(children),
  };
}

const lines = (raw: unknown) => layoutTextParts(layoutOf(raw)).map((part) => part.text);

describe('the style’s “none” words as the statement’s own', () => {
  it('reads a statement in the style’s words as the standard block, so Gotham’s absences follow its “Nil”', () => {
    const raw = documentIn('gotham-parish-planning', [
      item('Apologies'),
      statement('no-apologies', 'Nil'),
      item('Declaration on Interest'),
      statement('no-declarations', 'Nil.'),
    ]);
    const document = parseDocument(raw);
    const minutes = readMinutes(document.content, document.meeting);
    expect(minutes.items.map((entry) => entry.blocks)).toEqual([[{ kind: 'apologies', entries: [] }], [{ kind: 'declarations', entries: [] }]]);
    // Only an apologies block carries the absences (heading.absentAtApologies): a paragraph "Nil" would not.
    expect(lines(raw)).toContain('Nil Absent: H.Taylor');
  });

  it('reads another style’s “none” words, typed before the style was changed, as the standard block in the new style’s words', () => {
    const raw = documentIn('wirral-planning', [
      item('Declarations'),
      statement('no-declarations', 'Nil.'),
      item('Other'),
      statement('no-declarations', 'None, Chair.'),
    ]);
    const document = parseDocument(raw);
    expect(readMinutes(document.content, document.meeting).items[0]!.blocks).toEqual([{ kind: 'declarations', entries: [] }]);
    expect(lines(raw)).toContain('No declarations of interest were made.');
    expect(lines(raw)).not.toContain('Nil.');
    // Words of the clerk's own still print as typed.
    expect(lines(raw)).toContain('None, Chair.');
  });

  it('reads the style’s words as the clerk’s paragraph in minutes with no style', () => {
    const raw = documentIn(null, [item('Declarations'), statement('no-declarations', 'Nil.')]);
    const document = parseDocument(raw);
    expect(readMinutes(document.content, document.meeting).items[0]!.blocks).toEqual([{ kind: 'paragraph', text: [{ text: 'Nil.' }] }]);
  });

  it('is the app’s statement with no style and the style’s form with one', () => {
    expect(noneWording(null, 'no-declarations')).toBe(statements['no-declarations']);
    expect(noneWording(shippedHouseStyle('gotham-parish-planning'), 'no-declarations')).toBe('Nil.');
    expect(noneWording(shippedHouseStyle('wirral-planning'), 'no-apologies')).toBe('No apologies for absence were received.');
  });
});

describe('printedLeads: what the export prints around the clerk’s words', () => {
  it('gives Wirral’s motion lead and the resolution label with the vote inside, as printed after the motion', () => {
    const style = shippedHouseStyle('wirral-planning')!;
    const raw = documentIn('wirral-planning', [
      item('Planning'),
      motionPart('motion', 'That the application be approved.', { ...moved, ...counts(7, 7, 0, 'for') }),
      motionPart('resolution', 'that the application be approved subject to conditions.'),
    ]);
    const document = parseDocument(raw);
    const motion = readMinutes(document.content, document.meeting).items[0]!.blocks[0];
    if (motion?.kind !== 'motion') throw new Error('no motion read');
    const leads = printedLeads(style, 'motion', motion.moved, styledNames(style, document.meeting.roster));
    expect(leads).toEqual({
      before: null,
      after: 'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was – Resolved (7:7 and on the chair’s casting vote) –',
      afterIfUnresolved:
        'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was – The motion was carried (7:7 and on the chair’s casting vote).',
    });
    const printed = lines(raw).join(' ');
    expect(printed).toContain(`That the application be approved. ${leads.after} that the application be approved subject to conditions.`);
  });

  it('gives Gotham’s vote block its mover before the motion and its vote after, as printed', () => {
    const style = shippedHouseStyle('gotham-parish-planning')!;
    const raw = documentIn('gotham-parish-planning', [item('Planning'), element('vote', 'That no objection be raised.', { ...moved, ...counts(4, 0, 1) })]);
    const document = parseDocument(raw);
    const block = readMinutes(document.content, document.meeting).items[0]!.blocks[0];
    if (block?.kind !== 'vote') throw new Error('no vote read');
    const leads = printedLeads(style, 'vote', block.vote, styledNames(style, document.meeting.roster));
    expect(leads).toEqual({
      before: 'PROPOSED: Stuart Kelly SECONDED: Bob Berry.',
      after: 'Vote: Four in favour, one abstention.',
      afterIfUnresolved: 'Vote: Four in favour, one abstention.',
    });
    expect(lines(raw)).toEqual(expect.arrayContaining([`${leads.before} That no objection be raised.`, leads.after]));
  });

  it('gives an amendment’s lead and result as printed', () => {
    const style = shippedHouseStyle('gotham-parish-planning')!;
    const raw = documentIn('gotham-parish-planning', [
      item('Planning'),
      motionPart('motion', 'That no objection be raised.', { ...moved, ...counts(0, 0, 0) }),
      motionPart('amendment', 'That the Council objects.', { ...moved, ...counts(2, 3, 0) }),
    ]);
    const document = parseDocument(raw);
    const motion = readMinutes(document.content, document.meeting).items[0]!.blocks[0];
    if (motion?.kind !== 'motion') throw new Error('no motion read');
    const leads = printedLeads(style, 'amendment', motion.amendments[0]!, styledNames(style, document.meeting.roster));
    expect(leads.before).toBe('An amendment was moved by Stuart Kelly and seconded by Bob Berry:');
    expect(lines(raw)).toEqual(expect.arrayContaining([`${leads.before} That the Council objects.`, leads.after]));
  });
});

describe('what the editor shows that depends on the blocks around it, as printed', () => {
  it('gives a carried motion that resolved nothing the words the export prints for it (Wirral’s)', () => {
    const style = shippedHouseStyle('wirral-planning')!;
    const raw = documentIn('wirral-planning', [item('Planning'), motionPart('motion', '', { ...moved, ...counts(7, 7, 0, 'for') })]);
    const document = parseDocument(raw);
    const motion = readMinutes(document.content, document.meeting).items[0]!.blocks[0];
    if (motion?.kind !== 'motion') throw new Error('no motion read');
    const leads = printedLeads(style, 'motion', motion.moved, styledNames(style, document.meeting.roster));
    expect(leads.afterIfUnresolved).toBe(
      'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was – The motion was carried (7:7 and on the chair’s casting vote).',
    );
    expect(lines(raw).join(' ')).toContain(leads.afterIfUnresolved);
  });

  it('gives Gotham’s label over a motion’s resolutions, printed after the vote', () => {
    const style = shippedHouseStyle('gotham-parish-planning')!;
    const raw = documentIn('gotham-parish-planning', [
      item('Planning'),
      motionPart('motion', 'That no objection be raised.', { ...moved, ...counts(4, 0, 1) }),
      motionPart('resolution', 'That no objection be raised.'),
      motionPart('resolution', 'That the clerk writes to the applicant.'),
    ]);
    expect(printedMotionResolutionsLabel(style)).toBe('RESOLVED:');
    expect(lines(raw)).toEqual(expect.arrayContaining(['Vote: Four in favour, one abstention.', 'RESOLVED:']));
    expect(printedMotionResolutionsLabel(shippedHouseStyle('wirral-planning')!)).toBeNull();
  });

  it('marks each resolution as the export prints it: one alone unnumbered where the style says so, a bulleted run bulleted', () => {
    const gotham = shippedHouseStyle('gotham-parish-planning')!;
    expect(resolutionMarker(gotham, 1, false)).toBe('none');
    expect(resolutionMarker(gotham, 2, false)).toBe('number');
    expect(resolutionMarker(gotham, 2, true)).toBe('bullet');
    expect(resolutionMarker(shippedHouseStyle('bury')!, 1, false)).toBe('number');
    expect(resolutionMarker(null, 1, false)).toBe('number');
    expect(resolutionMarker(null, 1, true)).toBe('bullet');
    const raw = documentIn('gotham-parish-planning', [
      item('Planning'),
      element('resolutions-heading', 'RESOLVED:'),
      element('resolution', 'That the report be noted.'),
    ]);
    expect(lines(raw)).toContain('RESOLVED: That the report be noted.');
  });
});
