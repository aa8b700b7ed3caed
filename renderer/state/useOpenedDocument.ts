// The open document's own state: which document, its name, whether it is
// saved and edited, and the window's notice. The session's other parts (file
// actions, safety offers, meeting edits) act through what this returns.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import type { OpenedDocument } from '../../core/ipc/contract';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import { readMinutesBlocks, readMinutesState } from '../editor/read-minutes-state';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { AutosavedFile, SaveEvent } from './save-state';
import { createSaveStatusStore, type SaveStatusStore } from './save-status-store';
import { noteStartedMeeting } from './started-meetings';

/** The document as the autosave sends it (core/storage/minutes-blocks.ts). */
export interface DocumentBlocks {
  /** The document as JSON text, its minutes' root with no children. */
  document: string;
  /** Every top-level block's key, in order: the same array as the read before, where the order is unchanged. */
  order: readonly string[];
  /** Each block's JSON text (good until the next read). */
  texts: ReadonlyMap<string, string>;
  /** The blocks new or changed since the read before. */
  changed: ReadonlySet<string>;
}

/** Change notifications without re-rendering anything on each keystroke. */
export interface ChangeFeed {
  subscribe(listener: () => void): () => void;
}

export interface OpenedDocumentState {
  opened: OpenedDocument | null;
  /** The latest document, ahead of React state (set as soon as it changes). */
  openedRef: MutableRefObject<OpenedDocument | null>;
  /** Takes a changed document without treating it as newly opened. */
  setOpened(next: OpenedDocument): void;
  displayName: string;
  setDisplayName(name: string): void;
  saveStatus: SaveStatusStore;
  /** Moves the save state on (save-state.ts): the one way anything changes it. */
  noteSave(event: SaveEvent): void;
  edited: boolean;
  setEdited(edited: boolean): void;
  notice: string | null;
  setNotice(notice: string | null): void;
  /** Shows a newly opened document: saved (or read-only), not edited. */
  adopt(next: OpenedDocument): void;
  markChanged(): void;
  changes: ChangeFeed;
  currentDocument(editor: LexicalEditor): MinutesDocument | null;
  /** currentDocument(editor) as the autosave sends it, block by block (the autosave's read), in slices with `pause`. */
  currentDocumentBlocks(editor: LexicalEditor, pause?: () => Promise<void>): Promise<DocumentBlocks | null>;
  noteAutosaved(file: AutosavedFile): void;
}

export function useOpenedDocument(): OpenedDocumentState {
  const [opened, setOpenedState] = useState<OpenedDocument | null>(null);
  const [displayName, setDisplayName] = useState('');
  // Outside React state, so autosave's saved/unsaved flips re-render only the title bar.
  const saveStatus = useMemo(() => createSaveStatusStore('saved'), []);
  const noteSave = saveStatus.note;
  const [edited, setEdited] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const openedRef = useRef<OpenedDocument | null>(null);
  const listeners = useRef(new Set<() => void>());
  const changes = useMemo<ChangeFeed>(
    () => ({
      subscribe(listener) {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [],
  );
  useEffect(() => {
    openedRef.current = opened;
  }, [opened]);

  const setOpened = useCallback((next: OpenedDocument) => {
    openedRef.current = next;
    setOpenedState(next);
  }, []);

  const adopt = useCallback(
    (next: OpenedDocument) => {
      setOpened(next);
      setDisplayName(next.displayName);
      noteSave({ kind: 'opened', readOnly: next.readOnly === true });
      setEdited(false);
    },
    [setOpened, noteSave],
  );

  useEffect(() => {
    let live = true;
    call(minuteBookApi().initialDocument({}))
      .then((initial) => {
        if (!live) return;
        if (initial.startedMeeting) noteStartedMeeting(initial.opened.documentId);
        adopt(initial.opened);
        if (initial.problem) setNotice(initial.problem);
      })
      .catch((error: unknown) => live && setNotice(messageOf(error)));
    return () => {
      live = false;
    };
  }, [adopt]);

  const markChanged = useCallback(() => {
    noteSave({ kind: 'changed' });
    setEdited(true); // re-renders once, on the first change; React skips the rest
    for (const listener of listeners.current) listener();
  }, [noteSave]);

  const currentDocument = useCallback((editor: LexicalEditor): MinutesDocument | null => {
    const current = openedRef.current;
    return current ? { ...current.document, content: readMinutesState(editor) } : null;
  }, []);

  const currentDocumentBlocks = useCallback(async (editor: LexicalEditor, pause?: () => Promise<void>): Promise<DocumentBlocks | null> => {
    const current = openedRef.current;
    if (!current) return null;
    // The meeting as it is when the read starts, beside the minutes as they were then: a change made during a paused
    // read marks the document changed again, and goes in the next save.
    const meeting = current.document;
    const { root, order, texts, changed } = await readMinutesBlocks(editor, pause);
    return { document: JSON.stringify({ ...meeting, content: { root: { ...root, children: [] } } }), order, texts, changed };
  }, []);

  const noteAutosaved = useCallback((file: AutosavedFile) => noteSave({ kind: 'autosaved', file }), [noteSave]);

  return {
    opened,
    openedRef,
    setOpened,
    displayName,
    setDisplayName,
    saveStatus,
    noteSave,
    edited,
    setEdited,
    notice,
    setNotice,
    adopt,
    markChanged,
    changes,
    currentDocument,
    currentDocumentBlocks,
    noteAutosaved,
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
