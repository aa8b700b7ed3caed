// Marks the matches on the page with the CSS Custom Highlight API: the
// editor's DOM is never touched (Lexical owns it), and nothing is saved.
import type { LexicalEditor } from 'lexical';
import type { EditorMatch } from './find-in-editor';

const ALL = 'mb-find';
const CURRENT = 'mb-find-current';

function textPointOf(editor: LexicalEditor, key: string, offset: number): [Node, number] | null {
  const element = editor.getElementByKey(key);
  const text = element?.firstChild;
  return text && text.nodeType === Node.TEXT_NODE ? [text, Math.min(offset, text.textContent?.length ?? 0)] : null;
}

function rangeOf(editor: LexicalEditor, match: EditorMatch): Range | null {
  const first = match.parts[0];
  const last = match.parts.at(-1);
  if (!first || !last) return null;
  const start = textPointOf(editor, first.key, first.from);
  const end = textPointOf(editor, last.key, last.to);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

export function showHighlights(editor: LexicalEditor, matches: EditorMatch[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges = matches.map((match) => rangeOf(editor, match));
  const others = ranges.filter((range, index): range is Range => range !== null && index !== current);
  CSS.highlights.set(ALL, new Highlight(...others));
  const currentRange = ranges[current];
  if (currentRange) CSS.highlights.set(CURRENT, new Highlight(currentRange));
  else CSS.highlights.delete(CURRENT);
}

export function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}

/** Brings the current match into view without taking the keyboard from the find bar. */
export function scrollToMatch(editor: LexicalEditor, match: EditorMatch | undefined): void {
  const key = match?.field?.key ?? match?.parts[0]?.key;
  const element = key ? editor.getElementByKey(key) : null;
  element?.scrollIntoView({ block: 'center' });
}
