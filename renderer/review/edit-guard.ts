// Keeps the text of a review copy, of approved minutes or of a file opened
// read-only exactly as it is (state/useTextLock applies it for each reason).
// Two layers, because no single one is enough: keys, input, paste and drop
// that would change text are refused at the page's root before Lexical or any
// plugin sees them (so the caret and Shift+arrow selection still work, which
// the chair needs to comment on words); and anything that gets through anyway
// (a panel's editor.update, IME composition, spellcheck replacement) is put
// back to the guarded text as soon as it is committed.
import type { EditorState, LexicalEditor } from 'lexical';
import { lockText } from '../editor/text-lock';

/** Updates carrying this tag are the review's own (accepting a suggestion) and move the guarded text. */
export const REVIEW_EDIT_TAG = 'minute-book-review-edit';

const EDITING_KEYS = new Set(['Enter', 'Backspace', 'Delete']);
/** Ctrl/Cmd shortcuts that change text: bold, italic, underline, undo, redo, cut, paste. */
const EDITING_CHORDS = new Set(['b', 'i', 'u', 'z', 'y', 'x', 'v']);

export function isEditingKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  const chord = event.ctrlKey || event.metaKey;
  if (chord) return EDITING_CHORDS.has(event.key.toLowerCase()) && (!event.shiftKey || event.key.toLowerCase() === 'z');
  if (EDITING_KEYS.has(event.key)) return true;
  // A printable character (one code point), typed with or without Shift/AltGr.
  return [...event.key].length === 1;
}

/**
 * Tab and Shift+Tab move the keyboard on, to the panels, as in any page that cannot be typed
 * in: refusing them kept the chair in the text with no way out but the panel shortcuts.
 */
export function isFocusKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

function contentOf(state: EditorState): string {
  return JSON.stringify(state.toJSON().root);
}

export interface GuardOptions {
  /** Whether the review's own edits (REVIEW_EDIT_TAG) may move the text; never for a file open read-only. */
  allowReviewEdits?: boolean;
}

/** Guards the editor's current text; onRefused is told each time an edit is refused or undone. Returns the cleanup. */
export function guardText(editor: LexicalEditor, onRefused: () => void, { allowReviewEdits = true }: GuardOptions = {}): () => void {
  let guarded = editor.getEditorState();
  let guardedContent = contentOf(guarded);
  let reverting = false;

  const refuse = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    onRefused();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (isFocusKey(event)) {
      // The browser moves the focus; no plugin of the editor's may take the key for itself.
      event.stopImmediatePropagation();
      return;
    }
    if (isEditingKey(event)) refuse(event);
  };
  const onBeforeInput = (event: InputEvent) => {
    if (event.cancelable) refuse(event);
  };
  const listeners: Array<[string, EventListener]> = [
    ['keydown', onKeyDown as EventListener],
    ['beforeinput', onBeforeInput as EventListener],
    ['paste', refuse],
    ['cut', refuse],
    ['drop', refuse],
  ];
  const unlock = lockText(editor, onRefused);
  const removeRootListener = editor.registerRootListener((root, previous) => {
    for (const [type, listener] of listeners) {
      previous?.removeEventListener(type, listener, true);
      root?.addEventListener(type, listener, true);
    }
  });

  const removeUpdateListener = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
    if (allowReviewEdits && tags.has(REVIEW_EDIT_TAG)) {
      guarded = editorState;
      guardedContent = contentOf(editorState);
      return;
    }
    if (reverting) {
      // The revert's own commit: if a node transform reshaped it, that shape is the guarded text
      // now, or the guard would revert its own revert for ever.
      if (contentOf(editorState) !== guardedContent) [guarded, guardedContent] = [editorState, contentOf(editorState)];
      return;
    }
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    if (contentOf(editorState) === guardedContent) return;
    // Not from inside the commit that is telling us: the revert is its own update ('historic', so
    // the history does not offer to undo it).
    queueMicrotask(() => {
      reverting = true;
      try {
        editor.setEditorState(guarded, { tag: 'historic' });
      } finally {
        reverting = false;
      }
      onRefused();
    });
  });

  return () => {
    unlock();
    removeRootListener();
    removeUpdateListener();
  };
}
