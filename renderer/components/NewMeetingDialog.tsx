// New meeting (Ctrl+Shift+M), in three steps: the committee (or set one up
// with its roster) and template; the date, time and venue; and, optionally,
// the agenda's items of business. Enter goes on to the next step; Start the
// meeting (Ctrl+Enter from any step) opens the minutes with the standing items
// in place. A known committee brings its template and venue, so its meeting
// can start from the first step.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
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
import { Button } from '../design/Button';
import { TextField } from '../design/TextField';
import { Select } from '../design/Select';

const NEW_COMMITTEE = '__new__';

/** The dialog's steps, in order; each names the part of the meeting it sets. */
const steps = ['Committee and template', 'Date and place', 'Items of business'] as const;

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
  const [contact, setContact] = useState('');
  const [agenda, setAgenda] = useState('');
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState(0);
  const first = useRef<HTMLButtonElement>(null);
  const stepList = useRef<HTMLOListElement>(null);
  /** The step's fields, all kept in the page (hidden when not shown), so nothing typed or read is lost between steps. */
  const stepBody = (index: number) => stepList.current?.closest('form')?.querySelector<HTMLElement>(`[data-step="${index}"]`) ?? null;
  const lastStep = step === steps.length - 1;

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
        setStartTime(committee?.defaultStartTime ?? '');
        setContact(committee?.defaultContact ?? '');
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

  // A step shown by Next, Back or its name starts with its first field, so the keyboard carries straight on.
  const goTo = (next: number) => {
    setStep(next);
    setProblem(null);
  };
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    stepBody(step)?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [step]);

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
    if (committee?.defaultStartTime) setStartTime(committee.defaultStartTime);
    setContact(committee?.defaultContact ?? '');
    if (committee?.defaultTemplateId) setTemplateId(committee.defaultTemplateId);
  };

  // The published agenda, as the clerk accepted it: what it does not say is left as it was.
  const acceptAgenda = (imported: ImportedAgenda) => {
    if (imported.date) setDate(imported.date);
    if (imported.startTime) setStartTime(imported.startTime);
    if (imported.venue) setVenue(imported.venue);
    if (imported.items.length > 0) setAgenda(imported.items.map(agendaLineOf).join('\n'));
  };

  const start = async () => {
    if (busy || !templateId) return;
    // Start is offered on every step, so it checks every step's fields as a submit would: a date that cannot be
    // read, wherever the clerk left it, is shown with its sentence, and the meeting does not start.
    const fields = stepList.current?.closest('form')?.querySelectorAll<HTMLInputElement>('input, select, textarea') ?? [];
    const unreadable = [...fields].find((field) => !field.validity.valid);
    if (unreadable) {
      flushSync(() => goTo(Number(unreadable.closest('[data-step]')?.getAttribute('data-step') ?? step)));
      unreadable.reportValidity();
      return;
    }
    if (!date) {
      goTo(1);
      setProblem('The meeting has no date yet. Enter it under Date and place, for example 23/03/2022.');
      return;
    }
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
          contact,
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

  // Enter in a field goes on to the next step, and on the last starts the meeting.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lastStep) void start();
    else goTo(step + 1);
  };
  const stepKeys = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    void start();
  };
  // On a committee or template choice Enter goes on too, as from a text field, rather than opening the list (Space,
  // Alt+Down or the arrows open it): the choice was made by its first letters without opening it.
  const choiceKeys = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
    if (event.ctrlKey || event.metaKey) return stepKeys(event);
    event.preventDefault();
    stepList.current?.closest('form')?.requestSubmit();
  };

  return (
    <ModalForm title="New meeting" className="mb-new-meeting" problem={problem} onSubmit={submit} onKeyDown={stepKeys} onClose={onClose}>
      {setup === null && !problem ? <p>Loading committees and templates…</p> : null}
      {setup ? (
        <>
          <ol ref={stepList} className="mb-steps" aria-label="Steps">
            {steps.map((name, index) => (
              <li key={name}>
                <Button aria-current={index === step ? 'step' : undefined} onPress={() => goTo(index)}>
                  <span className="mb-step-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {name}
                </Button>
              </li>
            ))}
          </ol>
          <div className="mb-step-body" data-step={0} hidden={step !== 0}>
            <Select
              label="Committee"
              triggerRef={first}
              options={[
                ...setup.committees.map((committee) => ({ value: committee.id, label: committee.name })),
                { value: NEW_COMMITTEE, label: 'Set up a new committee…' },
              ]}
              value={committeeId}
              onChange={chooseCommittee}
              onKeyDown={choiceKeys}
            />
            {!creating ? (
              <Button aria-expanded={editingCommittee} onPress={() => setEditingCommittee((open) => !open)}>
                {editingCommittee ? 'Keep the committee as it is' : 'Change this committee (roster, quorum, numbering)'}
              </Button>
            ) : null}
            {creating || editingCommittee ? (
              <CommitteeFields
                draft={draft}
                onChange={(next) => {
                  // The committee's contact is this meeting's too, unless the clerk gave the meeting another.
                  if (next.defaultContact !== draft.defaultContact && contact === draft.defaultContact) setContact(next.defaultContact);
                  setDraft(next);
                }}
                isNew={creating}
                onChoiceKeyDown={choiceKeys}
              />
            ) : null}
            <Select
              label="Template"
              options={setup.templates.map((candidate) => ({
                value: candidate.id,
                label: candidate.source === 'own' ? `${candidate.name} (your own)` : candidate.name,
              }))}
              value={templateId}
              onChange={setTemplateId}
              onKeyDown={choiceKeys}
            />
            {template ? <p className="mb-template-outline">{template.outline.join(' · ')}</p> : null}
            {setup.problems.map((text) => (
              <p key={text} className="mb-form-problem">
                {text}
              </p>
            ))}
          </div>
          <div className="mb-step-body" data-step={1} hidden={step !== 1}>
            <UkDateField label="Date" required value={date} onChange={setDate} />
            <UkTimeField label="Starts at" value={startTime} onChange={setStartTime} />
            <TextField label="Venue" value={venue} onChange={setVenue} />
            <TextField label="Contact officer" value={contact} maxLength={300} onChange={setContact} />
          </div>
          <div className="mb-step-body" data-step={2} hidden={step !== 2}>
            <TextField
              label="Items of business, one a line (the agenda’s numbers are left out; “— Report of …” after a title names the report; “[exempt 3]” at the end for an exempt item)"
              rows={4}
              value={agenda}
              onChange={setAgenda}
            />
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
          </div>
          {!session.isPristine ? (
            <p className="mb-form-note">This window has work in it, so the meeting will be saved as a new file and open in a new window.</p>
          ) : null}
          <div className="mb-dialog-buttons">
            {step > 0 ? <Button onPress={() => goTo(step - 1)}>Back</Button> : null}
            {lastStep ? null : (
              <Button type="submit" variant="primary">
                Next: {steps[step + 1]?.toLowerCase()}
              </Button>
            )}
            <Button
              type={lastStep ? 'submit' : 'button'}
              variant={lastStep ? 'primary' : 'standard'}
              isDisabled={busy || !templateId}
              aria-keyshortcuts="Control+Enter"
              onPress={lastStep ? undefined : () => void start()}
            >
              Start the meeting
            </Button>
            <Button onPress={onClose}>Cancel</Button>
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
