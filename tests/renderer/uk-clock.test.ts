// The status bar's clock reads UK time whatever zone the machine is in: a
// laptop left on another zone (or a test machine on UTC) must still show the
// time the meeting's minutes record, in the UK's "5.30 pm" form.
import { describe, expect, it } from 'vitest';
import { ukClockOf, ukTimeOfDay } from '../../renderer/workspace/uk-clock';

describe('the UK clock', () => {
  it('is GMT in winter', () => {
    expect(ukClockOf(new Date('2026-12-04T17:30:00Z'))).toBe('17:30');
    expect(ukTimeOfDay(new Date('2026-12-04T17:30:00Z'))).toBe('5.30 pm');
  });

  it('is BST in summer: an hour ahead of UTC', () => {
    expect(ukClockOf(new Date('2026-06-18T16:05:00Z'))).toBe('17:05');
    expect(ukTimeOfDay(new Date('2026-06-18T16:05:00Z'))).toBe('5.05 pm');
  });

  it('says midnight and noon the UK way', () => {
    expect(ukTimeOfDay(new Date('2026-01-10T00:05:00Z'))).toBe('12.05 am');
    expect(ukTimeOfDay(new Date('2026-01-10T12:00:00Z'))).toBe('12.00 pm');
  });

  it('does not follow the machine’s own zone', () => {
    // The instant is the same everywhere; only London's wall clock is read.
    const instant = new Date('2026-03-29T00:59:00Z'); // a minute before the clocks go forward
    expect(ukClockOf(instant)).toBe('00:59');
    expect(ukClockOf(new Date(instant.getTime() + 60_000))).toBe('02:00');
  });
});
