// Name completion's order: those in the room, then those not yet marked, then
// those away, each in roster order, so a surname start names who is speaking.
import { describe, expect, it } from 'vitest';
import { rosterInTheRoomFirst } from '../../../core/minutes/meeting-context';
import { markAttendance } from '../../../core/model/attendance';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { completeName } from '../../../core/text/names';

const person = (id: string, name: string) => ({ id, title: 'Councillor', name, role: 'member' as const, jobTitle: '', voting: true, retired: false });
const roster = [person('wright', 'S Wright'), person('walsh', 'R Walsh'), person('whitby', 'M Whitby'), person('wood', 'A Wood')];

describe('rosterInTheRoomFirst', () => {
  it('puts present and substitutes first, unmarked next, apologies and absent last, keeping roster order within each', () => {
    const attendance = [
      markAttendance(undefined, 'wright', 'apologies'),
      markAttendance(undefined, 'wood', 'present'),
      markAttendance(undefined, 'walsh', 'absent'),
    ];
    const meeting = { ...createEmptyMeeting(), roster, attendance };
    expect(rosterInTheRoomFirst(meeting).map((entry) => entry.id)).toEqual(['wood', 'whitby', 'wright', 'walsh']);
    expect(completeName('Councillor W', rosterInTheRoomFirst(meeting))?.suggestions[0]).toBe('Councillor Wood');
  });

  it('before the register is taken, the roster order stands', () => {
    expect(rosterInTheRoomFirst({ ...createEmptyMeeting(), roster }).map((entry) => entry.id)).toEqual(['wright', 'walsh', 'whitby', 'wood']);
  });
});
