// A committee's settings as the New meeting dialog edits them: set up once,
// changed when membership changes (the roster editor), reused every meeting.
import type { KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Committee } from '../../core/model/committee';
import type { Person } from '../../core/model/person';
import { useDialog } from '../dialogs/useDialog';
import { HouseStyleEditorDialog } from '../house-style/HouseStyleEditorDialog';
import { useHouseStyleChoices } from '../house-style/useHouseStyleChoices';
import { RosterEditor } from '../panels/RosterEditor';
import { Button } from '../design/Button';
import { TextField } from '../design/TextField';
import { NumberField } from '../design/NumberField';
import { Select } from '../design/Select';

export interface CommitteeDraft {
  name: string;
  councilName: string;
  numberingPrefix: string;
  lastMinuteNumber: number;
  /** "" once the clerk types the last number in: it is this municipal year's, whatever meeting came before. */
  lastMeetingDate: string;
  quorum: number;
  roster: Person[];
  /** The council's house style the minutes print in (shipped or the council's own), or null for the app's own wording. */
  houseStyleId: Committee['houseStyleId'];
  /** The officer (and team) to contact about its meetings, given to each new meeting: "Alan Maher, Democratic Services". */
  defaultContact: string;
}

export const emptyCommitteeDraft: CommitteeDraft = {
  name: '',
  councilName: '',
  numberingPrefix: '',
  lastMinuteNumber: 0,
  lastMeetingDate: '',
  quorum: 0,
  roster: [],
  houseStyleId: null,
  defaultContact: '',
};

export function draftOf(committee: Committee): CommitteeDraft {
  const { name, councilName, numberingPrefix, lastMinuteNumber, lastMeetingDate, quorum, roster, houseStyleId } = committee;
  return {
    name,
    councilName,
    numberingPrefix,
    lastMinuteNumber,
    lastMeetingDate,
    quorum,
    roster,
    houseStyleId,
    defaultContact: committee.defaultContact ?? '',
  };
}

interface CommitteeFieldsProps {
  draft: CommitteeDraft;
  onChange(draft: CommitteeDraft): void;
  isNew: boolean;
  /** Keys the form takes on a closed choice before it does (New meeting's Enter, which goes on to the next step). */
  onChoiceKeyDown?(event: KeyboardEvent<HTMLElement>): void;
}

export function CommitteeFields({ draft, onChange, isNew, onChoiceKeyDown }: CommitteeFieldsProps) {
  const set = (patch: Partial<CommitteeDraft>) => onChange({ ...draft, ...patch });
  const houseStyles = useHouseStyleChoices();
  const styleEditor = useDialog<{ id: string | null }>();
  const chooseStyle = (id: string) =>
    // The committee's schema decides which ids it accepts (shipped, and the council's own once committees take them).
    set({ houseStyleId: (houseStyles.choices.find((choice) => choice.id === id)?.id ?? null) as Committee['houseStyleId'] });
  const styleGroups = [
    { label: 'Shipped with Minute Book', source: 'shipped' },
    { label: 'Your council’s own', source: 'own' },
  ] as const;
  return (
    <fieldset className="mb-new-committee">
      <legend>{isNew ? 'The new committee' : 'This committee'}</legend>
      <TextField label="Committee name" isRequired maxLength={200} value={draft.name} onChange={(name) => set({ name })} />
      <TextField label="Council" maxLength={200} value={draft.councilName} onChange={(councilName) => set({ councilName })} />
      <TextField
        label="Minute prefix (blank for 1, 2, 3 each meeting)"
        maxLength={12}
        value={draft.numberingPrefix}
        onChange={(numberingPrefix) => set({ numberingPrefix })}
      />
      {draft.numberingPrefix.trim() ? (
        <NumberField
          label="Last minute number used this municipal year"
          minValue={0}
          maxValue={99999}
          value={draft.lastMinuteNumber}
          onChange={(lastMinuteNumber) => set({ lastMinuteNumber, lastMeetingDate: '' })}
        />
      ) : null}
      <NumberField label="Quorum (voting members)" minValue={0} maxValue={500} value={draft.quorum} onChange={(quorum) => set({ quorum })} />
      <TextField
        label="Contact officer for its meetings (name and team)"
        maxLength={300}
        value={draft.defaultContact}
        onChange={(defaultContact) => set({ defaultContact })}
      />
      <Select
        label="House style"
        hint="The words motions, votes and resolutions print in."
        options={[
          { value: '', label: 'Minute Book’s own wording' },
          ...(draft.houseStyleId && houseStyles.ownListed && !houseStyles.choices.some((choice) => choice.id === draft.houseStyleId)
            ? // Kept as chosen rather than shown as another: the editor says why the style cannot be read.
              [{ value: draft.houseStyleId, label: `“${draft.houseStyleId}” (cannot be read: see Edit house style…)` }]
            : []),
        ]}
        groups={styleGroups.map((group) => ({
          label: group.label,
          options: houseStyles.choices.filter((choice) => choice.source === group.source).map((choice) => ({ value: choice.id, label: choice.name })),
        }))}
        value={draft.houseStyleId ?? ''}
        onChange={chooseStyle}
        onKeyDown={onChoiceKeyDown}
      />
      <Button onPress={() => styleEditor.open({ id: draft.houseStyleId })}>Edit house style…</Button>
      {styleEditor.shown
        ? // Drawn outside the New meeting form (a form may not hold another), and its keys and Save kept to itself:
          // React passes a portal's events up to the New meeting dialog, whose Tab trap and Start would answer them too.
          createPortal(
            <div onKeyDown={(event) => event.stopPropagation()} onSubmit={(event) => event.stopPropagation()}>
              <HouseStyleEditorDialog initialId={styleEditor.shown.id} onSaved={houseStyles.refresh} onClose={styleEditor.close} />
            </div>,
            document.body,
          )
        : null}
      <RosterEditor people={draft.roster} onChange={(roster) => set({ roster })} />
    </fieldset>
  );
}
