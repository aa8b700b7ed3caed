// Shows the review in the minutes themselves: commented words highlighted,
// words a suggestion would delete struck through, and the words it would put
// in shown at their place above the line. Uses the CSS Custom Highlight API,
// so Lexical's DOM (and the saved text) is never touched; the inserted words
// are an overlay in the editor frame, out of the text flow and not selectable.
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ReviewState } from '../../core/review/review-schema';
import { editorPlacer } from './anchor-placer';
import { domRangeOf, locateMarks } from './review-marks';
import './review-marks.css';

const HIGHLIGHTS = { comment: 'mb-review-comment', deletion: 'mb-review-deletion' } as const;
const REFRESH_DELAY_MS = 150;

interface Insertion {
  id: string;
  text: string;
  left: number;
  top: number;
}

function clearHighlights(): void {
  for (const name of Object.values(HIGHLIGHTS)) CSS.highlights.delete(name);
}

export function ReviewMarks({ editor, review }: { editor: LexicalEditor; review: ReviewState | null }) {
  const [insertions, setInsertions] = useState<Insertion[]>([]);
  const frame = editor.getRootElement()?.parentElement ?? null;

  useEffect(() => {
    const open = review && (review.comments.some((comment) => !comment.resolved) || review.suggestions.some((suggestion) => suggestion.status === 'pending'));
    // Nothing to show: no listener, so everyday typing pays nothing for review.
    if (!open || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    // Marks whose words were found when the review last changed. A comment whose words are gone
    // costs a loose search of the whole text (tens of milliseconds in long minutes), so typing
    // does not repeat it; it is looked for again when the review changes.
    let found: ReadonlySet<string> | undefined;
    const refresh = () => {
      const marks = locateMarks(review, editorPlacer(editor), found);
      found ??= new Set(marks.map((mark) => mark.id));
      const comments = new Highlight();
      const deletions = new Highlight();
      const placed: Insertion[] = [];
      const frameBox = editor.getRootElement()?.parentElement?.getBoundingClientRect();
      for (const mark of marks) {
        const range = domRangeOf(editor, mark.range);
        if (!range) continue;
        if (mark.kind === 'comment') comments.add(range);
        if (mark.kind === 'deletion' || mark.kind === 'replacement') deletions.add(range);
        if ((mark.kind === 'insertion' || mark.kind === 'replacement') && frameBox) {
          // A copy: the range itself may be in the deletion highlight.
          const point = range.cloneRange();
          point.collapse(false);
          const box = point.getClientRects()[0] ?? point.getBoundingClientRect();
          placed.push({ id: mark.id, text: mark.replacement, left: box.left - frameBox.left, top: box.top - frameBox.top });
        }
      }
      CSS.highlights.set(HIGHLIGHTS.comment, comments);
      CSS.highlights.set(HIGHLIGHTS.deletion, deletions);
      setInsertions(placed);
    };
    refresh();
    // Typing moves the words; recomputing on every keystroke would cost a walk of the whole text each time.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_DELAY_MS);
    };
    const removeUpdateListener = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) later();
    });
    window.addEventListener('resize', later);
    return () => {
      clearTimeout(timer);
      removeUpdateListener();
      window.removeEventListener('resize', later);
      clearHighlights();
      setInsertions([]);
    };
  }, [editor, review]);

  if (!frame || insertions.length === 0) return null;
  return createPortal(
    insertions.map((insertion) => (
      <ins
        key={insertion.id}
        className="mb-review-inline-insert"
        data-testid="review-inline-insert"
        aria-hidden="true"
        style={{ left: insertion.left, top: insertion.top }}
      >
        {insertion.text}
      </ins>
    )),
    frame,
  );
}
