// The meeting's house style reaches every part of the exported minutes, not
// only motions: the heading (title, fields in order, dates and times), item
// numbers and capitals, the "none" forms, resolutions' label and numbering,
// an executive decision's part labels, every vote, names, the withdrawal at
// the item, and the close with or without a signature block. With no house
// style the existing export tests (unchanged) prove the app's own wording.
import { describe, expect, it } from 'vitest';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import { layoutTextParts } from '../../../core/export/layout-text-parts';
import type { LayoutDocument } from '../../../core/export/layout-model';
import {
  close,
  decisionPart,
  declaration,
  element,
  item,
  lexicalRoot,
  motionPart,
  person,
  planning,
  resolution,
  resolutionsHeading,
  statement,
  vote,
  withdrawal,
} from '../../fixtures/export/lexical-builders';
import { shippedHouseStyle } from '../../../core/house-style/meeting-house-style';
import { layoutOf } from './export-test-kit';
import { gothamMeetingOf, neddcCabinetOf } from '../../fixtures/export/reference-committee-meetings';

const texts = (layout: LayoutDocument) => layoutTextParts(layout).map((part) => part.text);

function gothamDocument() {
  return {
    formatVersion: 1,
    meeting: {
      ...gothamMeetingOf,
      venue: 'Memorial Hall',
      startedAt: '19:30',
      endedAt: '20:40',
      houseStyleId: 'gotham-parish-planning',
      roster: [person('anderson', '', 'J.P. Anderson', 'chair'), person('wilkins', '', 'M. Wilkins', 'member'), person('taylor', '', 'H.Taylor', 'member')],
      attendance: [
        { personId: 'anderson', status: 'present' },
        { personId: 'wilkins', status: 'present' },
        { personId: 'taylor', status: 'absent' },
      ],
      headingLayout: { present: 'Present:', absent: 'Absent:', chairSuffix: '(Chairman)' },
    },
    content: lexicalRoot([
      item('Apologies'),
      statement('no-apologies', 'There were no apologies for absence.'),
      item('Declaration on Interest'),
      statement('no-declarations', 'There were no declarations.'),
      item('Minutes of the Meeting held on Tuesday, 21st February, 2017.'),
      resolutionsHeading('It was agreed:'),
      resolution('That the Minutes be deferred until the next Planning and Development Meeting.'),
      item('Planning Applications Received'),
      element('vote', '', {
        for: 4,
        against: 0,
        abstain: 1,
        castingVote: null,
        recorded: null,
        moverId: 'anderson',
        moverName: 'J.P. Anderson',
        seconderId: 'wilkins',
        seconderName: 'M. Wilkins',
      }),
      close('anderson', 'J.P. Anderson', '19:30', '20:40'),
    ]),
  };
}

function neddcDocument() {
  return {
    formatVersion: 1,
    meeting: {
      ...neddcCabinetOf,
      venue: 'District Council Offices, Mill Lane, Wingerworth, Chesterfield, S42 6NG',
      startTime: '16:00',
      houseStyleId: 'neddc-cabinet',
      roster: [
        person('barker', 'Councillor', 'N Barker', 'chair'),
        person('barry', 'Councillor', 'J Barry', 'member'),
        person('birkin', 'Councillor', 'J Birkin', 'member'),
      ],
      attendance: [
        { personId: 'barker', status: 'present' },
        { personId: 'barry', status: 'apologies' },
        { personId: 'birkin', status: 'absent' },
      ],
    },
    content: lexicalRoot([
      item('Apologies for Absence'),
      statement('no-apologies', 'There were no apologies for absence.'),
      item('People Strategy 2024'),
      decisionPart('decision', 'That Cabinet approved the adoption of the People Strategy 2024.'),
      decisionPart('reasons', 'The Strategy will enable the Council to develop further its people.'),
      decisionPart('alternatives', 'The option of not adopting a People Strategy was considered but rejected.'),
      item('Housing'),
      resolutionsHeading('It was agreed:'),
      resolution('That the report be noted.'),
      resolution('That the plan be adopted.'),
      vote('That the plan be adopted.', { for: 5, against: 2, abstain: 0 }),
      withdrawal('barker', 'Councillor N Barker', ''),
      close('barker', 'Councillor N Barker', '16:00', '17:05'),
    ]),
  };
}

describe('the house style in the exported minutes', () => {
  it('prints Gotham’s heading, item numbers, “Nil” forms, unnumbered resolution, vote and close without a signature', () => {
    const layout = layoutOf(gothamDocument());
    const lines = texts(layout);
    expect(lines[0]).toBe('Minutes of a Meeting of the Planning & Development Committee (28/02/17)');
    // Everyone present on one line after the style's words (heading.presentOnOneLine).
    expect(lines[1]).toBe('Councillors, J.P. Anderson (Chairman), M. Wilkins.');
    // A short item's text on its title's line (print.itemTextRunOn): the title and the text are parts of one heading.
    expect(lines).toContain('1/ Apologies:');
    // The member absent without apologies, after "Nil" at the apologies item (heading.absentAtApologies).
    expect(lines).toContain('Nil Absent: H.Taylor');
    expect(lines).toContain('2/ Declaration on Interest:');
    expect(lines).toContain('Nil.');
    expect(lines).toContain('RESOLVED: That the Minutes be deferred until the next Planning and Development Meeting.');
    expect(lines).toContain('PROPOSED: J.P. Anderson SECONDED: M. Wilkins.');
    expect(lines).toContain('Vote: Four in favour, one abstention.');
    expect(lines.at(-1)).toBe('Meeting closed at 8.40 pm');
    const blocks = layout.sections[0]!.blocks;
    expect(blocks.some((block) => block.kind === 'signature')).toBe(false);
    expect(blocks.some((block) => block.kind === 'list')).toBe(false);
    expect(lines.join('\n')).not.toContain('Gotham Parish Council');
  });

  it('prints NEDDC’s title, venue, decision parts inline, numbered resolutions, vote in its words, withdrawal and close', () => {
    const lines = texts(layoutOf(neddcDocument()));
    expect(lines[0]).toBe('Cabinet - Thursday, 23rd May, 2024 4.00 pm');
    expect(lines[1]).toBe('District Council Offices, Mill Lane, Wingerworth, Chesterfield, S42 6NG');
    expect(lines).toContain('There were no apologies for absence.');
    expect(lines).toContain('RESOLVED - That Cabinet approved the adoption of the People Strategy 2024.');
    expect(lines).toContain('REASONS FOR DECISION – The Strategy will enable the Council to develop further its people.');
    expect(lines).toContain('OTHER OPTIONS CONSIDERED AND REJECTED – The option of not adopting a People Strategy was considered but rejected.');
    expect(lines).toContain('RESOLVED -');
    expect(lines).toContain('That the plan be adopted.');
    expect(lines).toContain('The motion was carried (5 for, 2 against).');
    expect(lines).toContain('Councillor N Barker left the meeting during consideration of this item.');
    expect(lines.at(-1)).toBe('The meeting concluded at 5.05 pm.');
    // "Absent" is folded away in a style that does not print it apart from apologies.
    expect(lines.join('\n')).not.toContain('J Birkin');
  });

  it('groups councillors sending apologies under one title, as NEDDC prints them', () => {
    const document = neddcDocument();
    document.content = lexicalRoot([
      item('Apologies for Absence'),
      element('apology', '', { personId: 'barry', name: 'Councillor J Barry' }),
      element('apology', '', { personId: 'birkin', name: 'Councillor J Birkin' }),
    ]);
    expect(texts(layoutOf(document))).toContain('Apologies for absence were received from Councillors J Barry and J Birkin.');
  });

  it('prints a motion’s movers by surname where the style names by surname, and the signature before the close (Bury)', () => {
    const document = neddcDocument();
    document.meeting.houseStyleId = 'bury';
    document.content = lexicalRoot([
      item('Budget'),
      motionPart('motion', 'That the budget be approved.', {
        moverId: 'barry',
        moverName: 'Councillor J Barry',
        seconderId: 'birkin',
        seconderName: 'Councillor J Birkin',
      }),
      close('barker', 'Councillor N Barker', '16:00', '17:05'),
    ]);
    const layout = layoutOf(document);
    const lines = texts(layout);
    // Bury's minutes print item titles without numbers (print.showMinuteNumbers), as its three references do.
    expect(lines).toContain('BUDGET');
    expect(lines).not.toContain('1 BUDGET');
    expect(lines).toContain('Moved by Councillor Barry, seconded by Councillor Birkin: That the budget be approved.');
    expect(lines.slice(-2)).toEqual(['COUNCILLOR N BARKER', '(Note: The meeting started at 4.00 pm and ended at 5.05 pm)']);
  });

  const voteIn = (houseStyleId: string, fields: Record<string, unknown>, houseStyle?: unknown) => {
    const document = neddcDocument();
    return texts(
      layoutOf({
        ...document,
        meeting: { ...document.meeting, houseStyleId, ...(houseStyle ? { houseStyle } : {}) },
        content: lexicalRoot([
          item('Budget'),
          element('vote', 'That the budget be approved.', {
            for: 0,
            against: 0,
            abstain: 0,
            castingVote: null,
            recorded: null,
            moverId: null,
            moverName: '',
            seconderId: null,
            seconderName: '',
            ...fields,
          }),
        ]),
      }),
    );
  };

  it('prints every kind of vote block in the style’s words: unanimous, casting, named', () => {
    expect(voteIn('neddc-cabinet', { for: 6 })).toContain('The motion was carried (unanimously).');
    expect(voteIn('gotham-parish-planning', { for: 3, against: 3, castingVote: 'for' })).toContain(
      'Vote: Three in favour, three against, carried on the Chairman’s casting vote.',
    );
    const named = voteIn('wirral-planning', {
      recorded: [
        { personId: 'barry', name: 'Councillor J Barry', choice: 'for' },
        { personId: 'birkin', name: 'Councillor J Birkin', choice: 'against' },
      ],
    });
    // A recorded vote's words are a sentence of their own; the outcome follows them (never "The motion was lost A recorded vote …").
    expect(named).toContain('A recorded vote was taken: For – Councillor J Barry; Against – Councillor J Birkin; Abstaining – none. The motion was lost.');
  });

  it('names a member in full the first time and by surname after, in a style that says so', () => {
    const own = { ...shippedHouseStyle('bury')!, names: { form: 'full-then-surname', councillorTitle: true, groupTitle: false } };
    const lines = voteIn(
      'our-own',
      { moverId: 'barry', moverName: 'Councillor J Barry', seconderId: 'barry', seconderName: 'Councillor J Barry', for: 2, against: 1 },
      own,
    );
    expect(lines).toContain('Moved by Councillor J Barry, seconded by Councillor Barry: That the budget be approved.');
  });

  it('names movers in the style’s form for them and everyone else as the roster has them (Wirral’s “Councillor S Kelly”)', () => {
    const document = neddcDocument();
    const meeting = {
      ...document.meeting,
      houseStyleId: 'wirral-planning',
      roster: [
        ...document.meeting.roster,
        person('kelly', 'Councillor', 'Stuart Kelly', 'member'),
        // The council's short form is not the initials of the roster name: the roster says it.
        { ...person('berry', 'Councillor', 'Bob Berry', 'member'), shortName: 'R Berry' },
      ],
    };
    document.content = lexicalRoot([
      item('Declarations of Interest'),
      declaration('kelly', 'Councillor Stuart Kelly', 'personal', 'in respect of item 2 by virtue of his son being a pupil at the School.'),
      item('Application'),
      motionPart('motion', '', {
        moverId: 'kelly',
        moverName: 'Councillor Stuart Kelly',
        seconderId: 'berry',
        seconderName: 'Councillor Bob Berry',
        for: 7,
        against: 7,
        castingVote: 'for',
      }),
    ]);
    const layout = layoutOf({ ...document, meeting });
    const lines = texts(layout);
    expect(lines).toContain('On a motion by Councillor S Kelly and seconded by Councillor R Berry it was –');
    expect(lines).toContain('Councillor Stuart Kelly declared a personal interest in respect of item 2 by virtue of his son being a pupil at the School.');
    expect(renderLayoutHtml(layout)).toContain('On a motion by Councillor S Kelly and seconded by Councillor R Berry it was –');
    // The same style with movers named as everyone else: the roster's name.
    const wirral = shippedHouseStyle('wirral-planning')!;
    const asOthers = { ...wirral, names: { ...wirral.names, movers: 'as-others' } };
    expect(texts(layoutOf({ ...document, meeting: { ...meeting, houseStyleId: 'our-own', houseStyle: asOthers } }))).toContain(
      'On a motion by Councillor Stuart Kelly and seconded by Councillor Bob Berry it was –',
    );
  });

  it('prints “Absent:” apart from “Apologies:” in the heading where the style shows both, in its order', () => {
    const document = neddcDocument();
    const own = { ...shippedHouseStyle('neddc-cabinet')!, heading: { title: '{committee}', fields: ['absent', 'apologies'], absentApartFromApologies: true } };
    const lines = layoutOf({ ...document, meeting: { ...document.meeting, houseStyleId: 'our-own', houseStyle: own } }).sections[0]!.blocks.find(
      (block) => block.kind === 'label-lines',
    );
    expect(lines).toEqual({
      kind: 'label-lines',
      lines: [
        { label: 'Absent:', text: 'Councillor J Birkin' },
        { label: 'Apologies for Absence:', text: 'Councillor J Barry' },
      ],
    });
  });

  it('leaves “Councillor” off the heading’s names too where the style prints none (Gotham)', () => {
    const document = gothamDocument();
    document.meeting.roster = [
      person('anderson', 'Councillor', 'J Anderson', 'chair'),
      person('wilkins', 'Councillor', 'M Wilkins', 'member'),
      person('hutter', 'Councillor', 'A Hutter', 'member'),
    ];
    document.meeting.attendance = ['anderson', 'wilkins', 'hutter'].map((personId) => ({ personId, status: 'present' }));
    const lines = texts(layoutOf(document));
    expect(lines[1]).toBe('Councillors, J Anderson (Chairman), M Wilkins, A Hutter.');
    expect(lines).toContain('PROPOSED: J Anderson SECONDED: M Wilkins.');
    // The same style with a line per group: the chair, then the others.
    const gotham = shippedHouseStyle('gotham-parish-planning')!;
    const lineByLine = { ...gotham, heading: { ...gotham.heading, presentOnOneLine: null } };
    const grouped = texts(layoutOf({ ...document, meeting: { ...document.meeting, houseStyleId: 'our-own', houseStyle: lineByLine } }));
    expect(grouped.slice(1, 3)).toEqual(['J Anderson (Chairman)', 'M Wilkins, A Hutter.']);
  });

  it('prints members absent without apologies once, after the first apologies block, where the style says; the public version without reasons', () => {
    const document = gothamDocument();
    document.meeting.attendance = [
      { personId: 'anderson', status: 'present' },
      { personId: 'wilkins', status: 'absent', reason: 'abroad' },
      { personId: 'taylor', status: 'absent' },
    ] as typeof document.meeting.attendance;
    const none = 'There were no apologies for absence.';
    document.content = lexicalRoot([item('Apologies'), statement('no-apologies', none), item('Later'), statement('no-apologies', none)]);
    const publicBlocks = layoutOf(document).sections[0]!.blocks;
    expect(publicBlocks.filter((block) => block.kind === 'heading')).toEqual([
      expect.objectContaining({ text: '1/ Apologies:', runOn: [{ text: 'Nil Absent: M. Wilkins, H.Taylor', bold: false }] }),
      expect.objectContaining({ text: '2/ Later:', runOn: [{ text: 'Nil', bold: false }] }),
    ]);
    expect(JSON.stringify(layoutOf(document, { version: 'full' }))).toContain('Nil Absent: M. Wilkins (abroad), H.Taylor');
    expect(JSON.stringify(publicBlocks)).not.toContain('abroad');
    // A style that does not print absences there: "Nil" alone.
    const gotham = shippedHouseStyle('gotham-parish-planning')!;
    const own = { ...gotham, heading: { ...gotham.heading, absentAtApologies: false } };
    expect(JSON.stringify(layoutOf({ ...document, meeting: { ...document.meeting, houseStyleId: 'our-own', houseStyle: own } }))).not.toContain('Absent:');
  });

  it('keeps late arrivals and early departures on lines of their own under a one-line “Present:”', () => {
    const document = gothamDocument();
    document.meeting.attendance = [
      { personId: 'anderson', status: 'present' },
      { personId: 'wilkins', status: 'present', arrivedLate: { time: '19:45', itemLabel: '2', itemId: null } },
    ] as typeof document.meeting.attendance;
    const lines = texts(layoutOf(document));
    expect(lines.slice(1, 3)).toEqual(['Councillors, J.P. Anderson (Chairman), M. Wilkins.', 'M. Wilkins arrived at 7.45 pm during item 2.']);
  });

  it('prints the meeting’s contact officer where the style’s heading shows it, under the style’s label', () => {
    const document = neddcDocument();
    const withContact = { ...document, meeting: { ...document.meeting, contact: 'Alan Maher, Democratic Services' } };
    const lines = layoutOf(withContact).sections[0]!.blocks.find((block) => block.kind === 'label-lines');
    expect(lines).toEqual({
      kind: 'label-lines',
      lines: [
        { label: 'Venue:', text: 'District Council Offices, Mill Lane, Wingerworth, Chesterfield, S42 6NG' },
        { label: 'Contact:', text: 'Alan Maher, Democratic Services' },
      ],
    });
    // With none recorded the line is left out, never printed empty.
    expect(texts(layoutOf(document)).join('\n')).not.toContain('Contact');
  });

  it('prints the style’s note after a decision marked not a key decision, and nothing after one not marked or marked key', () => {
    const note = shippedHouseStyle('neddc-cabinet')!.decisionParts.notKeyDecisionNote!;
    const decided = (keyDecision: string | null) => {
      const document = neddcDocument();
      const fields = keyDecision ? { keyDecision } : {};
      document.content = lexicalRoot([
        item('People Strategy 2024'),
        decisionPart('decision', 'That Cabinet approved the adoption of the People Strategy 2024.'),
        // Said on a later part, it holds for the whole record.
        decisionPart('reasons', 'The Strategy will enable the Council to develop further its people.', fields),
        decisionPart('alternatives', 'The option of not adopting a People Strategy was considered but rejected.'),
      ]);
      return texts(layoutOf(document));
    };
    expect(decided('not-key').slice(-2)).toEqual([
      'OTHER OPTIONS CONSIDERED AND REJECTED – The option of not adopting a People Strategy was considered but rejected.',
      note,
    ]);
    expect(decided('key')).not.toContain(note);
    expect(decided(null)).not.toContain(note);
  });

  it('words planning speakers in the style: Wirral’s unnamed ward councillor and applicant, and a named speaker in the style’s form', () => {
    const document = neddcDocument();
    const wirral = shippedHouseStyle('wirral-planning')!;
    const own = { ...wirral, planning: { ...wirral.planning, namedSpeaker: '{name}, the {role}, spoke.' } };
    const speakers = lexicalRoot([
      item('Land at Hoylake'),
      planning('speaker', '', { speakerRole: 'ward-member' }),
      planning('speaker', '', { speakerRole: 'applicant' }),
      planning('speaker', '', { speakerRole: 'objector', speakerName: 'Mr J Smith' }),
    ]);
    const lines = texts(layoutOf({ ...document, meeting: { ...document.meeting, houseStyleId: 'our-own', houseStyle: own }, content: speakers }));
    expect(lines.slice(-3)).toEqual([
      'A Ward Councillor addressed the Committee.',
      'The Applicant addressed the Committee.',
      'Mr J Smith, the objector, spoke.',
    ]);
    // A style written before planning speakers were styled prints the app's own words.
    const neddc = texts(layoutOf({ ...document, content: speakers }));
    expect(neddc.slice(-3)).toEqual([
      'A ward member addressed the Committee.',
      'The applicant addressed the Committee.',
      'Mr J Smith (objector) addressed the Committee.',
    ]);
  });

  it('prints a blank line for the date of signing under the chair’s signature where the style dates it, and none where it does not', () => {
    const document = neddcDocument();
    const bury = shippedHouseStyle('bury')!;
    const dated = { ...bury, close: { ...bury.close, signature: { ...bury.close.signature!, dated: true } } };
    const closing = lexicalRoot([item('Budget'), close('barker', 'Councillor N Barker', '16:00', '17:05')]);
    const signatureOf = (houseStyle: unknown) => {
      const layout = layoutOf({ ...document, meeting: { ...document.meeting, houseStyleId: 'our-own', houseStyle }, content: closing });
      return { block: layout.sections[0]!.blocks.find((block) => block.kind === 'signature'), html: renderLayoutHtml(layout) };
    };
    const signed = signatureOf(dated);
    expect(signed.block).toEqual({ kind: 'signature', name: 'COUNCILLOR N BARKER', role: 'Chair', dateLine: 'Date: ……………………' });
    expect(signed.html).toContain('<p>Chair</p><p>Date: ……………………</p>');
    expect(signatureOf(bury).block).not.toHaveProperty('dateLine');
  });

  it('prints a late arrival and an early departure in the heading in the style’s time form', () => {
    const document = gothamDocument();
    const gotham = shippedHouseStyle('gotham-parish-planning')!;
    const own = { ...gotham, datesAndTimes: { ...gotham.datesAndTimes, time: 'h.mm a.m.' } };
    document.meeting.attendance = [
      { personId: 'anderson', status: 'present' },
      {
        personId: 'wilkins',
        status: 'present',
        arrivedLate: { time: '19:45', itemLabel: '2', itemId: null },
        leftEarly: { time: '20:10', itemLabel: '4', itemId: null },
      },
    ] as typeof document.meeting.attendance;
    const lines = texts(layoutOf({ ...document, meeting: { ...document.meeting, houseStyleId: 'our-own', houseStyle: own } }));
    expect(lines).toContain('M. Wilkins arrived at 7.45 p.m. during item 2.');
    expect(lines).toContain('M. Wilkins left the meeting at 8.10 p.m. after item 4.');
  });
});
