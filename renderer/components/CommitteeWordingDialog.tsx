// The committee's reusable wording, edited from the keyboard: the list (edit,
// move, remove), the piece being written with its preview filled from the open
// meeting, and Save, which keeps it for the committee and this meeting alike.
import { useEffect, useRef } from 'react';
import { templateSnippets } from '../../core/minutes/meeting-context';
import type { Meeting } from '../../core/model/meeting';
import { SNIPPET_NAME_MAX, SNIPPET_TEXT_MAX } from '../../core/model/wording-snippet';
import type { MeetingEdits } from '../state/useMeetingEdits';
import { ModalForm } from '../dialogs/ModalForm';
import { useCommitteeWording } from './useCommitteeWording';
import { WordingPreview } from './WordingPreview';
import './committee-wording.css';

interface CommitteeWordingDialogProps {
  session: MeetingEdits;
  meeting: Meeting;
  onClose(): void;
}

export function CommitteeWordingDialog({ session, meeting, onClose }: CommitteeWordingDialogProps) {
  const wording = useCommitteeWording(session, meeting);
  const nameRef = useRef<HTMLInputElement>(null);
  const fromTemplate = templateSnippets(meeting);
  const editing = wording.selected === null ? null : wording.snippets[wording.selected];

  useEffect(() => nameRef.current?.focus(), [wording.selected]);

  const close = () => {
    if (wording.mayClose()) onClose();
  };

  return (
    <ModalForm
      title="Committee wording"
      className="mb-committee-wording"
      problem={wording.problem}
      onSubmit={(event) => {
        event.preventDefault();
        void wording.save();
      }}
      onClose={close}
    >
      <p>
        {wording.loading
          ? 'Loading the committee’s wording…'
          : wording.committeeName
            ? `Wording ${wording.committeeName} uses again and again. Its next meetings offer it in the slash menu (type /), and so does this meeting once saved.`
            : 'This meeting was not made from a committee, so its wording is kept in this meeting only.'}
      </p>
      {fromTemplate.length > 0 ? (
        <p className="mb-wording-note">
          From the meeting’s template: {fromTemplate.map((snippet) => snippet.name).join(', ')}. Wording here with the same name is offered instead.
        </p>
      ) : null}
      <ol className="mb-wording-list" aria-label="The committee’s wording">
        {wording.snippets.map((snippet, index) => (
          <li key={`${index}:${snippet.name}`} aria-current={index === wording.selected ? 'true' : undefined}>
            <button type="button" className="mb-wording-name" onClick={() => wording.choose(index)} aria-label={`Edit “${snippet.name}”`}>
              {snippet.name}
            </button>
            <button type="button" onClick={() => wording.move(index, -1)} disabled={index === 0} aria-label={`Move “${snippet.name}” up`}>
              Up
            </button>
            <button
              type="button"
              onClick={() => wording.move(index, 1)}
              disabled={index === wording.snippets.length - 1}
              aria-label={`Move “${snippet.name}” down`}
            >
              Down
            </button>
            <button type="button" onClick={() => wording.remove(index)} aria-label={`Remove “${snippet.name}”`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {wording.snippets.length === 0 && !wording.loading ? <p className="mb-panel-empty">No wording yet: write the first below.</p> : null}
      <fieldset className="mb-wording-draft">
        <legend>{editing ? `Changing “${editing.name}”` : 'New wording'}</legend>
        <label>
          Name (shown in the slash menu)
          <input
            ref={nameRef}
            value={wording.draft.name}
            maxLength={SNIPPET_NAME_MAX}
            onChange={(event) => wording.setDraft({ ...wording.draft, name: event.target.value })}
          />
        </label>
        <label>
          Text of the wording
          <textarea
            rows={3}
            value={wording.draft.text}
            maxLength={SNIPPET_TEXT_MAX}
            onChange={(event) => wording.setDraft({ ...wording.draft, text: event.target.value })}
          />
        </label>
        <p className="mb-wording-note">
          Fields go in braces. {'{date}'}, {'{previous date}'}, {'{committee}'} and {'{venue}'} come from the meeting; any other, such as {'{member}'}, is asked
          when the wording is used.
        </p>
        <WordingPreview text={wording.draft.text} meeting={meeting} />
        <div className="mb-dialog-buttons">
          <button type="button" onClick={() => wording.applyDraft() && nameRef.current?.focus()}>
            {editing ? 'Keep these changes' : 'Add to the list'}
          </button>
          {editing ? (
            <button type="button" onClick={() => wording.choose(null)}>
              Write new wording instead
            </button>
          ) : null}
        </div>
      </fieldset>
      {wording.message ? <p role="status">{wording.message}</p> : null}
      <div className="mb-dialog-buttons">
        <button type="submit" disabled={wording.loading}>
          Save wording
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </ModalForm>
  );
}
