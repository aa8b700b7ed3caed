// The one lock on the page's text. Approved minutes, a chair's review copy and
// a file someone else has open (opened read-only) are all kept as they are by
// the same guard (review/edit-guard), so a fix to how edits are refused holds
// for all three. Which reasons hold is core's rule (core/review/meeting-changes.ts
// whyTextCannotChange, with the sentences); the first one explains a refusal.
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import type { TextLockReason } from '../../core/review/meeting-changes';
import { guardText } from '../review/edit-guard';

export interface TextLockView {
  /** Why the text is locked, most telling first; empty when it is not. */
  reasons: readonly TextLockReason[];
  /** Edits refused or put back since the lock (with these reasons) began. */
  refusals: number;
}

export function useTextLock(editor: LexicalEditor, reasons: readonly TextLockReason[]): TextLockView {
  const key = reasons.join(' ');
  // Approved minutes lose the caret too; a review copy or a read-only file keeps it, so words can be selected from the keyboard.
  const keepCaret = !reasons.includes('approved');
  // Nothing moves a read-only file's text, not even the review's own edits (accepting a suggestion).
  const allowReviewEdits = !reasons.includes('read-only');
  const [refused, setRefused] = useState({ key, count: 0 });
  useEffect(() => {
    if (key === '') return;
    editor.setEditable(keepCaret);
    const onRefused = () => setRefused((last) => ({ key, count: last.key === key ? last.count + 1 : 1 }));
    const unguard = guardText(editor, onRefused, { allowReviewEdits });
    return () => {
      unguard();
      editor.setEditable(true);
    };
  }, [editor, key, keepCaret, allowReviewEdits]);
  return { reasons, refusals: refused.key === key ? refused.count : 0 };
}
