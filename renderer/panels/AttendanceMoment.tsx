// A late arrival or early leaving as stamped (L or E): the clerk may press the
// key a minute or an item late, so the time and the item stay correctable,
// and a stamp made in error can be taken off.
import type { KeyboardEvent } from 'react';
import { CLOCK_TIME, type MeetingMoment } from '../../core/model/attendance';
import { UkTimeField } from '../components/UkDateTimeFields';
import { Button } from '../design/Button';

interface AttendanceMomentProps {
  /** "arrived" or "left", as the labels read: "Time B Young arrived". */
  verb: 'arrived' | 'left';
  name: string;
  moment: MeetingMoment;
  onChange(moment: MeetingMoment | null): void;
  /** Enter or Escape in a field: back to the register. */
  onFieldKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

export function AttendanceMoment({ verb, name, moment, onChange, onFieldKeyDown }: AttendanceMomentProps) {
  return (
    <span className="mb-attendance-moment">
      <UkTimeField
        ariaLabel={`Time ${name} ${verb}`}
        value={moment.time}
        onKeyDown={onFieldKeyDown}
        // A half-typed or unreadable time is not stored; the stamp keeps the last whole one.
        onChange={(time) => CLOCK_TIME.test(time) && onChange({ ...moment, time })}
      />
      <input
        aria-label={`Item when ${name} ${verb}`}
        className="mb-attendance-item"
        placeholder="item"
        maxLength={40}
        value={moment.itemLabel}
        onKeyDown={onFieldKeyDown}
        // Typed by hand, the label no longer follows the item if it is renumbered.
        onChange={(event) => onChange({ ...moment, itemLabel: event.target.value, itemId: null })}
      />
      <Button aria-label={`${name} has not ${verb === 'arrived' ? 'arrived late' : 'left early'}`} onPress={() => onChange(null)}>
        ×
      </Button>
    </span>
  );
}
