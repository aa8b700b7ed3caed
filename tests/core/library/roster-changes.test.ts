import { describe, expect, it } from 'vitest';
import { compareRosters, rosterAsLastTime } from '../../../core/library/roster-changes';
import type { Person } from '../../../core/model/person';

const person = (id: string, name: string, role: Person['role'], extra: Partial<Person> = {}): Person => ({
  id,
  title: 'Councillor',
  name,
  role,
  jobTitle: '',
  voting: role !== 'guest',
  retired: false,
  ...extra,
});

// Gotham's planning committee: at the last meeting the clerk made Anderson
// chair in the meeting's copy, added Kelly, and had Royce as a substitute
// and a guest speaker; since then the committee's roster has gained Berry
// and lost Wilkins.
const committee = [
  person('p-hutter', 'A Hutter', 'chair'),
  person('p-anderson', 'J.P. Anderson', 'member'),
  person('p-wilkins', 'S Wilkins', 'member', { retired: true }),
  person('p-berry', 'R Berry', 'member'),
];
const lastMeeting = [
  person('p-hutter', 'A Hutter', 'member'),
  person('p-anderson', 'J.P. Anderson', 'chair'),
  person('p-wilkins', 'S Wilkins', 'member'),
  person('p-kelly', 'M Kelly', 'member'),
  person('p-royce', 'T Royce', 'substitute'),
  person('p-guest', 'Jo Bennett', 'guest', { title: '' }),
];

describe('the roster a next meeting starts with', () => {
  it('says in words how the committee’s roster differs from the last meeting’s, and who was there for that meeting only', () => {
    expect(compareRosters(committee, lastMeeting)).toEqual({
      differences: [
        'Councillor A Hutter is chair (member last time).',
        'Councillor J.P. Anderson is member (chair last time).',
        'Councillor S Wilkins is not on it (member last time).',
        'Councillor M Kelly is not on it (member last time).',
        'Councillor R Berry joins (member).',
      ],
      lastMeetingOnly: ['Councillor T Royce (substitute)', 'Jo Bennett (guest)'],
    });
  });

  it('says nothing when the rosters agree, and notes a name the committee now spells differently', () => {
    expect(compareRosters(committee.slice(0, 2), committee.slice(0, 2))).toEqual({ differences: [], lastMeetingOnly: [] });
    expect(compareRosters([person('p-hutter', 'Alan Hutter', 'chair')], [person('p-hutter', 'A Hutter', 'chair')]).differences).toEqual([
      'Councillor Alan Hutter is named so now (Councillor A Hutter last time).',
    ]);
  });

  it('carries the last meeting’s roster as the clerk left it, without its substitute and guest, and keeps the committee’s others', () => {
    expect(rosterAsLastTime(committee, lastMeeting).map((entry) => `${entry.name} ${entry.role}${entry.retired ? ' retired' : ''}`)).toEqual([
      'A Hutter member',
      'J.P. Anderson chair',
      'S Wilkins member',
      'M Kelly member',
      'R Berry member',
    ]);
    // A substitute who is on the committee's own roster stays.
    const onCommittee = [...committee, person('p-royce', 'T Royce', 'substitute')];
    expect(rosterAsLastTime(onCommittee, lastMeeting).some((entry) => entry.id === 'p-royce')).toBe(true);
  });
});
