import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markAttendance, type AttendanceEntry } from '../../../core/model/attendance';
import { createEmptyMeeting, type Meeting } from '../../../core/model/meeting';
import { buildMinutesHeading, joinNames, presidingPersonId } from '../../../core/model/minutes-heading';
import { importRosterLines } from '../../../core/model/roster-import';
import { SEED_000_HEADING, SEED_000_ROSTER_LINES } from './seed-000-roster';

function seedMeeting(mark: (name: string) => AttendanceEntry['status'] = (name) => (name === 'Georgia Murphy' ? 'apologies' : 'present')): Meeting {
  const { people } = importRosterLines(SEED_000_ROSTER_LINES, (index) => `p${index}`);
  return {
    ...createEmptyMeeting(),
    committeeName: 'Children and Young People Scrutiny Committee',
    date: '2022-03-23',
    roster: people,
    attendance: people.map((person) => markAttendance(undefined, person.id, mark(person.name))),
    publicAttendance: { kind: 'none' },
  };
}

describe('buildMinutesHeading', () => {
  it("reproduces seed 000's heading from its roster and roll", () => {
    expect(buildMinutesHeading(seedMeeting())).toEqual(SEED_000_HEADING);
  });

  it('agrees with the reference text itself, line breaks aside', () => {
    const file = readdirSync('/work/shared/reference').find((name) => name.startsWith('000_'));
    // A missing reference must fail, not pass having compared nothing.
    expect(file, 'seed 000 in /work/shared/reference').toMatch(/^000_.*\.txt$/);
    const reference = readFileSync(`/work/shared/reference/${file}`, 'utf8').replace(/\s+/g, ' ');
    const printed = buildMinutesHeading(seedMeeting())
      .map((line) => (line.label ? `${line.label} ${line.text}` : line.text))
      .join(' ');
    expect(reference).toContain(printed);
  });

  it('puts everyone present on one line after the words a house style gives, the chair first, in the same order', () => {
    const lines = buildMinutesHeading(seedMeeting(), undefined, { presentOnOneLine: 'Present were ' });
    const present = lines.filter((line, index) => line.label === 'Present:' || (line.label === '' && lines[index - 1]?.label === 'Present:'));
    expect(present).toEqual([
      {
        label: 'Present:',
        text: 'Present were Councillor S Wright (in the Chair), Councillors C Boles, S Butler, P Cropper, J Lancaster, L McBriar, T Pilkington, D Quinn, T Tarig and M Whitby, Helen Chadwick — Trade Union Representative.',
      },
    ]);
    // Without the option (or with null) the lines are as before.
    expect(buildMinutesHeading(seedMeeting(), undefined, { presentOnOneLine: null })).toEqual(SEED_000_HEADING);
  });

  it('prints nothing about people not yet marked', () => {
    const meeting = { ...seedMeeting(), attendance: [] };
    expect(buildMinutesHeading(meeting).map((line) => line.label)).toEqual(['Minutes of:', 'Date of Meeting:', 'Public Attendance:']);
  });

  it('puts the vice-chair in the chair when the chair sends apologies', () => {
    const meeting = seedMeeting((name) => (name === 'S Wright' ? 'apologies' : 'present'));
    meeting.roster = meeting.roster.map((person) => (person.name === 'M Whitby' ? { ...person, role: 'vice-chair' } : person));
    const heading = buildMinutesHeading(meeting);
    expect(heading.find((line) => line.label === 'Present:')?.text).toBe('Councillor M Whitby (in the Chair)');
    expect(heading.find((line) => line.label === 'Apologies for Absence:')?.text).toBe('Councillor S Wright');
  });

  it('puts the member the clerk names in the Chair when chair and vice-chair are away, and only if they are in the room', () => {
    const meeting = seedMeeting((name) => (name === 'S Wright' ? 'apologies' : 'present'));
    const boles = meeting.roster.find((person) => person.name === 'C Boles')!;
    const named = { ...meeting, chairPersonId: boles.id };
    expect(presidingPersonId(named)).toBe(boles.id);
    const texts = buildMinutesHeading(named).map((line) => line.text);
    expect(texts[2]).toBe('Councillor C Boles (in the Chair)');
    expect(texts[3]).toBe('Councillors S Butler, P Cropper, J Lancaster, L McBriar, T Pilkington, D Quinn, T Tarig and M Whitby');
    // Named, but sent apologies after all: nobody is printed in the Chair rather than the wrong person.
    const away = { ...named, attendance: named.attendance.map((entry) => (entry.personId === boles.id ? { ...entry, status: 'apologies' as const } : entry)) };
    expect(presidingPersonId(away)).toBeNull();
    expect(buildMinutesHeading(away).some((line) => line.text.includes('(in the Chair)'))).toBe(false);
  });

  it('lets the named member preside even with the chair in the room, who is then listed with the councillors', () => {
    const meeting = seedMeeting();
    const whitby = meeting.roster.find((person) => person.name === 'M Whitby')!;
    const texts = buildMinutesHeading({ ...meeting, chairPersonId: whitby.id }).map((line) => line.text);
    expect(texts[2]).toBe('Councillor M Whitby (in the Chair)');
    expect(texts[3]).toBe('Councillors C Boles, S Butler, P Cropper, J Lancaster, L McBriar, T Pilkington, D Quinn, T Tarig and S Wright');
  });

  it('names co-opted members with other titles one by one with their role, never as a plural title', () => {
    const meeting = seedMeeting();
    meeting.roster.push(
      { id: 'co1', title: 'Mr', name: 'J Smith', role: 'co-opted-member', jobTitle: '', voting: true, retired: false },
      { id: 'co2', title: 'Mr', name: 'K Jones', role: 'co-opted-member', jobTitle: 'Diocesan Representative', voting: true, retired: false },
    );
    meeting.attendance.push(markAttendance(undefined, 'co1', 'present'), markAttendance(undefined, 'co2', 'apologies'));
    const heading = buildMinutesHeading(meeting);
    expect(heading[3]!.text).toBe('Councillors C Boles, S Butler, P Cropper, J Lancaster, L McBriar, T Pilkington, D Quinn, T Tarig and M Whitby');
    expect(heading[4]!.text).toBe('Helen Chadwick — Trade Union Representative, Mr J Smith — Co-opted Member.');
    expect(heading.find((line) => line.label === 'Apologies for Absence:')?.text).toBe(
      'Georgia Murphy — Youth Cabinet Chair, Mr K Jones — Diocesan Representative',
    );
  });

  it('groups councillors with apologies, gives reasons, and lists absentees', () => {
    const meeting = seedMeeting((name) => (['D Quinn', 'C Boles', 'T Tarig'].includes(name) ? 'apologies' : name === 'P Cropper' ? 'absent' : 'present'));
    meeting.attendance = meeting.attendance.map((entry) =>
      meeting.roster.find((p) => p.id === entry.personId)?.name === 'T Tarig' ? { ...entry, reason: 'unwell' } : entry,
    );
    const heading = buildMinutesHeading(meeting);
    expect(heading.find((line) => line.label === 'Apologies for Absence:')?.text).toBe('Councillors C Boles and D Quinn, Councillor T Tarig (unwell)');
    expect(heading.find((line) => line.label === 'Absent:')?.text).toBe('Councillor P Cropper');
  });

  it('records substitutes, late arrivals and early leaving with times and items', () => {
    const meeting = seedMeeting();
    const byName = (name: string) => meeting.roster.find((person) => person.name === name)!;
    meeting.roster.push({ id: 'sub', title: 'Councillor', name: 'R Gold', role: 'substitute', jobTitle: '', voting: true, retired: false });
    meeting.attendance = meeting.attendance.map((entry) => {
      if (entry.personId === byName('D Quinn').id) return { ...entry, status: 'apologies' as const };
      if (entry.personId === byName('L McBriar').id) return { ...entry, arrivedLate: { time: '18:10', itemLabel: '5', itemId: null } };
      if (entry.personId === byName('J Lancaster').id) return { ...entry, leftEarly: { time: '19:05', itemLabel: 'CYP.14', itemId: null } };
      return entry;
    });
    meeting.attendance.push(markAttendance(undefined, 'sub', 'substitute', byName('D Quinn').id));
    const texts = buildMinutesHeading(meeting).map((line) => line.text);
    expect(texts).toContain('Councillor R Gold (substitute for Councillor D Quinn)');
    expect(texts).toContain('Councillor L McBriar arrived at 6.10 pm during item 5.');
    expect(texts).toContain('Councillor J Lancaster left the meeting at 7.05 pm after item CYP.14.');
  });

  it.each([
    [{ kind: 'count', count: 1 } as const, 'There was one member of the public present at the meeting.'],
    [{ kind: 'count', count: 12 } as const, 'There were 12 members of the public present at the meeting.'],
    [{ kind: 'text', text: 'Around 40 residents attended for item 6.' } as const, 'Around 40 residents attended for item 6.'],
  ])('words public attendance %o', (publicAttendance, text) => {
    expect(buildMinutesHeading({ ...seedMeeting(), publicAttendance }).find((line) => line.label === 'Public Attendance:')?.text).toBe(text);
  });

  it('joins names as UK minutes do, without an Oxford comma', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
