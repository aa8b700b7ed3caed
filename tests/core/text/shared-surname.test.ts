// Two councillors of one surname on a roster (Councillors J Smith and L Smith):
// "Councillor Smith" alone would not say which, so completion, prompts and
// apologies name each with initials; a surname nobody shares stays short.
import { describe, expect, it } from 'vitest';
import { apologiesFromAttendance } from '../../../core/minutes/apologies';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { completeName, shortReference } from '../../../core/text/names';

const person = (id: string, title: string, name: string, retired = false) => ({
  id,
  title,
  name,
  role: 'member' as const,
  jobTitle: '',
  voting: true,
  retired,
});
const roster = [
  person('js', 'Councillor', 'J Smith'),
  person('ls', 'Councillor', 'L Smith'),
  person('sm', 'Councillor', 'P Smart'),
  person('hb', 'Councillor', 'C Boles'),
  person('old', 'Councillor', 'K Boles', true),
];

describe('a surname two councillors share', () => {
  it('completion offers each with initials, even once the surname is typed in full', () => {
    expect(completeName('Councillor Sm', roster)).toEqual({
      replace: 'Councillor Sm'.length,
      suggestions: ['Councillor J Smith', 'Councillor L Smith', 'Councillor Smart'],
    });
    expect(completeName('asked Councillor Smith', roster)).toEqual({
      replace: 'Councillor Smith'.length,
      suggestions: ['Councillor J Smith', 'Councillor L Smith'],
    });
  });

  it('a retired namesake does not count: Councillor Boles stays short', () => {
    expect(completeName('Councillor B', roster)?.suggestions).toEqual(['Councillor Boles']);
    expect(shortReference(roster[3]!, roster)).toBe('Councillor Boles');
  });

  it('the short reference keeps initials where the surname is shared', () => {
    expect(roster.slice(0, 3).map((entry) => shortReference(entry, roster))).toEqual(['Councillor J Smith', 'Councillor L Smith', 'Councillor Smart']);
    // Without the roster it cannot know: the surname form, as before.
    expect(shortReference(roster[0]!)).toBe('Councillor Smith');
  });

  it('apologies name each namesake with initials', () => {
    const meeting = {
      ...createEmptyMeeting(),
      roster,
      attendance: [{ personId: 'ls', status: 'apologies' as const, reason: '', substituteFor: null, arrivedLate: null, leftEarly: null }],
    };
    expect(apologiesFromAttendance(meeting).map((entry) => entry.name)).toEqual(['Councillor L Smith']);
  });
});
