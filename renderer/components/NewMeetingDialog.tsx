// New meeting (Ctrl+Shift+M): choose the committee (or set one up with its
// roster), the template, the date and venue, and optionally list the agenda's
// items of business; the minutes open with the standing items in place.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MeetingSetup } from '../../core/ipc/channels/meeting-channels';
import type { Person } from '../../core/model/person';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { RosterEditor } from '../panels/RosterEditor';
import type { DocumentSession } from '../state/useDocumentSession';
import '../panels/meeting-panels.css';

const NEW_COMMITTEE = '__new__';

function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Draft improvement plan — Report of the Executive Director" → title and report name. */
function agendaItemsFrom(text: string) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [title, ...report] = line.split(/\s+[—–]\s+/);
      return { title: title ?? line, reportName: report.join(' — ') || null };
    });
}

export function NewMeetingDialog({ session, onClose }: { session: DocumentSession; onClose(): void }) {
  const [setup, setSetup] = useState<MeetingSetup | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [committeeId, setCommitteeId] = useState('');
  const [committeeName, setCommitteeName] = useState('');
  const [councilName, setCouncilName] = useState('');
  const [prefix, setPrefix] = useState('');
  const [quorum, setQuorum] = useState(0);
  const [roster, setRoster] = useState<Person[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [date, setDate] = useState(todayIso);
  const [startTime, setStartTime] = useState('');
  const [venue, setVenue] = useState('');
  const [agenda, setAgenda] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const ids = useId();

  useEffect(() => {
    let live = true;
    call(minuteBookApi().meetingSetup({}))
      .then((loaded) => {
        if (!live) return;
        setSetup(loaded);
        const committee = loaded.committees[0];
        setCommitteeId(committee?.id ?? NEW_COMMITTEE);
        setVenue(committee?.defaultVenue ?? '');
        setTemplateId(committee?.defaultTemplateId || loaded.templates[0]?.id || '');
      })
      .catch((error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, []);

  // Keyboard first: the committee choice takes focus as soon as it is there.
  const loaded = setup !== null;
  useEffect(() => {
    if (loaded) first.current?.focus();
  }, [loaded]);

  const creating = committeeId === NEW_COMMITTEE;
  const template = setup?.templates.find((candidate) => candidate.id === templateId);

  const chooseCommittee = (id: string) => {
    setCommitteeId(id);
    const committee = setup?.committees.find((candidate) => candidate.id === id);
    if (committee?.defaultVenue) setVenue(committee.defaultVenue);
    if (committee?.defaultTemplateId) setTemplateId(committee.defaultTemplateId);
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      let id = committeeId;
      if (creating) {
        const saved = await call(
          minuteBookApi().saveCommittee({
            committee: { id: '', name: committeeName, councilName, roster, quorum, numberingPrefix: prefix, defaultVenue: venue, defaultTemplateId: templateId },
          }),
        );
        id = saved.committee.id;
      }
      const outcome = await call(
        minuteBookApi().newMeeting({ committeeId: id, templateId, date, venue, startTime, agendaItems: agendaItemsFrom(agenda), replaceCurrent: session.isPristine }),
      );
      setBusy(false);
      if (outcome.status === 'cancelled') return;
      if (outcome.status === 'opened-in-new-window') {
        setProblem(`The meeting was saved as “${outcome.displayName}” and opened in a new window.`);
        return;
      }
      session.showOpened(outcome);
      onClose();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <div className="mb-dialog-backdrop">
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        className="mb-dialog mb-new-meeting"
        onSubmit={(event) => void start(event)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <h2 id={`${ids}-title`}>New meeting</h2>
        {problem ? (
          <p role="alert" className="mb-form-problem">
            {problem}
          </p>
        ) : null}
        {setup === null && !problem ? <p>Loading committees and templates…</p> : null}
        {setup ? (
          <>
            <label>
              Committee
              <select ref={first} aria-label="Committee" value={committeeId} onChange={(event) => chooseCommittee(event.target.value)}>
                {setup.committees.map((committee) => (
                  <option key={committee.id} value={committee.id}>
                    {committee.name}
                  </option>
                ))}
                <option value={NEW_COMMITTEE}>Set up a new committee…</option>
              </select>
            </label>
            {creating ? (
              <fieldset className="mb-new-committee">
                <legend>The new committee</legend>
                <label>
                  Committee name
                  <input required value={committeeName} onChange={(event) => setCommitteeName(event.target.value)} />
                </label>
                <label>
                  Council
                  <input value={councilName} onChange={(event) => setCouncilName(event.target.value)} />
                </label>
                <label>
                  Minute prefix (blank for 1, 2, 3 each meeting)
                  <input value={prefix} maxLength={12} onChange={(event) => setPrefix(event.target.value)} />
                </label>
                <label>
                  Quorum (voting members)
                  <input type="number" min={0} max={500} value={quorum} onChange={(event) => setQuorum(Number(event.target.value) || 0)} />
                </label>
                <RosterEditor people={roster} onChange={setRoster} />
              </fieldset>
            ) : null}
            <label>
              Template
              <select aria-label="Template" value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
                {setup.templates.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.source === 'own' ? `${candidate.name} (your own)` : candidate.name}
                  </option>
                ))}
              </select>
            </label>
            {template ? <p className="mb-template-outline">{template.outline.join(' · ')}</p> : null}
            {setup.problems.map((text) => (
              <p key={text} className="mb-form-problem">
                {text}
              </p>
            ))}
            <label>
              Date
              <input type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
            </label>
            <label>
              Starts at
              <input type="time" value={startTime} onChange={(event) => setStartTime(event.target.value)} />
            </label>
            <label>
              Venue
              <input value={venue} onChange={(event) => setVenue(event.target.value)} />
            </label>
            <label>
              Items of business, one a line (“Title — report name”)
              <textarea rows={4} value={agenda} onChange={(event) => setAgenda(event.target.value)} />
            </label>
            {!session.isPristine ? <p className="mb-form-note">This window has work in it, so the meeting will be saved as a new file and open in a new window.</p> : null}
            <div className="mb-dialog-buttons">
              <button type="submit" disabled={busy || !templateId}>
                Start the meeting
              </button>
              <button type="button" onClick={onClose}>
                Cancel
              </button>
            </div>
          </>
        ) : null}
      </form>
    </div>
  );
}

/** Opens the dialog on Ctrl+Shift+M (Cmd on a Mac). */
export function NewMeetingLauncher({ session }: { session: DocumentSession }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'm') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  return open ? <NewMeetingDialog session={session} onClose={() => setOpen(false)} /> : null;
}
