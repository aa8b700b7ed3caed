// The open document's review state for the review UI: read from the session's
// document, changed by replacing the document (and marking it unsaved, so
// autosave writes it), and the editor's current content when rules need it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $parseSerializedNode, CLEAR_HISTORY_COMMAND, type SerializedLexicalNode } from 'lexical';
import { useCallback, useMemo } from 'react';
import { isLocked } from '../../core/review/approval';
import { reviewOf, withReview, type ReviewState } from '../../core/review/review-schema';
import { readMinutesState } from '../editor/read-minutes-state';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import type { OpenDocumentView } from '../state/useDocumentSession';
import type { MeetingEdits } from '../state/useMeetingEdits';
import { REVIEW_EDIT_TAG } from './edit-guard';

export function useReview(session: OpenDocumentView & MeetingEdits) {
  const [editor] = useLexicalComposerContext();
  const document = session.opened?.document ?? null;
  const { review, problem } = useMemo(() => (document ? reviewOf(document) : { review: null, problem: null }), [document]);

  const readContent = useCallback(() => readMinutesState(editor), [editor]);
  const currentDocument = useCallback(() => session.currentDocument(editor), [session, editor]);

  const updateReview = useCallback(
    /** False when the change was refused (a read-only file): the panel must not say it was made. */
    (change: (review: ReviewState) => ReviewState): boolean => {
      const current = currentDocument();
      if (!current || !session.replaceDocument(withReview(current, change(reviewOf(current).review)))) return false;
      session.markChanged();
      return true;
    },
    [currentDocument, session],
  );

  /** Takes a whole document from main or core (approved, amended, merged), text included. */
  const adoptDocument = useCallback(
    (next: MinutesDocument, options: { replaceText: boolean }): boolean => {
      // First, so that a refused change (a read-only file) leaves the text alone too.
      if (!session.replaceDocument(next)) return false;
      if (options.replaceText) {
        editor.update(
          () => {
            const root = $getRoot();
            root.clear();
            for (const child of next.content.root.children) root.append($parseSerializedNode(child as SerializedLexicalNode));
          },
          { discrete: true, tag: REVIEW_EDIT_TAG },
        );
        // Undo must not take back text whose suggestion is recorded as accepted: the
        // review would then say one thing and the minutes another.
        editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      }
      session.markChanged();
      return true;
    },
    [editor, session],
  );

  const reviewCopy = review?.sentForReview?.reviewCopy === true;
  const locked = review ? isLocked(review) : false;
  return { editor, document, review, problem, readContent, currentDocument, updateReview, adoptDocument, reviewCopy, locked };
}
