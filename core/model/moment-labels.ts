// Late arrivals and early departures name the item then under way ("arrived at
// 6.10 pm during item CA.125"). Minute numbers come from the items' order, so
// an item added or moved above that one after the stamp changes its number:
// the label is printed from the item it was stamped in while that item exists.
// A label the clerk typed by hand (no item id) is printed as typed.
import type { AttendanceEntry, MeetingMoment } from './attendance';

export interface NumberedItem {
  id: string;
  number: string;
}

export function withCurrentItemLabels<M extends { attendance: AttendanceEntry[] }>(meeting: M, items: ReadonlyArray<NumberedItem>): M {
  const numbers = new Map(items.map((item) => [item.id, item.number]));
  const current = (moment: MeetingMoment | null): MeetingMoment | null => {
    const number = moment?.itemId ? numbers.get(moment.itemId) : undefined;
    return moment && number !== undefined && number !== moment.itemLabel ? { ...moment, itemLabel: number } : moment;
  };
  let changed = false;
  const attendance = meeting.attendance.map((entry) => {
    const [arrivedLate, leftEarly] = [current(entry.arrivedLate), current(entry.leftEarly)];
    if (arrivedLate === entry.arrivedLate && leftEarly === entry.leftEarly) return entry;
    changed = true;
    return { ...entry, arrivedLate, leftEarly };
  });
  // The same meeting when nothing moved, so the page's heading does not redraw for nothing.
  return changed ? { ...meeting, attendance } : meeting;
}
