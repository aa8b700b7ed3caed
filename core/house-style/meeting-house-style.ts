// The house style a meeting's minutes print in. A meeting made from a committee
// with a style keeps a copy of the style itself (meeting.houseStyle), so its
// minutes print the same years later whatever becomes of the shipped style or
// the council's own; meetings made before that keep only the id, which names a
// shipped style. Null for the app's own wording.
//
// Published minutes fail closed: a kept style that no longer reads as a house
// style (edited by hand, or damaged) is refused with the field and the fix, and
// so is an id this version does not ship. Nothing is printed in other words.
import type { Meeting } from '../model/meeting';
import { printSchema, type HouseStyle, type PrintSettings } from './house-style-schema';
import { parseHouseStyle } from './parse-house-style';
import { shippedHouseStyles, type HouseStyleEntry } from './shipped-house-styles';

/** Read once: the shipped styles do not change while the app runs. */
let shipped: HouseStyleEntry[] | undefined;

/** A shipped style by its id, or null when this version ships none of that id. */
export function shippedHouseStyle(id: string): HouseStyle | null {
  shipped ??= shippedHouseStyles().styles;
  return shipped.find((candidate) => candidate.id === id)?.style ?? null;
}

/** A whole style kept in the meeting, as against the loose print settings of older files (which have no formatVersion). */
function keptStyle(meeting: Pick<Meeting, 'houseStyle'>): Record<string, unknown> | null {
  const raw = meeting.houseStyle;
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'formatVersion' in raw ? (raw as Record<string, unknown>) : null;
}

export function houseStyleOfMeeting(meeting: Pick<Meeting, 'houseStyleId' | 'houseStyle'>): HouseStyle | null {
  const read = readHouseStyleOfMeeting(meeting);
  if (read.ok) return read.style;
  // Refused, not replaced: another style's words (or the app's) in published minutes would be a silent change.
  throw new Error(read.kept ? `${read.problem} Nothing was exported: minutes are printed only in the house style they were made with.` : read.problem);
}

/** The meeting's style, or why it cannot be printed in it (for the checks before export, which say so without throwing). */
export function readHouseStyleOfMeeting(
  meeting: Pick<Meeting, 'houseStyleId' | 'houseStyle'>,
): { ok: true; style: HouseStyle | null } | { ok: false; problem: string; kept: boolean } {
  const id = meeting.houseStyleId;
  const kept = keptStyle(meeting);
  if (kept) {
    const parsed = parseHouseStyle(`${id ?? 'own style'}, kept in these minutes`, kept);
    return parsed.ok ? { ok: true, style: parsed.style } : { ok: false, problem: parsed.problem, kept: true };
  }
  if (!id) return { ok: true, style: null };
  const style = shippedHouseStyle(id);
  if (!style) {
    return {
      ok: false,
      kept: false,
      problem: `This meeting is set to print in the house style “${id}”, which this version of Minute Book does not have. Fix: update Minute Book, or choose another house style for the committee and make the meeting again.`,
    };
  }
  return { ok: true, style };
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
