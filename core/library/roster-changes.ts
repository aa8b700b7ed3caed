// The roster a committee's next meeting starts with, beside the one its last
// meeting had. The next meeting takes the committee's roster; changes the
// clerk made to the last meeting's own copy (someone added, a new Chair) reach
// it only if the clerk carries them, and substitutes and guests never do.
// Pure: both rosters come from saved data.
import { personDisplayName } from '../minutes/meeting-context';
import { rosterFromMeeting } from '../model/committee';
import { oneMeetingRoles, roleLabels, type Person } from '../model/person';

export interface RosterComparison {
  /** How the committee's roster (the next meeting's) differs from the last meeting's, one sentence each. */
  differences: string[];
  /** People at the last meeting for that meeting only (substitutes, guests), who are not carried. */
  lastMeetingOnly: string[];
}

const sits = (person: Person | undefined): person is Person => person !== undefined && !person.retired;
const role = (person: Person) => roleLabels[person.role].toLowerCase();

export function compareRosters(committeeRoster: ReadonlyArray<Person>, lastMeetingRoster: ReadonlyArray<Person>): RosterComparison {
  const committee = new Map(committeeRoster.map((person) => [person.id, person]));
  const last = new Map(lastMeetingRoster.map((person) => [person.id, person]));
  const differences: string[] = [];
  const lastMeetingOnly: string[] = [];

  for (const person of lastMeetingRoster) {
    if (!sits(person)) continue;
    const now = committee.get(person.id);
    if (oneMeetingRoles.has(person.role) && !sits(now)) {
      lastMeetingOnly.push(`${personDisplayName(person)} (${role(person)})`);
      continue;
    }
    if (!sits(now)) {
      differences.push(`${personDisplayName(person)} is not on it (${role(person)} last time).`);
      continue;
    }
    const named = personDisplayName(now) === personDisplayName(person) ? '' : ` (${personDisplayName(person)} last time)`;
    if (now.role !== person.role) differences.push(`${personDisplayName(now)}${named} is ${role(now)} (${role(person)} last time).`);
    else if (named) differences.push(`${personDisplayName(now)} is named so now${named}.`);
  }
  for (const person of committeeRoster) {
    if (sits(person) && !sits(last.get(person.id))) differences.push(`${personDisplayName(person)} joins (${role(person)}).`);
  }
  return { differences, lastMeetingOnly };
}

/**
 * The last meeting's roster carried forward, as "Keep this roster for the
 * committee" keeps it, but without those there for that meeting only.
 */
export function rosterAsLastTime(committeeRoster: ReadonlyArray<Person>, lastMeetingRoster: ReadonlyArray<Person>): Person[] {
  const committee = new Map(committeeRoster.map((person) => [person.id, person]));
  const carried = lastMeetingRoster.filter((person) => !(oneMeetingRoles.has(person.role) && !sits(committee.get(person.id))));
  return rosterFromMeeting(committeeRoster, carried);
}
