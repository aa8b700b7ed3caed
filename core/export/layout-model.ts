// The intermediate layout both writers walk: the DOCX writer and the HTML
// writer (→ PDF) turn exactly these blocks into their own markup, so the two
// formats cannot disagree about what the minutes say or in what order.
// Text here is always literal text; each writer escapes it for its format.

export interface LayoutRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type LayoutBlock =
  /** The council's name at the top of the first page (Word's Title style). */
  | { kind: 'title'; text: string }
  /**
   * Level 1: an agenda item or an appendix; level 2: "Decision:" and the other parts of a cabinet decision, or a
   * clerk's own Heading 1 under an item; level 3: a clerk's Heading 2.
   */
  | {
      kind: 'heading';
      level: 1 | 2 | 3;
      text: string;
      anchor: string | null;
      /** An item's text printed on its title's line after a space, not as a heading ("2/ Declaration on Interest: Nil."; print.itemTextRunOn). */
      runOn?: LayoutRun[];
    }
  /** `keepWithNext`: never the last line of a page apart from what follows ("It was agreed:" and its first resolution). */
  | { kind: 'paragraph'; runs: LayoutRun[]; keepWithNext?: true }
  /** Numbered lists restart at 1 for each list; a nested list sits under the item it follows (`after`), never renumbering the rest. */
  | { kind: 'list'; ordered: boolean; items: LayoutRun[][]; sublists?: Array<{ after: number; ordered: boolean; items: LayoutRun[][] }> }
  /** "Present:  Councillor S Wright (in the Chair)": a label and its text; continuation lines have label "". */
  | { kind: 'label-lines'; lines: Array<{ label: string; text: string }> }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][] }
  /** The chair's signature: "COUNCILLOR S WRIGHT" above "Chair". */
  /** `dateLine`: a line for the date of signing, left blank, where the house style dates the signature. */
  | { kind: 'signature'; name: string; role: string; dateLine?: string }
  /** A note set apart, e.g. "(Note: The meeting started at 5.30 pm and ended at 6.45 pm)". */
  | { kind: 'note'; text: string };

export interface LayoutSection {
  /** Appendices start on a new page. */
  newPage: boolean;
  blocks: LayoutBlock[];
}

export interface LayoutLogo {
  /** PNG or JPEG bytes. */
  data: Uint8Array;
  type: 'png' | 'jpg';
  widthPx: number;
  heightPx: number;
  altText: string;
}

/**
 * A place in the layout's text: a block (by section and position), a part of
 * it (a list's item or a label line's line; 0 otherwise) and a character
 * offset in that part's text, as layoutTextParts reads it.
 */
export interface LayoutPlace {
  section: number;
  block: number;
  part: number;
  offset: number;
}

/** A comment on the words from start to end, written into the DOCX as a Word comment (the HTML leaves it out). */
export interface LayoutComment {
  author: string;
  /** ISO date-time. */
  date: string;
  body: string;
  replies: Array<{ author: string; date: string; body: string }>;
  resolved: boolean;
  start: LayoutPlace;
  end: LayoutPlace;
}

export interface LayoutDocument {
  /** Document title (DOCX core property, PDF Title, HTML <title>). */
  title: string;
  subject: string;
  author: string;
  language: 'en-GB';
  /** Printed at the top of every page: "Children and Young People Scrutiny Committee, 23 March 2022". */
  headerText: string;
  /** "Not for publication" on every page of a full version with exempt items; null for a public version. */
  restrictiveMarking: string | null;
  fontFamily: string;
  fontSizePt: number;
  logo: LayoutLogo | null;
  sections: LayoutSection[];
  /** Review comments on the text (the review copy for a chair with Word); none in published minutes. */
  comments?: LayoutComment[];
}

/** Plain text of runs, for checks and tests. */
export function runsText(runs: ReadonlyArray<LayoutRun>): string {
  return runs.map((run) => run.text).join('');
}
