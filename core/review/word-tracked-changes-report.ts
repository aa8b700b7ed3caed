// What the clerk is told about the chair's Track Changes after importing a
// Word document: how many became suggested edits, and each one that did not,
// with its words, so it can be made by hand rather than lost. Plain text for
// the Review panel's status line; the chair's words are quoted, never markup.
import type { UnplacedChange } from './word-tracked-changes-import';

export interface TrackedChangesCounts {
  unplacedChanges: UnplacedChange[];
  formattingChanges: number;
  duplicateChanges: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const SHOWN = 80;
/** More than this would bury the message; the rest are counted. */
const LISTED = 12;
const quoted = (text: string) => `“${text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text}”`;

function describeChange(change: UnplacedChange): string {
  const who = `(${change.author})`;
  if (change.reason === 'new-paragraph') return `a new paragraph ${quoted(change.inserted)} ${who}`;
  if (change.reason === 'paragraph-break') return `a paragraph split or joined at ${quoted(change.paragraph)} ${who}`;
  if (!change.deleted) return `inserting ${quoted(change.inserted)} in ${quoted(change.paragraph)} ${who}`;
  if (!change.inserted) return `deleting ${quoted(change.deleted)} ${who}`;
  return `replacing ${quoted(change.deleted)} with ${quoted(change.inserted)} ${who}`;
}

/** Sentences to add after the import message ('' when the document had no tracked changes worth a word). */
export function describeTrackedChanges(counts: TrackedChangesCounts): string {
  const { unplacedChanges, formattingChanges, duplicateChanges } = counts;
  const sentences: string[] = [];
  if (unplacedChanges.length) {
    const are = unplacedChanges.length === 1 ? 'was' : 'were';
    const listed = unplacedChanges.slice(0, LISTED).map(describeChange);
    if (unplacedChanges.length > LISTED) listed.push(`and ${unplacedChanges.length - LISTED} more`);
    sentences.push(
      `${plural(unplacedChanges.length, 'tracked change')} ${are} not made into suggested edits; make ${unplacedChanges.length === 1 ? 'it' : 'them'} by hand if needed: ${listed.join('; ')}.`,
    );
  }
  if (formattingChanges) sentences.push(`${plural(formattingChanges, 'formatting change')} ${formattingChanges === 1 ? 'was' : 'were'} not imported.`);
  if (duplicateChanges) sentences.push(`${plural(duplicateChanges, 'changed paragraph')} ${duplicateChanges === 1 ? 'was' : 'were'} already imported.`);
  return sentences.join(' ');
}
