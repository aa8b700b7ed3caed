// The house style a meeting's minutes print in: the shipped style its committee
// chose, kept in the meeting by name (meeting.houseStyleId), or null for the
// app's own wording. A name this version does not ship (a file from a newer
// app, or edited by hand) is refused rather than printed in other words:
// published minutes fail closed.
import type { Meeting } from '../model/meeting';
import type { HouseStyle } from './house-style-schema';
import { shippedHouseStyles, type HouseStyleEntry } from './shipped-house-styles';

/** Read once: the shipped styles do not change while the app runs. */
let shipped: HouseStyleEntry[] | undefined;

export function houseStyleOfMeeting(meeting: Pick<Meeting, 'houseStyleId'>): HouseStyle | null {
  const id = meeting.houseStyleId;
  if (!id) return null;
  shipped ??= shippedHouseStyles().styles;
  const entry = shipped.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new Error(
      `This meeting is set to print in the house style “${id}”, which this version of Minute Book does not have. Fix: update Minute Book, or choose another house style for the committee and make the meeting again.`,
    );
  }
  return entry.style;
}
