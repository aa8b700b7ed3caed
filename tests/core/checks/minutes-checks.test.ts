// Pre-export checks: each kind fires on the block it is about, and the
// reference meetings get the warnings a monitoring officer would give.
import { describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../core/checks/minutes-checks';
import { readMinutes } from '../../../core/minutes/read-minutes';
import type { AgendaItemMinutes, MinuteBlock, MinutesContent } from '../../../core/minutes/minutes-model';
import { shippedHouseStyle } from '../../../core/house-style/meeting-house-style';
import { meetingSchema } from '../../../core/model/meeting';
import { seed000Document } from '../../fixtures/export/seed-000-document';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { parseDocument } from '../export/export-test-kit';

const meeting = meetingSchema.parse({
  councilName: 'Bury Council',
  committeeName: 'Cabinet',
  title: 'Cabinet',
  date: '2022-04-13',
  venue: '',
  roster: [
    { id: 'a', title: 'Councillor', name: 'T Tariq', role: 'member', jobTitle: '', voting: true, retired: false },
    { id: 'b', title: 'Councillor', name: 'E O’Brien', role: 'chair', jobTitle: '', voting: true, retired: false },
  ],
  attendance: [
    { personId: 'a', status: 'present' },
    { personId: 'b', status: 'present' },
  ],
  glossary: [{ acronym: 'DfE', meaning: 'Department for Education' }],
});

const item = (blocks: MinuteBlock[], extra: Partial<AgendaItemMinutes> = {}): AgendaItemMinutes => ({
  id: 'item-1',
  number: '7',
  title: 'Budget',
  exempt: null,
  urgent: false,
  blocks,
  ...extra,
});
const minutesOf = (...items: AgendaItemMinutes[]): MinutesContent => ({ preamble: [], items, close: null });
const text = (value: string) => [{ text: value }];
const kinds = (minutes: MinutesContent) => checkMinutes(meeting, minutes).map((warning) => warning.kind);

describe('checkMinutes', () => {
  it('flags a cabinet decision without reasons or alternatives, pointing at the block', () => {
    const warnings = checkMinutes(
      meeting,
      minutesOf(
        item([
          { kind: 'paragraph', text: text('Discussed.') },
          { kind: 'cabinet-decision', decision: [text('Approved.')], reasons: [], alternatives: [text('  ')] },
        ]),
      ),
    );
    expect(warnings.map((warning) => [warning.kind, warning.itemId, warning.itemNumber, warning.blockIndex])).toEqual([
      ['decision-reasons', 'item-1', '7', 1],
      ['decision-alternatives', 'item-1', '7', 1],
    ]);
    expect(
      kinds(minutesOf(item([{ kind: 'cabinet-decision', decision: [text('Approved.')], reasons: [text('Cost.')], alternatives: [text('None.')] }]))),
    ).toEqual([]);
  });

  it('says before export that a house style kept in the minutes cannot be read, with the field and the fix', () => {
    const gotham = shippedHouseStyle('gotham-parish-planning')!;
    const damaged = { ...meeting, houseStyleId: 'gotham-parish-planning', houseStyle: { ...gotham, votes: { ...gotham.votes, counted: '{tallly}' } } };
    const [warning] = checkMinutes(damaged, minutesOf(item([{ kind: 'paragraph', text: text('Noted.') }])));
    expect(warning).toMatchObject({ kind: 'house-style', itemId: null, blockIndex: null });
    expect(warning!.message).toContain(
      'These minutes will not export until their house style is put right: House style “gotham-parish-planning, kept in these minutes”',
    );
    expect(warning!.message).toContain('{tallly}');
    expect(checkMinutes({ ...meeting, houseStyleId: 'gotham-parish-planning', houseStyle: gotham }, minutesOf()).map((found) => found.kind)).toEqual([]);
  });

  it('flags an exempt item whose Schedule 12A paragraph is not 1 to 7', () => {
    expect(kinds(minutesOf(item([{ kind: 'paragraph', text: text('Considered in private.') }], { exempt: { paragraph: 'commercial' } })))).toEqual([
      'exempt-paragraph',
    ]);
    expect(kinds(minutesOf(item([{ kind: 'paragraph', text: text('Considered in private.') }], { exempt: { paragraph: '3' } })))).toEqual([]);
  });

  it('flags undefined acronyms once, but not glossary ones or ones spelt out where used', () => {
    const warnings = checkMinutes(
      meeting,
      minutesOf(item([{ kind: 'paragraph', text: text('The DfE and the MASH met. The Children in Care Council (CiCC) spoke. MASH again.') }])),
    );
    expect(warnings.map((warning) => warning.message)).toEqual(['“MASH” is not in the committee’s glossary and is not spelt out where first used.']);
  });

  it('flags a roster name spelt another way', () => {
    const warnings = checkMinutes(meeting, minutesOf(item([{ kind: 'paragraph', text: text('Councillor Tarig explained the plan.') }])));
    expect(warnings).toMatchObject([{ kind: 'name-variant', message: '“Tarig” looks like a misspelling of “Tariq” on the roster.', blockIndex: 0 }]);
  });

  it('flags an action without an owner', () => {
    expect(kinds(minutesOf(item([{ kind: 'action', action: { id: 'x', owner: null, description: text('Write to the school'), due: null } }])))).toEqual([
      'action-owner',
    ]);
  });

  it('flags votes that do not add up or whose result contradicts the counts', () => {
    const vote = (counts: { for: number; against: number; abstain: number }, result: 'carried' | 'lost', castingVote: 'for' | null = null): MinuteBlock => ({
      kind: 'vote',
      vote: { motion: text('That it be approved'), mover: null, seconder: null, counts, recorded: null, castingVote, result },
    });
    expect(kinds(minutesOf(item([vote({ for: 2, against: 0, abstain: 0 }, 'carried')])))).toEqual([]);
    const tooMany = checkMinutes(meeting, minutesOf(item([vote({ for: 2, against: 1, abstain: 0 }, 'carried')])));
    expect(tooMany[0]?.message).toBe('Vote: 3 votes were counted but only 2 voting members were present.');
    expect(checkMinutes(meeting, minutesOf(item([vote({ for: 0, against: 1, abstain: 0 }, 'carried')])))[0]?.message).toContain(
      'the result says carried but the counts say lost',
    );
    expect(checkMinutes(meeting, minutesOf(item([vote({ for: 2, against: 0, abstain: 0 }, 'carried', 'for')])))[0]?.message).toContain(
      'a casting vote is recorded but the vote was not tied',
    );
  });

  it('counts for a vote only the members in the room for its item: not one who arrived during a later item or left after an earlier one', () => {
    const vote = (votes: number): MinuteBlock => ({
      kind: 'vote',
      vote: {
        motion: text('That the site be acquired'),
        mover: null,
        seconder: null,
        counts: { for: votes, against: 0, abstain: 0 },
        recorded: null,
        castingVote: null,
        result: 'carried',
      },
    });
    const items = ['CA.120', 'CA.121', 'CA.122'].map((number, index) => item([vote(2)], { id: `item-${index}`, number }));
    const moment = (time: string, itemId: string | null, itemLabel: string) => ({ time, itemId, itemLabel });
    // Tariq arrived during CA.121 (stamped by the item's id); O'Brien left after CA.121 (a label typed by hand).
    const attendance = [
      { personId: 'a', status: 'present' as const, reason: '', substituteFor: null, arrivedLate: moment('18:10', 'item-1', 'CA.121'), leftEarly: null },
      { personId: 'b', status: 'present' as const, reason: '', substituteFor: null, arrivedLate: null, leftEarly: moment('19:00', null, 'CA.121') },
    ];
    const warnings = checkMinutes({ ...meeting, attendance }, minutesOf(...items));
    expect(warnings.map((warning) => [warning.itemNumber, warning.message])).toEqual([
      ['CA.120', 'Vote: 2 votes were counted but only 1 voting member was present for this item (others arrived later or had left).'],
      ['CA.122', 'Vote: 2 votes were counted but only 1 voting member was present for this item (others arrived later or had left).'],
    ]);
  });

  it('flags “Apologies for absence are noted above.” when no one is marked as sending apologies, and not when someone is', () => {
    const apologiesItem = minutesOf(
      item([{ kind: 'paragraph', text: text('Apologies for absence are noted above.') }], { number: 'CA.120', title: 'Apologies for absence' }),
    );
    expect(checkMinutes(meeting, apologiesItem)).toMatchObject([{ kind: 'apologies-noted-above', itemNumber: 'CA.120', blockIndex: 0 }]);
    const withApologies = { ...meeting, attendance: [meeting.attendance[0]!, { ...meeting.attendance[1]!, status: 'apologies' as const }] };
    expect(checkMinutes(withApologies, apologiesItem)).toEqual([]);
  });

  it('gives seed 000 its real problems: the misspelt Tarig and undefined acronyms, not the defined ones', () => {
    const document = parseDocument(seed000Document());
    const warnings = checkMinutes(document.meeting, readMinutes(document.content, document.meeting));
    expect(warnings.filter((warning) => warning.kind === 'name-variant').map((warning) => warning.message)).toContain(
      '“Tarig” looks like a misspelling of “Tariq” on the roster.',
    );
    const acronyms = warnings.filter((warning) => warning.kind === 'undefined-acronym').map((warning) => warning.message);
    expect(acronyms.some((message) => message.startsWith('“ASYE”'))).toBe(true);
    expect(acronyms.some((message) => message.startsWith('“DfE”') || message.startsWith('“CiCC”'))).toBe(false);
  });

  it('finds nothing to say about seed 003’s decision, which records all three parts', () => {
    const document = parseDocument(seed003Document());
    const minutes = readMinutes(document.content, document.meeting);
    // Nothing to say only counts if the blocks the checks look at are there to be checked.
    const kindsRead = minutes.items.flatMap((entry) => entry.blocks.map((block) => block.kind));
    expect(kindsRead.filter((kind) => kind === 'cabinet-decision' || kind === 'vote')).toEqual(['cabinet-decision', 'vote', 'cabinet-decision']);
    expect(minutes.items.filter((entry) => entry.exempt).map((entry) => entry.exempt)).toEqual([{ paragraph: '3' }]);
    const warnings = checkMinutes(document.meeting, minutes);
    expect(warnings.filter((warning) => warning.kind.startsWith('decision') || warning.kind === 'exempt-paragraph' || warning.kind === 'vote-counts')).toEqual(
      [],
    );
  });
});
