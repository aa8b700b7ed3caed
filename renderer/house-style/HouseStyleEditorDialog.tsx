// House styles, edited in the app: choose a style (shipped or the council's
// own), "Copy to edit" a shipped one (they are read-only), change its fields in
// grouped sections with the schema's sentence beside any field that is not
// right, and see a sample meeting in it alongside. Save is offered only when
// the style is valid and changed; main checks it again before writing.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { HouseStyle } from '../../core/house-style/house-style-schema';
import { houseStyleFieldProblems, ownCopyOf } from '../../core/house-style/own-house-style';
import type { HouseStyleList } from '../../core/ipc/channels/house-style-channels';
import { Select, type SelectOption } from '../design/Select';
import { ModalForm } from '../dialogs/ModalForm';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { styleSections, valueAt, withValueAt } from './house-style-fields';
import { HouseStylePreview } from './HouseStylePreview';
import { StyleFieldControl } from './StyleFieldControl';
import './house-style-editor.css';

interface Editing {
  id: string;
  source: 'shipped' | 'own';
  /** As last saved (or read); null for a copy not saved yet. */
  saved: HouseStyle | null;
  draft: unknown;
  /** The draft as it last was without mistakes, for the preview while a field is being put right. */
  lastValid: HouseStyle;
}

interface HouseStyleEditorDialogProps {
  /** The style to show first (the committee's), or null for the first listed. */
  initialId: string | null;
  /** After a save: the committee's choice lists the style at once. */
  onSaved(id: string): void;
  onClose(): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function HouseStyleEditorDialog({ initialId, onSaved, onClose }: HouseStyleEditorDialogProps) {
  const [list, setList] = useState<HouseStyleList | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [leaveUnsaved, setLeaveUnsaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const chooser = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLDivElement>(null);

  const open = async (id: string) => {
    setProblem(null);
    setStatus(null);
    try {
      const read = await call(minuteBookApi().readHouseStyle({ id }));
      setEditing({ id: read.id, source: read.source, saved: read.style, draft: read.style, lastValid: read.style });
    } catch (error) {
      setProblem(message(error));
    }
  };

  const reload = async () => {
    const loaded = await call(minuteBookApi().listHouseStyles({}));
    setList(loaded);
    return loaded;
  };

  useEffect(() => {
    let live = true;
    call(minuteBookApi().listHouseStyles({}))
      .then((loaded) => {
        if (!live) return;
        setList(loaded);
        const first = loaded.styles.find((entry) => entry.id === initialId) ?? loaded.styles[0];
        if (first) void open(first.id);
      })
      .catch((error: unknown) => live && setProblem(message(error)));
    return () => {
      live = false;
    };
    // Opened once, on the committee's style.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loaded = list !== null;
  useEffect(() => {
    if (loaded) chooser.current?.focus();
  }, [loaded]);

  const problems = useMemo(() => houseStyleFieldProblems(editing?.draft), [editing?.draft]);
  const valid = editing !== null && problems.size === 0;
  const changed = editing !== null && (editing.saved === null || JSON.stringify(editing.saved) !== JSON.stringify(editing.draft));
  const readOnly = editing?.source === 'shipped';

  const change = (path: string, value: unknown) => {
    setLeaveUnsaved(false);
    setStatus(null);
    setEditing((current) => {
      if (!current) return current;
      const draft = withValueAt(current.draft, path, value);
      return { ...current, draft, lastValid: houseStyleFieldProblems(draft).size === 0 ? (draft as HouseStyle) : current.lastValid };
    });
  };

  const copyToEdit = () => {
    if (!editing || !list || !valid) return;
    const copy = ownCopyOf(
      editing.draft as HouseStyle,
      [...list.styles, ...list.damaged].map((entry) => entry.id),
    );
    setEditing({ id: copy.id, source: 'own', saved: null, draft: copy.style, lastValid: copy.style });
    setStatus(`This is a copy of “${(editing.draft as HouseStyle).name}”, not saved yet. Change it, then Save.`);
    // The first field (the copy's name) takes the keyboard once it is editable.
    setTimeout(() => firstField.current?.querySelector<HTMLElement>('input, textarea, select')?.focus(), 0);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing || !valid || readOnly || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const { id } = await call(minuteBookApi().saveHouseStyle({ id: editing.id, style: editing.draft }));
      setEditing({ ...editing, saved: editing.draft as HouseStyle });
      setStatus(`Saved “${(editing.draft as HouseStyle).name}”. Committees can now choose it.`);
      await reload();
      onSaved(id);
    } catch (error) {
      setProblem(message(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!editing || editing.source !== 'own') return;
    setProblem(null);
    try {
      if (editing.saved) await call(minuteBookApi().deleteHouseStyle({ id: editing.id }));
      const next = await reload();
      const name = (editing.draft as HouseStyle).name;
      setStatus(editing.saved ? `Deleted “${name}”. Its file was kept beside the others as a backup.` : `The unsaved copy “${name}” was left.`);
      const first = next.styles[0];
      if (first) await open(first.id);
    } catch (error) {
      setProblem(message(error));
    }
  };

  const close = () => {
    if (editing && !readOnly && changed && !leaveUnsaved) {
      setLeaveUnsaved(true);
      setStatus('This style has changes that are not saved. Save them, or press Close again to leave them.');
      return;
    }
    onClose();
  };

  const chosenId = editing?.saved === null ? '__unsaved__' : (editing?.id ?? '');
  return (
    <ModalForm title="House styles" className="mb-house-style-editor" problem={problem} onSubmit={(event) => void save(event)} onClose={close}>
      {list === null && !problem ? <p>Loading house styles…</p> : null}
      {list ? (
        <div className="mb-style-chooser">
          <Select
            label="House style"
            triggerRef={chooser}
            value={chosenId}
            onChange={(id) => void open(id)}
            options={editing?.saved === null ? [{ value: '__unsaved__', label: `${(editing.draft as HouseStyle).name} (not saved yet)` }] : []}
            groups={[
              { label: 'Shipped with Minute Book (read-only)', options: choicesFrom(list, 'shipped') },
              { label: 'Your council’s own', options: choicesFrom(list, 'own') },
            ]}
          />
          {readOnly ? (
            <button type="button" onClick={copyToEdit}>
              Copy to edit
            </button>
          ) : null}
          {editing?.source === 'own' ? (
            <button type="button" onClick={() => void remove()}>
              Delete this style
            </button>
          ) : null}
        </div>
      ) : null}
      {list?.damaged.length ? (
        <div className="mb-style-damaged">
          <p>These files of your own styles could not be read, so they are left as they are:</p>
          <ul>
            {list.damaged.map((entry) => (
              <li key={entry.id}>{entry.problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {readOnly ? <p className="mb-style-hint">The styles Minute Book ships cannot be changed: use “Copy to edit” to make your council’s own.</p> : null}
      {editing ? (
        <div className="mb-style-body">
          <div className="mb-style-form" ref={firstField}>
            {styleSections.map((section) => (
              <fieldset key={section.title} className="mb-style-section">
                <legend>{section.title}</legend>
                {section.fields
                  .filter((field) => !field.shownWith || valueAt(editing.draft, field.shownWith) != null)
                  .map((field) => (
                    <StyleFieldControl
                      key={field.path}
                      field={field}
                      draft={editing.draft}
                      problem={problems.get(field.path)}
                      readOnly={readOnly}
                      onChange={change}
                    />
                  ))}
              </fieldset>
            ))}
          </div>
          <HouseStylePreview style={editing.lastValid} stale={!valid} />
        </div>
      ) : null}
      {status ? <p role="status">{status}</p> : null}
      {editing && !valid ? <p className="mb-form-problem">Save is offered once every field marked above is put right.</p> : null}
      <div className="mb-dialog-buttons">
        {!readOnly ? (
          // Not disabled while saving or once saved: the keyboard is on it, and a button that turns disabled drops the focus to nowhere.
          <button type="submit" disabled={!valid}>
            Save
          </button>
        ) : null}
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </ModalForm>
  );
}

/** The styles of one source (shipped with the app, or the council's own), as choices. */
function choicesFrom(list: HouseStyleList, source: HouseStyleList['styles'][number]['source']): SelectOption<string>[] {
  return list.styles.filter((entry) => entry.source === source).map((entry) => ({ value: entry.id, label: entry.name }));
}
