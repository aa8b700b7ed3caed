// An item's text run on from its title, on the title's line, where the house
// style says so: Gotham prints "2/ Declaration on Interest: Nil." and "4/
// Progress from the Minutes, not on the Agenda: Nil to report.", not a heading
// with "Nil." under it. Only an item whose printed minutes are one paragraph is
// run on, and only the blocks the version already prints are joined, so a
// public version cannot gain text by it.
import type { PrintSettings } from '../house-style/house-style-schema';
import { runsText, type LayoutBlock, type LayoutRun } from './layout-model';

type Heading = Extract<LayoutBlock, { kind: 'heading' }>;

/** The title with the style's separator before the text: "Declaration on Interest:"; a title already ending with it keeps its own. */
export function titleBeforeText(title: string, separator: string): string {
  const mark = separator.trimEnd();
  return mark && title.trimEnd().endsWith(mark) ? title.trimEnd() : `${title.trimEnd()}${mark}`;
}

/**
 * The item's heading and its blocks as printed: with the text on the heading's line when the style runs short
 * items on and the item is one paragraph no longer than the style allows; otherwise as they came.
 */
export function withItemTextRunOn(heading: Heading, body: ReadonlyArray<LayoutBlock>, style: PrintSettings): LayoutBlock[] {
  const runOn = style.itemTextRunOn;
  const [only] = body;
  if (!runOn || body.length !== 1 || only?.kind !== 'paragraph') return [heading, ...body];
  const text = runsText(only.runs);
  if (!text.trim() || text.includes('\n') || text.length > runOn.maxCharacters) return [heading, ...body];
  // Not bold unless the clerk made it so: the heading's weight is the title's.
  const runs: LayoutRun[] = only.runs.map((run) => ({ ...run, bold: run.bold ?? false }));
  return [{ ...heading, text: titleBeforeText(heading.text, runOn.separator), runOn: runs }];
}
