// The house style a meeting's minutes print in: the shipped style its committee
// chose, kept in the meeting by name (meeting.houseStyleId), or null for the
// app's own wording. A name this version does not ship (a file from a newer
// app, or edited by hand) is refused rather than printed in other words:
// published minutes fail closed.
import type { Meeting } from '../model/meeting';
import { printSchema, type HouseStyle, type PrintSettings } from './house-style-schema';
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

/**
 * Print settings kept by files made before they were part of the house style: a loose `houseStyle` object in
 * the meeting with some of the print section's fields ({ fontFamily, notForPublication, … }) and no
 * formatVersion. Each field is read with the print section's own definition; one missing or not understood
 * takes the default, as those files were always read.
 */
function legacyPrintSettings(raw: Record<string, unknown>): PrintSettings {
  const fields = Object.entries(printSchema.shape).flatMap(([key, field]) => {
    const parsed = field.safeParse(raw[key]);
    return parsed.success && raw[key] !== undefined ? [[key, parsed.data] as const] : [];
  });
  return printSchema.parse(Object.fromEntries(fields));
}

/** How the meeting's minutes are set on the page: its house style's print section, else old files' own settings, else the defaults. */
export function printSettingsOf(meeting: Meeting): PrintSettings {
  const style = houseStyleOfMeeting(meeting);
  if (style) return style.print;
  const raw = (meeting as Record<string, unknown>).houseStyle;
  return legacyPrintSettings(typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {});
}
