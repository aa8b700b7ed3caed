// A committee's settings as the New meeting dialog edits them: set up once,
// changed when membership changes (the roster editor), reused every meeting.
import type { ShippedHouseStyleId } from '../../core/house-style/shipped-house-style-ids';
import { shippedHouseStyles } from '../../core/house-style/shipped-house-styles';
import type { Committee } from '../../core/model/committee';
import type { Person } from '../../core/model/person';
import { RosterEditor } from '../panels/RosterEditor';

export interface CommitteeDraft {
  name: string;
  councilName: string;
  numberingPrefix: string;
  lastMinuteNumber: number;
  /** "" once the clerk types the last number in: it is this municipal year's, whatever meeting came before. */
  lastMeetingDate: string;
  quorum: number;
  roster: Person[];
  /** The council's house style the minutes print in, or null for the app's own wording. */
  houseStyleId: string | null;
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
};

export function draftOf(committee: Committee): CommitteeDraft {
  const { name, councilName, numberingPrefix, lastMinuteNumber, lastMeetingDate, quorum, roster, houseStyleId } = committee;
  return { name, councilName, numberingPrefix, lastMinuteNumber, lastMeetingDate, quorum, roster, houseStyleId };
}

/** The shipped styles, named as the council's minutes are ("Wirral Council — Planning Committee"). */
const houseStyleChoices = shippedHouseStyles().styles.map((entry) => ({ id: entry.id as ShippedHouseStyleId, name: entry.style.name }));

/** A whole number within what a committee file allows. */
const whole = (value: string, max: number) => Math.min(max, Math.max(0, Math.floor(Number(value)) || 0));

export function CommitteeFields({ draft, onChange, isNew }: { draft: CommitteeDraft; onChange(draft: CommitteeDraft): void; isNew: boolean }) {
  const set = (patch: Partial<CommitteeDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset className="mb-new-committee">
      <legend>{isNew ? 'The new committee' : 'This committee'}</legend>
      <label>
        Committee name
        <input required maxLength={200} value={draft.name} onChange={(event) => set({ name: event.target.value })} />
      </label>
      <label>
        Council
        <input value={draft.councilName} maxLength={200} onChange={(event) => set({ councilName: event.target.value })} />
      </label>
      <label>
        Minute prefix (blank for 1, 2, 3 each meeting)
        <input value={draft.numberingPrefix} maxLength={12} onChange={(event) => set({ numberingPrefix: event.target.value })} />
      </label>
      {draft.numberingPrefix.trim() ? (
        <label>
          Last minute number used this municipal year
          <input
            type="number"
            min={0}
            max={99999}
            value={draft.lastMinuteNumber}
            onChange={(event) => set({ lastMinuteNumber: whole(event.target.value, 99999), lastMeetingDate: '' })}
          />
        </label>
      ) : null}
      <label>
        Quorum (voting members)
        <input type="number" min={0} max={500} value={draft.quorum} onChange={(event) => set({ quorum: whole(event.target.value, 500) })} />
      </label>
      <label>
        House style (the words motions, votes and resolutions print in)
        {/* Named outright: the options' council names would otherwise join the label's and clash with "Council". */}
        <select
          aria-label="House style"
          value={draft.houseStyleId ?? ''}
          onChange={(event) => set({ houseStyleId: houseStyleChoices.find((choice) => choice.id === event.target.value)?.id ?? null })}
        >
          <option value="">Minute Book’s own wording</option>
          {houseStyleChoices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      </label>
      <RosterEditor people={draft.roster} onChange={(roster) => set({ roster })} />
    </fieldset>
  );
}
