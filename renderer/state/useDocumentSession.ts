// The open document as the page sees it: its id, name, whether it is saved,
// and the file actions. Main owns paths; the page only holds an id.
// Autosave (useAutosave) listens to `changes` and reports back through
// noteAutosaved; recovery and locked-file offers also arrive here.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LockHolder } from '../../core/ipc/channels/storage-channels';
import type { OpenedDocument, OpenOutcome } from '../../core/ipc/contract';
import type { Meeting } from '../../core/model/meeting';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import { meetingChangeRefusals, whyMeetingCannotChange } from '../../core/review/meeting-changes';
import type { LexicalEditor } from 'lexical';
import { readMinutesState } from '../editor/read-minutes-state';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { createSaveStatusStore, type SaveState, type SaveStatusStore } from './save-status-store';

/** A file someone else has open, which the clerk may still open read-only. */
export interface LockOffer {
  displayName: string;
  lockedBy: string;
  lockedSince: string;
  token: string;
}

/** Change notifications without re-rendering anything on each keystroke. */
export interface ChangeFeed {
  subscribe(listener: () => void): () => void;
}

export interface DocumentSession {
  opened: OpenedDocument | null;
  displayName: string;
  /** The save state when this render happened; subscribe with useSaveState(saveStatus) to follow it. */
  saveState: SaveState;
  saveStatus: SaveStatusStore;
  notice: string | null;
  dismissNotice(): void;
  markChanged(): void;
  changes: ChangeFeed;
  readOnly: boolean;
  /** The document as it stands, content read from its editor; null before one is open. */
  currentDocument(editor: LexicalEditor): MinutesDocument | null;
  noteAutosaved(file: 'saved' | 'untitled' | 'read-only' | 'failed'): void;
  /** Replaces the document's meeting details after a version was restored (the editor takes the content); false when refused (read-only). */
  replaceDocument(document: MinutesDocument): boolean;
  /** Changes the open document's meeting details (attendance, roster…) and marks it unsaved. */
  updateMeeting(updater: (meeting: Meeting) => Meeting): void;
  /** Shows the outcome of opening a document elsewhere (a new meeting) as Open would. */
  showOpened(outcome: OpenOutcome): void;
  restoreRecovery(recoveryId: string): Promise<void>;
  /** True once for a document that must be autosaved as soon as it is shown (recovered text newer than its file). */
  takeNeedsAutosave(documentId: string): boolean;
  /** True while the window holds nothing worth keeping, so a recovered document may take its place. */
  isPristine: boolean;
  lockOffer: LockOffer | null;
  acceptLockOffer(): Promise<void>;
  declineLockOffer(): void;
  /** A read-only file asks for its lock again: opened normally if the other user has closed it, else who still has it. */
  tryLockAgain(editor: LexicalEditor): Promise<LockHolder | null>;
  save(editor: LexicalEditor, mode: 'save' | 'save-as'): Promise<void>;
  open(): Promise<void>;
  newWindow(): Promise<void>;
}

export function useDocumentSession(): DocumentSession {
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  const [displayName, setDisplayName] = useState('');
  // Outside React state, so autosave's saved/unsaved flips re-render only the title bar.
  const saveStatus = useMemo(() => createSaveStatusStore('saved'), []);
  const setSaveState = saveStatus.set;
  const [edited, setEdited] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [lockOffer, setLockOffer] = useState<LockOffer | null>(null);
  const openedRef = useRef<OpenedDocument | null>(null);
  const needsAutosave = useRef(new Set<string>());
  /** A read-only document holding recovered text, which Try again keeps rather than the file's. */
  const recoveredReadOnly = useRef<string | null>(null);
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

  const adopt = useCallback((next: OpenedDocument) => {
    openedRef.current = next;
    setOpened(next);
    setDisplayName(next.displayName);
    setSaveState(next.readOnly ? 'read-only' : 'saved');
    setEdited(false);
  }, [setSaveState]);

  useEffect(() => {
    let live = true;
    call(minuteBookApi().initialDocument({}))
      .then((initial) => {
        if (!live) return;
        adopt(initial.opened);
        if (initial.problem) setNotice(initial.problem);
      })
      .catch((error: unknown) => live && setNotice(messageOf(error)));
    return () => {
      live = false;
    };
  }, [adopt]);

  const markChanged = useCallback(() => {
    setSaveState((state) => (state === 'saving' || state === 'read-only' ? state : 'unsaved'));
    setEdited(true); // re-renders once, on the first change; React skips the rest
    for (const listener of listeners.current) listener();
  }, [setSaveState]);

  const currentDocument = useCallback((editor: LexicalEditor): MinutesDocument | null => {
    const current = openedRef.current;
    return current ? { ...current.document, content: readMinutesState(editor) } : null;
  }, []);

  const noteAutosaved = useCallback((file: 'saved' | 'untitled' | 'read-only' | 'failed') => {
    const next: Record<typeof file, SaveState> = { saved: 'saved', untitled: 'kept', 'read-only': 'read-only', failed: 'failed' };
    setSaveState(next[file]);
  }, [setSaveState]);

  const replaceDocument = useCallback((document: MinutesDocument) => {
    const current = openedRef.current;
    if (!current) return false;
    if (current.readOnly) {
      setNotice(meetingChangeRefusals['read-only']);
      return false;
    }
    const next = { ...current, document };
    openedRef.current = next;
    setOpened(next);
    return true;
  }, []);

  const updateMeeting = useCallback(
    (updater: (meeting: Meeting) => Meeting) => {
      const current = openedRef.current;
      if (!current) return;
      const refusal = whyMeetingCannotChange(current.document, current.readOnly === true);
      if (refusal) {
        setNotice(meetingChangeRefusals[refusal]);
        return;
      }
      const next = { ...current, document: { ...current.document, meeting: updater(current.document.meeting) } };
      openedRef.current = next;
      setOpened(next);
      markChanged();
    },
    [markChanged],
  );

  const restoreRecovery = useCallback(
    async (recoveryId: string) => {
      try {
        const restored = await call(minuteBookApi().restoreRecovery({ recoveryId }));
        // The recovered text is newer than the file: autosave writes it there as soon as it is shown.
        if (!restored.opened.readOnly) needsAutosave.current.add(restored.opened.documentId);
        else recoveredReadOnly.current = restored.opened.documentId;
        adopt(restored.opened);
        if (!restored.opened.readOnly) setSaveState('unsaved');
        setEdited(true);
        setNotice(restored.problem);
      } catch (error) {
        setNotice(messageOf(error));
      }
    },
    [adopt, setSaveState],
  );

  const takeNeedsAutosave = useCallback((documentId: string) => needsAutosave.current.delete(documentId), []);
  const save = useCallback(
    async (editor: LexicalEditor, mode: 'save' | 'save-as') => {
      if (!opened) return;
      const document: MinutesDocument = { ...(openedRef.current ?? opened).document, content: readMinutesState(editor) };
      setSaveState('saving');
      try {
        const input = { documentId: opened.documentId, document };
        const outcome = await call(mode === 'save' ? minuteBookApi().saveDocument(input) : minuteBookApi().saveDocumentAs(input));
        if (outcome.status === 'cancelled') {
          setSaveState(opened.readOnly ? 'read-only' : 'unsaved');
          return;
        }
        const saved = { ...opened, document, displayName: outcome.displayName, hasFile: true, readOnly: false };
        openedRef.current = saved;
        setOpened(saved);
        setDisplayName(outcome.displayName);
        setSaveState('saved');
        setNotice(null);
      } catch (error) {
        setSaveState('failed');
        setNotice(messageOf(error));
      }
    },
    [opened, setSaveState],
  );

  const settleOpen = useCallback(
    (outcome: OpenOutcome) => {
      if (outcome.status === 'opened') {
        adopt(outcome.opened);
        setNotice(null);
      } else if (outcome.status === 'locked') {
        setLockOffer({ displayName: outcome.displayName, lockedBy: outcome.lockedBy, lockedSince: outcome.lockedSince, token: outcome.token });
      }
    },
    [adopt],
  );

  const isPristine = !edited && opened?.hasFile === false;
  const open = useCallback(async () => {
    try {
      // Only a pristine, never-saved page may be replaced by the opened file.
      const replaceCurrent = isPristine;
      const outcome = await call(minuteBookApi().openDocument({ replaceCurrent }));
      settleOpen(outcome);
    } catch (error) {
      setNotice(messageOf(error));
    }
  }, [isPristine, settleOpen]);

  const acceptLockOffer = useCallback(async () => {
    const offer = lockOffer;
    setLockOffer(null);
    if (!offer) return;
    try {
      settleOpen(await call(minuteBookApi().openReadOnly({ token: offer.token })));
    } catch (error) {
      setNotice(messageOf(error));
    }
  }, [lockOffer, settleOpen]);

  const tryLockAgain = useCallback(
    async (editor: LexicalEditor): Promise<LockHolder | null> => {
      const current = openedRef.current;
      if (!current?.readOnly) return null;
      const keep = recoveredReadOnly.current === current.documentId ? { ...current.document, content: readMinutesState(editor) } : null;
      const outcome = await call(minuteBookApi().tryLockAgain({ documentId: current.documentId, keep }));
      if (outcome.status === 'held') return outcome.holder;
      if (keep) needsAutosave.current.add(outcome.opened.documentId);
      adopt(outcome.opened);
      if (keep) {
        setSaveState('unsaved');
        setEdited(true);
      }
      setNotice(null);
      return null;
    },
    [adopt, setSaveState],
  );

  const newWindow = useCallback(async () => {
    try {
      await call(minuteBookApi().newWindow({}));
    } catch (error) {
      setNotice(messageOf(error));
    }
  }, []);

  return {
    opened,
    displayName,
    saveState: saveStatus.get(),
    saveStatus,
    notice,
    dismissNotice: () => setNotice(null),
    markChanged,
    changes,
    readOnly: opened?.readOnly === true,
    currentDocument,
    noteAutosaved,
    replaceDocument,
    updateMeeting,
    showOpened: settleOpen,
    restoreRecovery,
    takeNeedsAutosave,
    isPristine,
    lockOffer,
    acceptLockOffer,
    declineLockOffer: () => setLockOffer(null),
    tryLockAgain,
    save,
    open,
    newWindow,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
