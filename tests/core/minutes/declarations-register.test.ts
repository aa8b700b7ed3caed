import { describe, expect, it } from 'vitest';
import { declarationsRegister, quorumWithoutLeavers } from '../../../core/minutes/declarations-register';
import type { Declaration } from '../../../core/minutes/minutes-model';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';

const member = (id: string) => ({ id, title: 'Councillor', name: id, role: 'member', jobTitle: '', voting: true, retired: false });
const meeting = meetingSchema.parse({
  ...createEmptyMeeting(),
  roster: ['a', 'b', 'c', 'd'].map(member),
  attendance: ['a', 'b', 'c', 'd'].map((personId) => ({ personId, status: 'present' })),
  quorum: 3,
});
const items = [
  { itemId: 'plan', number: '5', title: 'IMPROVEMENT PLAN' },
  { itemId: 'budget', number: '6', title: 'BUDGET' },
];
const declare = (personId: string, kind: Declaration['kind'], itemId: string | null, leftRoom: boolean): Declaration => ({
  member: { personId, name: `Councillor ${personId}` },
  itemId,
  kind,
  reason: [],
  leftRoom,
});

describe('declarations register', () => {
  it('names the item each interest concerns', () => {
    const register = declarationsRegister([declare('a', 'personal', 'plan', false), declare('b', 'disclosable-pecuniary', null, false)], items);
    expect(register.map((entry) => [entry.declaration.member.name, entry.kindLabel, entry.concerns])).toEqual([
      ['Councillor a', 'personal', '5 IMPROVEMENT PLAN'],
      ['Councillor b', 'disclosable pecuniary', 'the meeting as a whole'],
    ]);
  });

  it('re-checks quorum for an item members leave, warning when it is lost', () => {
    const checks = quorumWithoutLeavers(
      [
        declare('a', 'prejudicial', 'plan', true),
        declare('b', 'prejudicial', 'plan', true),
        declare('c', 'prejudicial', 'budget', true),
        declare('d', 'personal', 'budget', false),
      ],
      items,
      meeting,
    );
    expect(checks).toEqual([
      {
        itemId: 'plan',
        item: '5 IMPROVEMENT PLAN',
        leaving: ['Councillor a', 'Councillor b'],
        warning: expect.stringContaining('not quorate: 2 voting members present, 3 needed'),
      },
      { itemId: 'budget', item: '6 BUDGET', leaving: ['Councillor c'], warning: null },
    ]);
  });
});
