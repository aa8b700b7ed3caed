// Whether a "none" line's words are still the standard entry, which the minutes
// print in the meeting's house style's words: the app's own, the style's, or,
// in a style, another shipped style's words for the same statement. Those were
// inserted while the meeting had that style ("Nil." under Gotham's), and a
// clerk who then keeps Wirral's means Wirral's minutes: the line prints as
// "No declarations of interest were made.". Any other words are the clerk's
// and print as typed. With no style only the app's words are standard, so a
// "Nil." typed there stays the clerk's.
import type { StatementKind } from '../minutes/block-wording';
import type { HouseStyle } from './house-style-schema';
import { noneWording } from './house-style-wording';
import { shippedHouseStyles } from './shipped-house-styles';

/** Read once: the shipped styles do not change while the app runs. */
let shippedStyles: HouseStyle[] | undefined;

export function isStandardNoneWording(style: HouseStyle | null, statement: StatementKind, words: string): boolean {
  const typed = words.trim();
  if (typed === noneWording(null, statement)) return true;
  if (!style) return false;
  shippedStyles ??= shippedHouseStyles().styles.map((entry) => entry.style);
  return [style, ...shippedStyles].some((candidate) => typed === noneWording(candidate, statement));
}
