// Apologies for absence as the attendance roll records them: each person who
// sent apologies, named as the minutes name them, with the reason given.
import type { Meeting } from '../model/meeting';
import { shortReference } from '../text/names';

export interface ApologyEntry {
  personId: string;
  /** "Councillor Boles", or "Georgia Murphy — Youth Cabinet Chair" for others. */
  name: string;
  reason: string;
}

export function apologiesFromAttendance(meeting: Meeting): ApologyEntry[] {
  const people = new Map(meeting.roster.map((person) => [person.id, person]));
  return meeting.attendance.flatMap((entry) => {
    const person = people.get(entry.personId);
    if (entry.status !== 'apologies' || !person) return [];
    const name = person.title ? shortReference(person, meeting.roster) : person.jobTitle ? `${person.name} — ${person.jobTitle}` : person.name;
    return [{ personId: person.id, name, reason: entry.reason }];
  });
}
