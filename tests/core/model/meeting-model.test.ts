import { describe, expect, it } from 'vitest';
import { committeeSchema, rosterFromMeeting } from '../../../core/model/committee';
import type { Person } from '../../../core/model/person';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { minuteNumber, municipalYearOf, numberingAfterMeeting, schemeForNextMeeting } from '../../../core/model/minute-numbering';
import { checkQuorum } from '../../../core/model/quorum';
import { markAttendance } from '../../../core/model/attendance';
import { importRosterLines, parseRosterLine } from '../../../core/model/roster-import';
import { parseMinutesFile } from '../../../core/storage/parse-minutes-file';

const problemOf = (input: unknown) => {
  const result = meetingSchema.safeParse(input);
  return result.success ? null : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
};

describe('meeting schema', () => {
  it('makes an empty meeting that is valid and fully defaulted', () => {
    const meeting = createEmptyMeeting();
    expect(meetingSchema.parse(meeting)).toEqual(meeting);
    expect(meeting).toMatchObject({
      status: 'draft',
      numbering: { kind: 'plain' },
      roster: [],
      attendance: [],
      wording: { resolutionsHeading: 'It was agreed:' },
    });
  });

  it('still opens a file written before the meeting fields existed, keeping unknown fields', () => {
    const old = {
      formatVersion: 1,
      meeting: { councilName: 'Bury', committeeName: 'Cabinet', title: '', date: '2022-04-06', venue: '', fromTheFuture: 42 },
      content: { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } },
    };
    const parsed = parseMinutesFile(new TextEncoder().encode(JSON.stringify(old)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.document.meeting).toMatchObject({ committeeName: 'Cabinet', status: 'draft', roster: [], fromTheFuture: 42 });
    // Fields added since without a default stay absent, so an approval seal over the meeting still matches.
    if (parsed.ok) expect('chairPersonId' in parsed.document.meeting).toBe(false);
  });

  it.each([
    ['a status nobody uses', { status: 'finished' }, 'status: Invalid option: expected one of "draft"|"out-for-review"|"approved"'],
    ['a start time written the UK way', { startedAt: '5.30 pm' }, 'startedAt'],
    [
      'a substitute for nobody',
      { attendance: [{ personId: 'p1', status: 'substitute' }] },
      'attendance.0.substituteFor: a substitute must say which member they stand in for',
    ],
    [
      'a late arrival without a time',
      { attendance: [{ personId: 'p1', status: 'present', arrivedLate: { itemLabel: '3' } }] },
      'attendance.0.arrivedLate.time',
    ],
    ['a negative quorum', { quorum: -1 }, 'quorum: Too small'],
    ['a public count of none', { publicAttendance: { kind: 'count', count: 0 } }, 'publicAttendance.count'],
    ['a person without a name', { roster: [{ id: 'p1', title: '', name: ' ', role: 'member', jobTitle: '', voting: true, retired: false }] }, 'roster.0.name'],
  ])('refuses %s, naming the field', (_name, change, expected) => {
    expect(problemOf({ ...createEmptyMeeting(), ...change })).toContain(expected);
  });

  it('refuses a committee without a name or with an unusable id', () => {
    expect(committeeSchema.safeParse({ id: 'cyp', name: '' }).error?.issues[0]?.message).toBe('the committee needs a name');
    expect(committeeSchema.safeParse({ id: 'CYP Scrutiny', name: 'CYP' }).error?.issues[0]?.message).toBe('expected lower-case letters, digits and hyphens');
  });
});

describe('minute numbering', () => {
  it('numbers plainly or with a running prefix', () => {
    expect([0, 1, 2].map((index) => minuteNumber({ kind: 'plain' }, index))).toEqual(['1', '2', '3']);
    expect([0, 1].map((index) => minuteNumber({ kind: 'prefixed', prefix: 'CYP', firstNumber: 12 }, index))).toEqual(['CYP.12', 'CYP.13']);
  });

  it('places dates in municipal years that start in May', () => {
    expect(municipalYearOf('2022-04-30')).toBe(2021);
    expect(municipalYearOf('2022-05-01')).toBe(2022);
  });

  it('continues from the last number in the same municipal year and restarts in a new one', () => {
    const committee = { numberingPrefix: 'CYP', lastMinuteNumber: 11, lastMeetingDate: '2022-01-19' };
    expect(schemeForNextMeeting(committee, '2022-03-23')).toEqual({ kind: 'prefixed', prefix: 'CYP', firstNumber: 12 });
    expect(schemeForNextMeeting(committee, '2022-06-15')).toEqual({ kind: 'prefixed', prefix: 'CYP', firstNumber: 1 });
    expect(schemeForNextMeeting({ ...committee, numberingPrefix: '' }, '2022-03-23')).toEqual({ kind: 'plain' });
  });

  it('continues from a number the clerk typed in, and starts a new committee at 1', () => {
    expect(schemeForNextMeeting({ numberingPrefix: 'CYP', lastMinuteNumber: 30, lastMeetingDate: '' }, '2022-06-15')).toEqual({
      kind: 'prefixed',
      prefix: 'CYP',
      firstNumber: 31,
    });
    expect(schemeForNextMeeting({ numberingPrefix: 'CYP', lastMinuteNumber: 0, lastMeetingDate: '' }, '2022-06-15')).toEqual({
      kind: 'prefixed',
      prefix: 'CYP',
      firstNumber: 1,
    });
    expect(schemeForNextMeeting({ numberingPrefix: ' CYP. ', lastMinuteNumber: 0, lastMeetingDate: '' }, '2022-06-15')).toMatchObject({ prefix: 'CYP' });
  });

  describe('after the meeting', () => {
    const committee = { id: 'cyp', numberingPrefix: 'CYP', lastMinuteNumber: 17, lastMeetingDate: '2022-03-23', name: 'kept' };
    const meeting = { committeeId: 'cyp', date: '2022-03-23', numbering: { kind: 'prefixed', prefix: 'CYP', firstNumber: 12 } as const };

    it('moves the last number with items added or removed during the latest meeting', () => {
      expect(numberingAfterMeeting(committee, meeting, 8)).toEqual({ ...committee, lastMinuteNumber: 19 });
      expect(numberingAfterMeeting(committee, meeting, 4)).toEqual({ ...committee, lastMinuteNumber: 15 });
      // The next meeting continues from there.
      expect(schemeForNextMeeting(numberingAfterMeeting(committee, meeting, 8)!, '2022-04-20')).toMatchObject({ firstNumber: 20 });
    });

    it.each([
      ['nothing changed', meeting, 6],
      ['an older meeting reopened', { ...meeting, date: '2022-01-19' }, 9],
      ["another committee's meeting", { ...meeting, committeeId: 'cabinet' }, 9],
      ['plain numbers', { ...meeting, numbering: { kind: 'plain' } as const }, 9],
      ['a prefix the committee no longer uses', { ...meeting, numbering: { ...meeting.numbering, prefix: 'CS' } }, 9],
    ])('leaves the committee alone for %s', (_name, which, count) => {
      expect(numberingAfterMeeting(committee, which, count)).toBeNull();
    });
  });
});

describe('quorum', () => {
  const { people } = importRosterLines(
    'Councillor A Adams (Chair)\nCouncillor B Brown\nCouncillor C Clark\nHelen Chadwick — Trade Union Representative',
    (i) => `p${i}`,
  );

  it('counts voting members in the room, not representatives or those who left', () => {
    const attendance = people.map((person) => markAttendance(undefined, person.id, 'present'));
    expect(checkQuorum(people, attendance, 3)).toMatchObject({ present: 3, met: true, warning: null });
    attendance[1] = { ...attendance[1]!, leftEarly: { time: '19:00', itemLabel: '4', itemId: null } };
    const check = checkQuorum(people, attendance, 3);
    expect(check).toMatchObject({ present: 2, met: false });
    expect(check.warning).toBe(
      'The meeting is not quorate: 2 voting members present, 3 needed. Decisions cannot be taken until 1 more voting member is present.',
    );
  });

  it('is always met when the committee sets no quorum', () => {
    expect(checkQuorum(people, [], 0).met).toBe(true);
  });
});

describe('roster import', () => {
  it.each([
    ['Councillor S Wright (Chair)', { title: 'Councillor', name: 'S Wright', role: 'chair', jobTitle: '', voting: true }],
    ['Cllr. T Tarig (Vice-Chair)', { title: 'Cllr', name: 'T Tarig', role: 'vice-chair', voting: true }],
    [
      'Helen Chadwick — Trade Union Representative',
      { title: '', name: 'Helen Chadwick', role: 'trade-union-representative', jobTitle: 'Trade Union Representative', voting: false },
    ],
    [
      'Jacqui Dennis - Director of Law and Democratic Services',
      { name: 'Jacqui Dennis', role: 'officer', jobTitle: 'Director of Law and Democratic Services', voting: false },
    ],
    ['Georgia Murphy – Youth Cabinet Chair', { name: 'Georgia Murphy', role: 'youth-representative', jobTitle: 'Youth Cabinet Chair' }],
    ['• Councillor J Smith-Jones', { title: 'Councillor', name: 'J Smith-Jones', role: 'member', voting: true }],
  ])('reads “%s”', (line, expected) => {
    expect(parseRosterLine(line, 'x')).toMatchObject(expected);
  });

  it('reads lines copied from the heading of old minutes, one councillor each', () => {
    const { people, problems } = importRosterLines(
      'Present: Councillor S Wright (in the Chair)\nCouncillors C Boles, S Butler, P Cropper and M Whitby\nCllrs A Khan and B Lee.',
      (i) => `p${i}`,
    );
    expect(problems).toEqual([]);
    expect(people.map((person) => [person.title, person.name, person.role])).toEqual([
      ['Councillor', 'S Wright', 'chair'],
      ['Councillor', 'C Boles', 'member'],
      ['Councillor', 'S Butler', 'member'],
      ['Councillor', 'P Cropper', 'member'],
      ['Councillor', 'M Whitby', 'member'],
      ['Cllr', 'A Khan', 'member'],
      ['Cllr', 'B Lee', 'member'],
    ]);
  });

  it('skips lines without a name and says which', () => {
    const result = importRosterLines('Councillor A Adams\n\n — \nCouncillor B Brown', (i) => `p${i}`);
    expect(result.people.map((person) => [person.id, person.name])).toEqual([
      ['p0', 'A Adams'],
      ['p1', 'B Brown'],
    ]);
    expect(result.problems).toEqual(['Line 3: “—” has no name in it, so it was skipped.']);
  });
});

describe('a roster changed during a meeting', () => {
  it("becomes the committee's in the meeting's order, keeping people retired before the meeting", () => {
    const { people } = importRosterLines('Councillor A Adams (Chair)\nCouncillor B Brown\nCouncillor C Clark\nCouncillor D Dean', (i) => `p${i}`);
    const committeeRoster = people.map((person) => (person.name === 'D Dean' ? { ...person, retired: true } : person));
    // The meeting had everyone but the retired D Dean; the clerk added E Evans, moved C Clark up and retired B Brown.
    const [adams, brown, clark] = committeeRoster as [Person, Person, Person];
    const evans = { ...adams, id: 'new', name: 'E Evans', role: 'member' as const };
    const meetingRoster = [adams, clark, { ...brown, retired: true }, evans];
    expect(rosterFromMeeting(committeeRoster, meetingRoster).map((person) => [person.name, person.retired])).toEqual([
      ['A Adams', false],
      ['C Clark', false],
      ['B Brown', true],
      ['E Evans', false],
      ['D Dean', true],
    ]);
  });
});
