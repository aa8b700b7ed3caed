// Class names Lexical puts on the editor's elements (styled in styles.css),
// and what the block nodes need to draw their leads in the words the minutes
// will print: the meeting's house style, its roster (names as the style gives
// them) and its recorded times. These travel in the theme, in a holder that
// follows the meeting (HouseStyleLeadsPlugin), so a changed style redraws the
// leads without touching the document.
import type { EditorThemeClasses } from 'lexical';
import { styledNames, type Namer } from '../../core/export/styled-names';
import type { HouseStyle } from '../../core/house-style/house-style-schema';
import { readHouseStyleOfMeeting } from '../../core/house-style/meeting-house-style';
import type { Meeting } from '../../core/model/meeting';
import type { Person } from '../../core/model/person';

export const minutesTheme: EditorThemeClasses = {
  paragraph: 'mb-paragraph',
  heading: { h1: 'mb-h1', h2: 'mb-h2', h3: 'mb-h3' },
  list: {
    ol: 'mb-ol',
    ul: 'mb-ul',
    listitem: 'mb-li',
  },
  text: { bold: 'mb-bold', italic: 'mb-italic', underline: 'mb-underline' },
};

/** What the leads are drawn from; `style` null: the app's own words. */
export interface MeetingPrint {
  style: HouseStyle | null;
  roster: ReadonlyArray<Person>;
  /** The times recorded on the meeting ("17:30", or ""), which the close falls back to as the export does. */
  startedAt: string;
  endedAt: string;
  /**
   * One namer for a pass over the whole document in order (HouseStyleLeadsPlugin), where the style names people in
   * full only the first time; absent, each lead names people afresh.
   */
  names?: Namer;
}

type MeetingFields = Pick<Meeting, 'houseStyleId' | 'houseStyle'> & Partial<Pick<Meeting, 'roster' | 'startedAt' | 'endedAt'>>;

/** The meeting's print context. A style the export would refuse (damaged, or an id this version does not ship) leaves the app's words on screen; the checks say why. */
export function meetingPrintOf(meeting: MeetingFields): MeetingPrint {
  const read = readHouseStyleOfMeeting(meeting);
  return { style: read.ok ? read.style : null, roster: meeting.roster ?? [], startedAt: meeting.startedAt ?? '', endedAt: meeting.endedAt ?? '' };
}

/** Holds the current print context; the close (a React decorator) listens for changes. */
export class MeetingPrintHolder {
  private listeners = new Set<() => void>();
  constructor(private value: MeetingPrint) {}
  readonly get = (): MeetingPrint => this.value;
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set(value: MeetingPrint): void {
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}

/** The theme's key for the holder. */
const PRINT = 'minutesMeetingPrint';
const noPrint: MeetingPrint = { style: null, roster: [], startedAt: '', endedAt: '' };

/** The theme for one meeting's editor: the class names and the holder of the meeting's print context. */
export function minutesThemeFor(meeting: MeetingFields): EditorThemeClasses {
  return { ...minutesTheme, [PRINT]: new MeetingPrintHolder(meetingPrintOf(meeting)) };
}

/** The holder an editor's theme carries, or null (an editor made without a meeting). */
export function printHolderOfTheme(theme: EditorThemeClasses): MeetingPrintHolder | null {
  return (theme[PRINT] as MeetingPrintHolder | undefined) ?? null;
}

/** The print context an editor's theme carries: the app's own words when it carries none. */
export function meetingPrintOfTheme(theme: EditorThemeClasses): MeetingPrint {
  return printHolderOfTheme(theme)?.get() ?? noPrint;
}

/** The house style an editor's theme carries, or null. */
export function houseStyleOfTheme(theme: EditorThemeClasses): HouseStyle | null {
  return meetingPrintOfTheme(theme).style;
}

/**
 * People as the style names them, from the roster, as the export names them (names as typed with no style): the
 * pass's namer where there is one, else a fresh one (everyone a first mention).
 */
export function printedNames(print: MeetingPrint): Namer {
  return print.names ?? styledNames(print.style, print.roster);
}

/** Whether the style names people differently after their first mention ("full-then-surname"). */
export function namesByFirstMention(style: HouseStyle | null): boolean {
  return style !== null && (style.names.form === 'full-then-surname' || style.names.movers === 'full-then-surname');
}
