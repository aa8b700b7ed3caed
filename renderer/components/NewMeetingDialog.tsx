// New meeting (Ctrl+Shift+M): choose the committee (or set one up with its
// roster), the template, the date and venue, and optionally list the agenda's
// items of business; the minutes open with the standing items in place.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { agendaLineOf } from '../../core/agenda/agenda-line';
import type { ImportedAgenda } from '../../core/agenda/agenda-document';
import type { MeetingSetup } from '../../core/ipc/channels/meeting-channels';
import { readAgendaLines } from '../../core/templates/agenda-lines';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { AgendaImport } from './AgendaImport';
import { ModalForm } from '../dialogs/ModalForm';
import { useDialog } from '../dialogs/useDialog';
import { CommitteeFields, draftOf, emptyCommitteeDraft, type CommitteeDraft } from './CommitteeFields';
import { useAppCommands } from '../state/useAppCommands';
import type { OpenDocumentView } from '../state/useDocumentSession';
import type { FileActions } from '../state/useFileActions';
import type { SafetyOffers } from '../state/useSafetyOffers';
import '../panels/meeting-panels.css';
import { UkDateField, UkTimeField } from './UkDateTimeFields';
import { noteStartedMeeting, takeStartedMeeting } from '../state/started-meetings';
import { putCaretUnderFirstItem } from './started-meeting-caret';

const NEW_COMMITTEE = '__new__';

function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function NewMeetingDialog({ session, onClose }: { session: FileActions & SafetyOffers; onClose(): void }) {
  const [setup, setSetup] = useState<MeetingSetup | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [committeeId, setCommitteeId] = useState('');
  const [draft, setDraft] = useState<CommitteeDraft>(emptyCommitteeDraft);
  const [editingCommittee, setEditingCommittee] = useState(false);
  const [templateId, setTemplateId] = useState('');
  const [date, setDate] = useState(todayIso);
  const [startTime, setStartTime] = useState('');
  const [venue, setVenue] = useState('');
  const [agenda, setAgenda] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    let live = true;
    call(minuteBookApi().meetingSetup({}))
      .then((loaded) => {
        if (!live) return;
        setSetup(loaded);
        const committee = loaded.committees[0];
        setCommitteeId(committee?.id ?? NEW_COMMITTEE);
        if (committee) setDraft(draftOf(committee));
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
  // What the pasted agenda was read as, shown under it before the meeting starts; the clerk fixes a line in the box.
  const agendaReading = readAgendaLines(agenda);
  const chosenCommittee = setup?.committees.find((candidate) => candidate.id === committeeId);
  const template = setup?.templates.find((candidate) => candidate.id === templateId);

  const chooseCommittee = (id: string) => {
    setCommitteeId(id);
    setEditingCommittee(false);
    const committee = setup?.committees.find((candidate) => candidate.id === id);
    setDraft(committee ? draftOf(committee) : emptyCommitteeDraft);
    if (committee?.defaultVenue) setVenue(committee.defaultVenue);
    if (committee?.defaultTemplateId) setTemplateId(committee.defaultTemplateId);
  };

  // The published agenda, as the clerk accepted it: what it does not say is left as it was.
  const acceptAgenda = (imported: ImportedAgenda) => {
    if (imported.date) setDate(imported.date);
    if (imported.startTime) setStartTime(imported.startTime);
    if (imported.venue) setVenue(imported.venue);
    if (imported.items.length > 0) setAgenda(imported.items.map(agendaLineOf).join('\n'));
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      let id = committeeId;
      if (creating || (editingCommittee && chosenCommittee)) {
        // The committee is set up (or changed) once here and reused for every later meeting.
        const base = creating ? { id: '' } : chosenCommittee!;
        const saved = await call(minuteBookApi().saveCommittee({ committee: { ...base, ...draft, defaultVenue: venue, defaultTemplateId: templateId } }));
        id = saved.committee.id;
      }
      const outcome = await call(
        minuteBookApi().newMeeting({
          committeeId: id,
          templateId,
          date,
          venue,
          startTime,
          agendaItems: agendaReading.map((reading) => reading.item),
          replaceCurrent: session.isPristine,
        }),
      );
      setBusy(false);
      if (outcome.status === 'cancelled') return;
      if (outcome.status === 'opened-in-new-window') {
        setProblem(`The meeting was saved as “${outcome.displayName}” and opened in a new window.`);
        return;
      }
      if (outcome.status === 'opened') noteStartedMeeting(outcome.opened.documentId);
      session.showOpened(outcome);
      onClose();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <ModalForm title="New meeting" className="mb-new-meeting" problem={problem} onSubmit={(event) => void start(event)} onClose={onClose}>
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
          {!creating ? (
            <button type="button" aria-expanded={editingCommittee} onClick={() => setEditingCommittee((open) => !open)}>
              {editingCommittee ? 'Keep the committee as it is' : 'Change this committee (roster, quorum, numbering)'}
            </button>
          ) : null}
          {creating || editingCommittee ? <CommitteeFields draft={draft} onChange={setDraft} isNew={creating} /> : null}
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
          <UkDateField label="Date" required value={date} onChange={setDate} />
          <UkTimeField label="Starts at" value={startTime} onChange={setStartTime} />
          <label>
            Venue
            <input value={venue} onChange={(event) => setVenue(event.target.value)} />
          </label>
          <label>
            Items of business, one a line (the agenda’s numbers are left out; “— Report of …” after a title names the report; “[exempt 3]” at the end for an
            exempt item)
            <textarea rows={4} value={agenda} onChange={(event) => setAgenda(event.target.value)} />
          </label>
          {agendaReading.length > 0 ? (
            <ol className="mb-agenda-preview" aria-label="Items of business as read" data-testid="agenda-preview">
              {agendaReading.map(({ line, item, doubts }) => (
                <li key={line}>
                  {item.title}
                  {item.reportName ? ` (${item.reportName})` : ''}
                  {item.exemptParagraph ? ` [exempt, paragraph ${item.exemptParagraph}]` : ''}
                  {doubts.map((doubt) => (
                    <span key={doubt} className="mb-form-note">
                      {' '}
                      {doubt}
                    </span>
                  ))}
                </li>
              ))}
            </ol>
          ) : null}
          <AgendaImport onAccept={acceptAgenda} onProblem={setProblem} />
          {!session.isPristine ? (
            <p className="mb-form-note">This window has work in it, so the meeting will be saved as a new file and open in a new window.</p>
          ) : null}
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
    </ModalForm>
  );
}

/** Opens the dialog on Ctrl+Shift+M (Cmd on a Mac) or File › New Meeting…. */
export function NewMeetingLauncher({ session }: { session: FileActions & SafetyOffers & Pick<OpenDocumentView, 'opened'> }) {
  const dialog = useDialog();
  const [editor] = useLexicalComposerContext();
  useAppCommands({ 'new-meeting': () => dialog.open(true) });
  // The meeting just started here opens with the caret under its first item, ready to type.
  const documentId = session.opened?.documentId;
  useEffect(() => {
    if (documentId && takeStartedMeeting(documentId)) putCaretUnderFirstItem(editor);
  }, [documentId, editor]);
  return dialog.shown ? <NewMeetingDialog session={session} onClose={dialog.close} /> : null;
}
