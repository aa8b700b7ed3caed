// The one way to open a dialog (in the spirit of the Lexical playground's
// useModal): open(what) shows it and remembers where the keyboard was — the
// field or button, or the caret in the minutes — and close() gives the
// keyboard back there once the dialog has gone. The dialog itself is drawn by
// its owner in a ModalDialog (or ModalForm) while `shown` is not null, so its
// props stay live. Lexical may forget its selection while the focus is in a
// dialog, so the caret is kept on opening and put back on closing
// (editor/kept-caret.ts) rather than trusting the browser to restore it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BaseSelection, LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { keepCaret, restoreCaret } from '../editor/kept-caret';

export interface DialogControl<T> {
  /** What the open dialog shows; null while it is closed. */
  shown: T | null;
  /**
   * Opens the dialog on `what`. The keyboard goes back where it is now on closing;
   * a caller inside an editor update (a slash-menu command) passes the caret it read there.
   */
  open(what: T, from?: { caret: BaseSelection | null }): void;
  close(): void;
}

type ReturnTo = { caret: BaseSelection | null } | { element: HTMLElement | null };

function whereTheKeyboardIs(editor: LexicalEditor): ReturnTo {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const root = editor.getRootElement();
  if (root && active && root.contains(active)) return { caret: keepCaret(editor) };
  return { element: active };
}

function giveKeyboardBack(editor: LexicalEditor, to: ReturnTo): void {
  if ('caret' in to) restoreCaret(editor, to.caret);
  else if (to.element?.isConnected) to.element.focus();
}

export function useDialog<T = true>(): DialogControl<T> {
  const [editor] = useLexicalComposerContext();
  const [shown, setShown] = useState<T | null>(null);
  const returnTo = useRef<ReturnTo | null>(null);

  // After the dialog has left the page (the page behind is no longer inert), not before.
  useEffect(() => {
    if (shown !== null || !returnTo.current) return;
    const to = returnTo.current;
    returnTo.current = null;
    giveKeyboardBack(editor, to);
  }, [shown, editor]);

  const open = useCallback(
    (what: T, from?: { caret: BaseSelection | null }) => {
      // Opened again while open (the same key twice): the keyboard still goes back where it was first.
      returnTo.current ??= from ?? whereTheKeyboardIs(editor);
      setShown(() => what);
    },
    [editor],
  );
  const close = useCallback(() => setShown(null), []);
  return { shown, open, close };
}
