import { describe, expect, it } from 'vitest';
import { apologiesFromAttendance } from '../../../core/minutes/apologies';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';

describe('apologiesFromAttendance', () => {
  it('lists those who sent apologies, in roll order, as the minutes name them', () => {
    const person = (id: string, title: string, name: string, jobTitle = '') => ({ id, title, name, role: 'member', jobTitle, voting: true, retired: false });
    const meeting = meetingSchema.parse({
      ...createEmptyMeeting(),
      roster: [
        person('boles', 'Councillor', 'C Boles'),
        person('murphy', '', 'Georgia Murphy', 'Youth Cabinet Chair'),
        person('quinn', 'Councillor', 'D Quinn'),
      ],
      attendance: [
        { personId: 'murphy', status: 'apologies', reason: 'school exams' },
        { personId: 'quinn', status: 'present' },
        { personId: 'boles', status: 'apologies' },
      ],
    });
    expect(apologiesFromAttendance(meeting)).toEqual([
      { personId: 'murphy', name: 'Georgia Murphy — Youth Cabinet Chair', reason: 'school exams' },
      { personId: 'boles', name: 'Councillor Boles', reason: '' },
    ]);
  });
});
