// Class names Lexical puts on the editor's elements (styled in styles.css),
// and the meeting's house style, which the block nodes read when they draw
// their labels so the clerk sees the words the minutes will print.
import type { EditorThemeClasses } from 'lexical';
import type { HouseStyle } from '../../core/house-style/house-style-schema';
import { readHouseStyleOfMeeting } from '../../core/house-style/meeting-house-style';
import type { Meeting } from '../../core/model/meeting';

export const minutesTheme: EditorThemeClasses = {
  paragraph: 'mb-paragraph',
  heading: { h1: 'mb-h1', h2: 'mb-h2', h3: 'mb-h3' },
  list: {
    ol: 'mb-ol',
    ul: 'mb-ul',
    listitem: 'mb-li',
    nested: { listitem: 'mb-li-nested' },
  },
  text: { bold: 'mb-bold', italic: 'mb-italic', underline: 'mb-underline' },
};

/** The theme's key for the meeting's house style (null: the app's own words). */
const HOUSE_STYLE = 'minutesHouseStyle';

/**
 * The theme for one meeting's editor: the class names and the meeting's house style. A style the export would
 * refuse (damaged, or an id this version does not ship) leaves the app's words on screen; the checks say why.
 */
export function minutesThemeFor(meeting: Pick<Meeting, 'houseStyleId' | 'houseStyle'>): EditorThemeClasses {
  const read = readHouseStyleOfMeeting(meeting);
  return { ...minutesTheme, [HOUSE_STYLE]: read.ok ? read.style : null };
}

/** The house style an editor's theme carries, or null. */
export function houseStyleOfTheme(theme: EditorThemeClasses): HouseStyle | null {
  return (theme[HOUSE_STYLE] as HouseStyle | null | undefined) ?? null;
}
