// "New meeting of this committee": what the next meeting will carry over from
// the open one (open actions with their minutes, deferred items and minutes,
// the standing items as left), shown before anything is made; then the date,
// time, venue and new agenda, and the meeting opens in its own window.
import { useState, type FormEvent } from 'react';
import type { CarryOverView } from '../../core/ipc/channels/library-channels';
import { parseAgendaLines } from '../../core/templates/agenda-lines';
import { formatUkDate } from '../../core/text/uk-format';
import { UkDateField, UkTimeField } from '../components/UkDateTimeFields';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { OpenDocumentView } from '../state/useDocumentSession';
import type { SafetyOffers } from '../state/useSafetyOffers';
import { Button } from '../design/Button';
import { Checkbox } from '../design/Checkbox';
import { TextField } from '../design/TextField';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const ukDate = (iso: string) => (iso ? formatUkDate(iso) : 'no date');

export function NextMeetingOffer({ session, documentId }: { session: OpenDocumentView & SafetyOffers; documentId: string }) {
  const [carry, setCarry] = useState<CarryOverView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [date, setDate] = useState('');
  // As last time: a committee meets at the same hour and place.
  const [startTime, setStartTime] = useState(session.opened?.document.meeting.startTime ?? '');
  const [venue, setVenue] = useState(session.opened?.document.meeting.venue ?? '');
  // As last time, for the heading's "Contact:" line.
  const [contact, setContact] = useState(session.opened?.document.meeting.contact ?? '');
  const [agenda, setAgenda] = useState('');
  const [rosterAsLastTime, setRosterAsLastTime] = useState(false);

  const look = (open: boolean) => {
    if (!open) return;
    call(minuteBookApi().libraryCarryOver({ documentId }))
      .then((found) => {
        setCarry(found);
        setMessage(null);
      })
      .catch((error: unknown) => setMessage(messageOf(error)));
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const outcome = await call(
        minuteBookApi().newMeetingFromLast({ documentId, date, venue, contact, startTime, agendaItems: parseAgendaLines(agenda), rosterAsLastTime }),
      );
      session.showOpened(outcome);
      setMessage(outcome.status === 'cancelled' ? null : 'The next meeting is open in its own window.');
    } catch (error) {
      setMessage(messageOf(error));
    }
  };

  return (
    <details className="mb-library-next" onToggle={(event) => look(event.currentTarget.open)}>
      <summary>New meeting of this committee</summary>
      {message && (
        <p role="status" className="mb-library-problem">
          {message}
        </p>
      )}
      {carry && (
        <div aria-label="What the next meeting carries over">
          <p className="mb-panel-hint">From the meeting of {ukDate(carry.previousDate)}:</p>
          {carry.openActions.length > 0 ? (
            <>
              <p>Open actions, as matters arising:</p>
              <ul>
                {carry.openActions.map((action) => (
                  <li key={`${action.raisedAt}-${action.description}`}>
                    {action.description} — {action.owner || 'no owner'}
                    {action.due ? `, by ${ukDate(action.due)}` : ''} ({action.raisedAt}
                    {action.status === 'open' ? '' : `, ${action.status}`})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>No open actions.</p>
          )}
          {carry.deferredItems.length > 0 && <p>Deferred items: {carry.deferredItems.join('; ')}.</p>}
          {carry.deferredMinutesDates.length > 0 && (
            <p>
              Minutes still to approve: {carry.deferredMinutesDates.map(ukDate).join(', ')} (deferred) and {ukDate(carry.previousDate)}.
            </p>
          )}
          {carry.standingItems.length > 0 && <p>Standing items as last time: {carry.standingItems.join('; ')}.</p>}
          <RosterDifferences roster={carry.roster} asLastTime={rosterAsLastTime} onAsLastTime={setRosterAsLastTime} />
        </div>
      )}
      <form onSubmit={(event) => void create(event)} className="mb-library-next-form">
        <UkDateField label="Date of the next meeting" required value={date} onChange={setDate} />
        <UkTimeField label="Start time" value={startTime} onChange={setStartTime} />
        <TextField label="Venue" value={venue} onChange={setVenue} />
        <TextField label="Contact officer (blank: as last time, or the committee’s)" maxLength={300} value={contact} onChange={setContact} />
        <TextField label="New items of business (one a line)" rows={3} value={agenda} onChange={setAgenda} />
        <Button type="submit" variant="primary">
          Create the next meeting
        </Button>
      </form>
    </details>
  );
}

/** The committee's roster beside the last meeting's, and the choice to start from the last meeting's instead. */
function RosterDifferences({ roster, asLastTime, onAsLastTime }: { roster: CarryOverView['roster']; asLastTime: boolean; onAsLastTime(value: boolean): void }) {
  return (
    <>
      {roster.differences.length === 0 ? (
        <p>The roster is the committee’s, as at the last meeting.</p>
      ) : (
        <>
          <p>The committee’s roster, which the next meeting starts with, differs from the last meeting’s:</p>
          <ul aria-label="Roster changes">
            {roster.differences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Checkbox className="mb-library-next-choice" isSelected={asLastTime} onChange={onAsLastTime}>
            Start from the last meeting’s roster instead (and keep it for the committee)
          </Checkbox>
        </>
      )}
      {roster.lastMeetingOnly.length > 0 && <p>At the last meeting only, not carried: {roster.lastMeetingOnly.join('; ')}.</p>}
    </>
  );
}
