// How many voting members could vote on an item: those in the room for it. A
// member stamped arriving during a later item, or leaving after an earlier
// one, was not there; one who came or went during the item itself may have
// voted, so counts. A moment whose item is not found (a label typed by hand
// that names no item) does not take anyone out.
import type { AgendaItemMinutes } from '../minutes/minutes-model';
import { attended, attendanceOf, type MeetingMoment } from '../model/attendance';
import type { Meeting } from '../model/meeting';

export function votingMembersPresentFor(meeting: Meeting, items: ReadonlyArray<AgendaItemMinutes>, itemIndex: number | null): number | null {
  if (meeting.attendance.length === 0) return null;
  const positionOf = (moment: MeetingMoment | null): number | null => {
    if (!moment) return null;
    const index = items.findIndex((item) => (moment.itemId ? item.id === moment.itemId : item.number === moment.itemLabel.trim()));
    return index >= 0 ? index : null;
  };
  return meeting.roster.filter((person) => {
    const entry = attendanceOf(meeting.attendance, person.id);
    if (!person.voting || !entry || !attended(entry)) return false;
    if (itemIndex === null) return true;
    const arrived = positionOf(entry.arrivedLate);
    const left = positionOf(entry.leftEarly);
    return !(arrived !== null && arrived > itemIndex) && !(left !== null && left < itemIndex);
  }).length;
}
