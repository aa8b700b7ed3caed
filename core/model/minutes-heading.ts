// The heading of the minutes, written from the roll rather than typed: who was
// present (chair first, then councillors by surname, then representatives),
// who else attended, the public, apologies. House style is seed 000's:
//   Present: Councillor S Wright (in the Chair)
//            Councillors C Boles, S Butler … T Tarig and M Whitby
//            Helen Chadwick — Trade Union Representative.
// The editor shows it live and the exporters print it, from this one function.
import { formatUkDate, formatUkTime } from '../text/uk-format';
import { surnameOf } from '../text/names';
import { attendanceOf, attended, type AttendanceEntry, type MeetingMoment } from './attendance';
import type { HeadingLayout, Meeting } from './meeting';
import type { Person, PersonRole } from './person';

/** One printed line. A line continuing the section above has the label "". */
export interface HeadingLine {
  label: string;
  text: string;
}

const roleNames: Partial<Record<PersonRole, string>> = {
  'trade-union-representative': 'Trade Union Representative',
  'youth-representative': 'Youth Representative',
  'co-opted-member': 'Co-opted Member',
};

const attendingRoles = new Set<PersonRole>(['officer', 'guest']);

interface Attending {
  person: Person;
  entry: AttendanceEntry;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: ReadonlyArray<string>): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function bySurname(a: Person, b: Person): number {
  return surnameOf(a).localeCompare(surnameOf(b), 'en-GB', { sensitivity: 'base' }) || a.name.localeCompare(b.name, 'en-GB');
}

/** Titles that group ("Councillors C Boles and S Butler"), with their plurals. */
const groupedTitles: Record<string, string> = { councillor: 'Councillors', cllr: 'Cllrs', alderman: 'Aldermen' };

function pluralTitle(title: string): string {
  return groupedTitles[title.trim().replace(/\.$/, '').toLowerCase()] ?? title;
}

/** "Councillors C Boles, S Butler and M Whitby", grouped by title, each group sorted by surname. */
export function titledGroup(people: ReadonlyArray<Person>): string {
  const titles = [...new Set(people.map((person) => person.title))];
  return titles
    .map((title) => {
      const group = people.filter((person) => person.title === title).sort(bySurname);
      const names = joinNames(group.map((person) => person.name));
      return group.length === 1 ? `${title} ${names}` : `${pluralTitle(title)} ${names}`;
    })
    .join(', ');
}

function fullName(person: Person): string {
  return person.title ? `${person.title} ${person.name}` : person.name;
}

/** "Helen Chadwick — Trade Union Representative". */
function withJob(person: Person): string {
  const job = person.jobTitle.trim() || roleNames[person.role] || '';
  return job ? `${fullName(person)} — ${job}` : fullName(person);
}

/**
 * Listed with the councillors, by title and surname. Anyone else (a co-opted
 * "Mr J Smith", a representative) is named one by one with their role or job.
 */
function isCouncillor(person: Person): boolean {
  return person.title.trim().replace(/\.$/, '').toLowerCase() in groupedTitles && !attendingRoles.has(person.role);
}

/** How a clock time ("17:30") is printed: the app's "5.30 pm", or the house style's time form. */
export type ClockFormat = (clock: string) => string;

function whenSaid(moment: MeetingMoment, relation: 'during' | 'after', clock: ClockFormat): string {
  const item = moment.itemLabel ? ` ${relation} item ${moment.itemLabel}` : '';
  return `${clock(moment.time)}${item}`;
}

/**
 * Who is in the Chair: the member the clerk named for this meeting, else the
 * committee's chair, else the vice-chair; only someone in the room presides.
 */
export function presidingPersonId(meeting: Pick<Meeting, 'roster' | 'attendance' | 'chairPersonId'>): string | null {
  const inRoom = (person: Person) => attended(attendanceOf(meeting.attendance, person.id)) && !attendingRoles.has(person.role);
  const named = meeting.roster.find((person) => person.id === meeting.chairPersonId && inRoom(person));
  const byRole = (role: PersonRole) =>
    meeting.roster.find((person) => person.role === role && attendanceOf(meeting.attendance, person.id)?.status === 'present');
  return (named ?? byRole('chair') ?? byRole('vice-chair'))?.id ?? null;
}

/** How the heading is set where a house style says more than the roll: see `buildMinutesHeading`. */
export interface HeadingOptions {
  /**
   * Every name under "Present:" on one line after these words, the chair first: "Councillors, J.P. Anderson
   * (Chairman), M. Wilkins, G.Hutter." (Gotham); null or absent for the chair, the councillors and the others on
   * lines of their own.
   */
  presentOnOneLine?: string | null;
}

function presentLines(layout: HeadingLayout, meeting: Meeting, attending: ReadonlyArray<Attending>, clock: ClockFormat, options: HeadingOptions): string[] {
  const { roster } = meeting;
  const members = attending.filter(({ person }) => !attendingRoles.has(person.role));
  const chairId = presidingPersonId(meeting);
  const chair = members.find(({ person }) => person.id === chairId);
  const lines: string[] = [];
  if (chair) lines.push(`${fullName(chair.person)} ${layout.chairSuffix}`.trim());
  const rest = members.filter((member) => member !== chair);
  const councillors = rest.filter(({ person, entry }) => isCouncillor(person) && entry.status === 'present').map(({ person }) => person);
  if (councillors.length) lines.push(titledGroup(councillors));
  for (const { person, entry } of rest.filter(({ entry }) => entry.status === 'substitute')) {
    const absentee = roster.find((candidate) => candidate.id === entry.substituteFor);
    lines.push(absentee ? `${fullName(person)} (substitute for ${fullName(absentee)})` : fullName(person));
  }
  const others = rest.filter(({ person, entry }) => !isCouncillor(person) && entry.status === 'present');
  if (options.presentOnOneLine != null) {
    // The same names in the same order, on one line: what the lines hold, without the others' own full stop.
    const names = [...lines, ...others.map(({ person }) => withJob(person))];
    lines.splice(0, lines.length, ...(names.length ? [`${options.presentOnOneLine}${names.join(', ')}.`] : []));
  } else if (others.length) lines.push(`${others.map(({ person }) => withJob(person)).join(', ')}.`);
  for (const { person, entry } of members) {
    if (entry.arrivedLate) lines.push(`${fullName(person)} arrived at ${whenSaid(entry.arrivedLate, 'during', clock)}.`);
    if (entry.leftEarly) lines.push(`${fullName(person)} left the meeting at ${whenSaid(entry.leftEarly, 'after', clock)}.`);
  }
  return lines;
}

/** Councillors grouped ("Councillors A and B"), then others with their job, each with any reason given. */
function namesWithReasons(people: ReadonlyArray<Attending>): string {
  const plainCouncillors = people.filter(({ person, entry }) => isCouncillor(person) && !entry.reason.trim()).map(({ person }) => person);
  const parts = plainCouncillors.length ? [titledGroup(plainCouncillors)] : [];
  for (const { person, entry } of people) {
    if (isCouncillor(person) && !entry.reason.trim()) continue;
    const name = isCouncillor(person) ? fullName(person) : withJob(person);
    parts.push(entry.reason.trim() ? `${name} (${entry.reason.trim()})` : name);
  }
  return parts.join(', ');
}

export function publicAttendanceText(meeting: Pick<Meeting, 'publicAttendance'>): string | null {
  const value = meeting.publicAttendance;
  switch (value.kind) {
    case 'unrecorded':
      return null;
    case 'none':
      return 'No members of the public were present at the meeting.';
    case 'count':
      return value.count === 1
        ? 'There was one member of the public present at the meeting.'
        : `There were ${value.count} members of the public present at the meeting.`;
    case 'text':
      return value.text;
  }
}

function section(label: string, lines: ReadonlyArray<string>): HeadingLine[] {
  return lines.map((text, index) => ({ label: index === 0 ? label : '', text }));
}

/**
 * The heading of the minutes, line by line, from the meeting's roll. Sections
 * with nobody in them are left out; people not yet marked are not printed. Arrival and departure times are
 * printed with `clock` (the house style's time form when the minutes have one).
 */
export function buildMinutesHeading(meeting: Meeting, clock: ClockFormat = formatUkTime, options: HeadingOptions = {}): Array<{ label: string; text: string }> {
  const layout = meeting.headingLayout;
  const inRoster = meeting.roster.flatMap((person) => {
    const entry = attendanceOf(meeting.attendance, person.id);
    return entry ? [{ person, entry }] : [];
  });
  const withStatus = (...statuses: AttendanceEntry['status'][]) => inRoster.filter(({ entry }) => statuses.includes(entry.status));
  const attending = withStatus('present', 'substitute');
  const lines: HeadingLine[] = [];
  if (meeting.committeeName.trim()) {
    const name = meeting.committeeName.trim();
    lines.push({ label: layout.minutesOf, text: layout.committeeInCapitals ? name.toLocaleUpperCase('en-GB') : name });
  }
  if (meeting.date) lines.push({ label: layout.dateOfMeeting, text: formatUkDate(meeting.date) });
  lines.push(...section(layout.present, presentLines(layout, meeting, attending, clock, options)));
  const officers = attending.filter(({ person }) => attendingRoles.has(person.role));
  if (officers.length) lines.push({ label: layout.alsoInAttendance, text: `${officers.map(({ person }) => withJob(person)).join(', ')}.` });
  const publicText = publicAttendanceText(meeting);
  if (publicText) lines.push({ label: layout.publicAttendance, text: publicText });
  const apologies = withStatus('apologies');
  if (apologies.length) lines.push({ label: layout.apologies, text: namesWithReasons(apologies) });
  const absent = withStatus('absent');
  if (absent.length) lines.push({ label: layout.absent, text: namesWithReasons(absent) });
  return lines;
}
