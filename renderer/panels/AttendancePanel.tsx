// The register, taken during the meeting, keyboard first: ↑/↓ choose a
// person, one key marks them (P present, A apologies, X absent, S substitute),
// L and E stamp a late arrival or early leaving with the time and the item the
// caret is in. R types the reason for apologies: marking moves on down the list,
// so the reason belongs to the person last marked, not the row now chosen.
// C puts the chosen member in the Chair when neither chair nor vice-chair presides.
// The heading of the minutes is written from this roll.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  attendanceOf,
  attended,
  markAttendance,
  withAttendance,
  type AttendanceEntry,
  type AttendanceStatus,
  type MeetingMoment,
} from '../../core/model/attendance';
import type { Meeting } from '../../core/model/meeting';
import type { Person } from '../../core/model/person';
import { presidingPersonId } from '../../core/model/minutes-heading';
import { checkQuorum } from '../../core/model/quorum';
import { personDisplayName } from '../../core/minutes/meeting-context';
import { formatUkTime } from '../../core/text/uk-format';
import { clockOf } from '../../core/text/parse-clerk-input';
import { lastAgendaItem } from '../editor/outline/last-agenda-item';
import { Select } from '../design/Select';
import { TextField } from '../design/TextField';
import { AttendanceMoment } from './AttendanceMoment';
import { useCurrentItemLabels } from '../editor/outline/useCurrentItemLabels';
import { MeetingDetails } from './MeetingDetails';
import { MeetingRoster } from './MeetingRoster';
import type { PanelProps } from './panel-types';
import './meeting-panels.css';

const statusKeys: Record<string, AttendanceStatus> = { p: 'present', a: 'apologies', x: 'absent', s: 'substitute' };
/** One click per person as well as one key: the buttons on every row. */
const clickMarks: ReadonlyArray<[AttendanceStatus, string, string]> = [
  ['present', 'P', 'Present'],
  ['apologies', 'A', 'Apologies'],
  ['absent', 'X', 'Absent'],
];

function describe(entry: AttendanceEntry | undefined, roster: ReadonlyArray<Person>, presiding: boolean): string {
  if (!entry) return 'Not marked';
  const parts: string[] = [];
  if (entry.status === 'present') parts.push(presiding ? 'Present, in the Chair' : 'Present');
  if (entry.status === 'apologies') parts.push(entry.reason ? `Apologies (${entry.reason})` : 'Apologies');
  if (entry.status === 'absent') parts.push('Absent');
  if (entry.status === 'substitute') {
    const absentee = roster.find((person) => person.id === entry.substituteFor);
    parts.push(absentee ? `Substitute for ${absentee.title} ${absentee.name}`.replace(/\s+/g, ' ') : 'Substitute');
  }
  const when = (moment: MeetingMoment, relation: string) => `${formatUkTime(moment.time)}${moment.itemLabel ? ` ${relation} item ${moment.itemLabel}` : ''}`;
  if (entry.arrivedLate) parts.push(`arrived ${when(entry.arrivedLate, 'during')}`);
  if (entry.leftEarly) parts.push(`left ${when(entry.leftEarly, 'after')}`);
  return parts.join(', ');
}

/** Whether a row shows any of its own fields (apology reason, whom a substitute stands for, late or early times). */
function hasRowFields(entry: AttendanceEntry | undefined, chosen: boolean, reasonShown: boolean): boolean {
  if (!entry) return false;
  if (entry.status === 'apologies' && (chosen || reasonShown)) return true;
  return chosen && (entry.status === 'substitute' || Boolean(entry.arrivedLate) || Boolean(entry.leftEarly));
}

/** The register's rows: the roster, less those retired who have no mark at this meeting. */
function registerRows(meeting: Meeting): Person[] {
  return meeting.roster.filter((person) => !person.retired || attendanceOf(meeting.attendance, person.id));
}

/** Where the register opens: the first row not yet marked (the next to call, or a late arrival), else the first. */
function firstUnmarkedRow(meeting: Meeting | undefined): number {
  if (!meeting) return 0;
  return Math.max(
    0,
    registerRows(meeting).findIndex((person) => !attendanceOf(meeting.attendance, person.id)),
  );
}

export function AttendancePanel({ session }: PanelProps) {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState(() => firstUnmarkedRow(session.opened?.document.meeting));
  const [hint, setHint] = useState<string | null>(null);
  /** Whose apologies' reason field stays open: the person last marked A, though the list has moved on. */
  const [reasonFor, setReasonFor] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const reasonId = (personId: string) => `${listId}-${personId}-reason`;
  // Late and early moments name their item by its number now, as the heading and the export do.
  const meeting = useCurrentItemLabels(editor, session.opened?.document.meeting);
  if (!meeting) return null;
  const people = registerRows(meeting);
  const quorum = checkQuorum(meeting.roster, meeting.attendance, meeting.quorum);
  const presiding = presidingPersonId(meeting);
  const update = (updater: (current: Meeting) => Meeting) => session.updateMeeting(updater);
  const setEntry = (entry: AttendanceEntry) => update((current) => ({ ...current, attendance: withAttendance(current.attendance, entry) }));

  /** The moment now: the clock and the item the caret is in. */
  const moment = (): MeetingMoment => {
    const item = lastAgendaItem(editor, meeting.numbering);
    return { time: clockOf(new Date()), itemLabel: item?.number ?? '', itemId: item?.itemId ?? null };
  };

  const mark = (person: Person, status: AttendanceStatus) => {
    const previous = attendanceOf(meeting.attendance, person.id);
    let substituteFor: string | null = null;
    if (status === 'substitute') {
      // Stand in for the first member sending apologies who has no substitute yet; the clerk may change it.
      const covered = new Set(meeting.attendance.map((entry) => entry.substituteFor));
      substituteFor =
        meeting.roster.find(
          (member) =>
            member.id !== person.id && member.voting && attendanceOf(meeting.attendance, member.id)?.status === 'apologies' && !covered.has(member.id),
        )?.id ?? null;
      if (!substituteFor) {
        setHint(`Mark the member ${person.name} stands in for as sending apologies first; then press S again.`);
        return;
      }
    }
    setHint(null);
    if (status === 'apologies') setReasonFor(person.id);
    setEntry(markAttendance(previous, person.id, status, substituteFor));
  };

  /** R: the reason of the chosen row if it sent apologies, else of the person last marked with apologies. */
  const openReason = (person: Person | undefined) => {
    const target = person && attendanceOf(meeting.attendance, person.id)?.status === 'apologies' ? person.id : reasonFor;
    if (target && attendanceOf(meeting.attendance, target)?.status === 'apologies') {
      // Both candidates' reason fields are on screen already (the chosen row's, and the last marked one's).
      setHint(null);
      document.getElementById(reasonId(target))?.focus();
    } else {
      setHint('Mark someone as sending apologies (A) first; then R gives the reason.');
    }
  };

  /** The person's entry as someone in the room: kept if they are, else marked present. */
  const inTheRoom = (person: Person): AttendanceEntry => {
    const previous = attendanceOf(meeting.attendance, person.id);
    return previous && attended(previous) ? previous : markAttendance(previous, person.id, 'present');
  };

  const stamp = (person: Person, field: 'arrivedLate' | 'leftEarly') => {
    setEntry({ ...inTheRoom(person), [field]: moment() });
  };

  /** C: this member presides (pressed again, the committee's chair or vice-chair does once more). */
  const takeChair = (person: Person) => {
    if (person.role === 'officer' || person.role === 'guest') {
      setHint(`${person.name} is not a member of the committee, so cannot take the Chair.`);
      return;
    }
    setHint(null);
    const chairPersonId = meeting.chairPersonId === person.id ? null : person.id;
    const entry = inTheRoom(person);
    update((current) => ({ ...current, chairPersonId, attendance: withAttendance(current.attendance, entry) }));
  };

  /** Keys typed in a row's own fields stay there; Enter or Escape goes back to the register, to carry on down the list. */
  const fieldKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      listRef.current?.focus();
    }
  };

  /** Enter or Escape on the closed substitute choice: back to the register, as from the reason field. */
  const backToRegister = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    event.preventDefault();
    listRef.current?.focus();
  };

  /** Shift+P: everyone not yet marked is present (most of a committee usually is); the others are marked as they were. */
  const everyoneElsePresent = () => {
    setHint(null);
    update((current) => ({
      ...current,
      attendance: people.reduce(
        (attendance, person) =>
          attendanceOf(attendance, person.id) ? attendance : withAttendance(attendance, markAttendance(undefined, person.id, 'present')),
        current.attendance,
      ),
    }));
  };

  const clear = (person: Person) => update((current) => ({ ...current, attendance: current.attendance.filter((entry) => entry.personId !== person.id) }));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const person = people[active];
    const key = event.key.toLowerCase();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.min(people.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : people.length - 1);
    } else if (event.shiftKey && key === 'p') {
      event.preventDefault();
      everyoneElsePresent();
    } else if (person && statusKeys[key]) {
      event.preventDefault();
      mark(person, statusKeys[key]);
      // Move on, as a clerk reading down the list would.
      if (key !== 's') setActive((index) => Math.min(people.length - 1, index + 1));
    } else if (person && key === 'c') {
      event.preventDefault();
      takeChair(person);
    } else if (key === 'r') {
      event.preventDefault();
      openReason(person);
    } else if (person && (key === 'l' || key === 'e')) {
      event.preventDefault();
      stamp(person, key === 'l' ? 'arrivedLate' : 'leftEarly');
    } else if (person && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      clear(person);
    }
  };

  return (
    <div className="mb-attendance" data-testid="attendance-panel">
      <p role={quorum.met ? 'status' : 'alert'} className={quorum.met ? 'mb-quorum' : 'mb-quorum mb-quorum-warning'} data-testid="quorum">
        {quorum.warning ??
          (quorum.required > 0 ? `Quorate: ${quorum.present} voting members present, ${quorum.required} needed.` : `${quorum.present} voting members present.`)}
      </p>
      {people.length === 0 ? (
        <p className="mb-panel-empty">Nobody is on this meeting’s roster yet. Add people with Edit roster below.</p>
      ) : (
        <>
          <p className="mb-panel-hint">
            ↑/↓ choose · P present · Shift+P all the rest present · A apologies · R reason · C in the Chair · X absent · S substitute · L arrived late · E left
            early · Delete clears
          </p>
          {/* A grid, not a listbox: each row's P/A/X buttons sit in a cell of their own, so a screen reader can reach
              them; the grid itself keeps focus and the letter keys act on the chosen row. */}
          <ul
            ref={listRef}
            // Ctrl+Shift+A gives the register itself the keyboard: the letter keys mark from the first key.
            data-shortcut-focus
            role="grid"
            aria-label="Attendance"
            tabIndex={0}
            className="mb-attendance-list"
            aria-activedescendant={people[active] ? `${listId}-${people[active].id}` : undefined}
            onKeyDown={onKeyDown}
          >
            {people.map((person, index) => {
              const entry = attendanceOf(meeting.attendance, person.id);
              return (
                <li
                  key={person.id}
                  role="row"
                  aria-selected={index === active}
                  className={`mb-attendee mb-attendee-${entry?.status ?? 'unmarked'}`}
                  data-testid="attendee"
                  onClick={() => setActive(index)}
                >
                  <span id={`${listId}-${person.id}`} role="gridcell" aria-selected={index === active} className="mb-attendee-person">
                    <span className="mb-attendee-name">{personDisplayName(person)}</span>
                    <span className="mb-attendee-status">{describe(entry, meeting.roster, person.id === presiding)}</span>
                  </span>
                  <span role="gridcell" className="mb-attendee-marks">
                    {clickMarks.map(([status, letter, label]) => (
                      // Out of the Tab order: from the keyboard the letter keys do this.
                      <button
                        key={status}
                        type="button"
                        tabIndex={-1}
                        aria-label={`${label}: ${person.name}`}
                        aria-pressed={entry?.status === status}
                        onClick={() => mark(person, status)}
                      >
                        {letter}
                      </button>
                    ))}
                  </span>
                  {hasRowFields(entry, index === active, person.id === reasonFor) ? (
                    <span role="gridcell" className="mb-attendee-fields">
                      {entry?.status === 'apologies' && (index === active || person.id === reasonFor) ? (
                        <TextField
                          id={reasonId(person.id)}
                          aria-label={`Reason for ${person.name}'s apologies`}
                          placeholder="Reason (optional; R)"
                          maxLength={300}
                          value={entry.reason}
                          onKeyDown={fieldKeyDown}
                          onChange={(reason) => setEntry({ ...entry, reason })}
                        />
                      ) : null}
                      {entry?.status === 'substitute' && index === active ? (
                        // Keys in the choice and its open list stay out of the grid: a typed letter picks a member there.
                        <span className="mb-attendee-substitute-for" onKeyDown={(event) => event.stopPropagation()}>
                          <Select
                            aria-label={`Whom ${person.name} substitutes for`}
                            // The register's voting members (not one retired before this meeting), and whoever is chosen now.
                            options={people
                              .filter((member) => member.id !== person.id && (member.voting || member.id === entry.substituteFor))
                              .map((member) => ({ value: member.id, label: personDisplayName(member) }))}
                            value={entry.substituteFor ?? ''}
                            onKeyDown={backToRegister}
                            onChange={(substituteFor) => setEntry({ ...entry, substituteFor })}
                          />
                        </span>
                      ) : null}
                      {entry?.arrivedLate && index === active ? (
                        <AttendanceMoment
                          verb="arrived"
                          name={person.name}
                          moment={entry.arrivedLate}
                          onFieldKeyDown={fieldKeyDown}
                          onChange={(arrivedLate) => setEntry({ ...entry, arrivedLate })}
                        />
                      ) : null}
                      {entry?.leftEarly && index === active ? (
                        <AttendanceMoment
                          verb="left"
                          name={person.name}
                          moment={entry.leftEarly}
                          onFieldKeyDown={fieldKeyDown}
                          onChange={(leftEarly) => setEntry({ ...entry, leftEarly })}
                        />
                      ) : null}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {hint ? <p role="status">{hint}</p> : null}
      <MeetingDetails meeting={meeting} update={update} session={session} />
      <MeetingRoster meeting={meeting} update={update} />
    </div>
  );
}
