// A member withdrawing for one item: printed at the item ("Councillor Foulkes
// left the room for this item and returned after it."), asked for at the item
// when a declaration says they left, the quorum rechecked for the item
// without them, and their vote no longer possible on it.
import { describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../core/checks/minutes-checks';
import { runsText } from '../../../core/export/layout-model';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { element, item, lexicalRoot, para, person, vote, withdrawal } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { layoutOf } from '../export/export-test-kit';

const roster = [
  person('bennett', 'Councillor', 'A Bennett', 'chair'),
  person('kelly', 'Councillor', 'S Kelly', 'member'),
  person('foulkes', 'Councillor', 'S Foulkes', 'member'),
];
const meeting = meetingSchema.parse({
  ...createEmptyMeeting(),
  quorum: 3,
  roster,
  attendance: roster.map((entry) => ({ personId: entry.id, status: 'present' })),
});
const declares = (itemId: string) =>
  element('declaration', 'as a board member of the Transport Authority.', {
    memberId: 'foulkes',
    memberName: 'Councillor Foulkes',
    kind: 'prejudicial',
    itemId,
    leftRoom: true,
  });
const content = (...itemFive: Array<Record<string, unknown>>) =>
  lexicalRoot([
    { ...item('Declarations of interest'), itemId: 'declarations' },
    declares('item-5'),
    { ...item('Transport scheme'), itemId: 'item-5' },
    ...itemFive,
  ]);
const warnings = (state: ReturnType<typeof content>) =>
  checkMinutes(meeting, readMinutes(state as never, meeting))
    .filter((warning) => warning.kind.startsWith('withdrawal') || warning.kind === 'vote-counts')
    .map((warning) => [warning.kind, warning.itemNumber, warning.message]);

describe('a member withdrawing for an item', () => {
  it('is asked for at the item a declaration says they left', () => {
    expect(warnings(content(para('The scheme was noted.'))).filter(([kind]) => kind === 'withdrawal-missing')).toEqual([
      [
        'withdrawal-missing',
        '2',
        'Councillor Foulkes declared an interest in minute 2 and left the room for it, but the minute does not say so: record it at the item with Ctrl+Alt+W.',
      ],
    ]);
    expect(
      warnings(content(withdrawal('foulkes', 'Councillor Foulkes', ''), para('The scheme was noted.'))).filter(([kind]) => kind === 'withdrawal-missing'),
    ).toEqual([]);
  });

  it('rechecks the quorum for the item without them', () => {
    expect(
      warnings(content(withdrawal('foulkes', 'Councillor Foulkes', ''), para('The scheme was noted.'))).filter(([kind]) => kind === 'withdrawal-quorum'),
    ).toEqual([
      [
        'withdrawal-quorum',
        '2',
        'Minute 2 “Transport scheme”: with one member out of the room, only 2 voting members were present for it and the quorum is 3. Record how the item was dealt with (adjourned or deferred), or check who withdrew.',
      ],
    ]);
  });

  it('takes them out of the count of members who could vote on the item', () => {
    const counted = warnings(
      content(withdrawal('foulkes', 'Councillor Foulkes', ''), vote('That the scheme be approved.', { for: 3, against: 0, abstain: 0 })),
    );
    expect(counted.filter(([kind]) => kind === 'vote-counts')).toEqual([
      ['vote-counts', '2', 'Vote: 3 votes were counted but only 2 voting members were present for this item (others arrived later or had left).'],
    ]);
  });

  it('is printed at the item in the minutes, with anything typed about why', () => {
    const document = {
      ...seed003Document(),
      content: lexicalRoot([
        item('Transport scheme'),
        withdrawal('foulkes', 'Councillor Foulkes', 'He had declared a prejudicial interest in minute 1.'),
        withdrawal(null, 'Councillor Kelly', '', false),
      ]),
    };
    const printed = layoutOf(document, { version: 'full' })
      .sections.flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'paragraph' ? [runsText(block.runs)] : []));
    expect(printed).toEqual(
      expect.arrayContaining([
        'Councillor Foulkes left the room for this item and returned after it. He had declared a prejudicial interest in minute 1.',
        'Councillor Kelly left the meeting during this item and did not return.',
      ]),
    );
  });
});
