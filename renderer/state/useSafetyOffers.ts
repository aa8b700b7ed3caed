// What keeps work safe when a file is not simply opened: the offer to open a
// file someone else has open read-only (and to try its lock again later), and
// crash recovery, whose text autosave writes to the file once it is shown.
import type { LexicalEditor } from 'lexical';
import { useCallback, useRef, useState } from 'react';
import type { LockHolder } from '../../core/ipc/channels/storage-channels';
import type { OpenOutcome } from '../../core/ipc/contract';
import { readMinutesState } from '../editor/read-minutes-state';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { messageOf, type OpenedDocumentState } from './useOpenedDocument';

/** A file someone else has open, which the clerk may still open read-only. */
export interface LockOffer {
  displayName: string;
  lockedBy: string;
  lockedSince: string;
  token: string;
}

export interface SafetyOffers {
  /** Shows the outcome of opening a document elsewhere (a new meeting) as Open would. */
  showOpened(outcome: OpenOutcome): void;
  restoreRecovery(recoveryId: string): Promise<void>;
  /** True once for a document that must be autosaved as soon as it is shown (recovered text newer than its file). */
  takeNeedsAutosave(documentId: string): boolean;
  lockOffer: LockOffer | null;
  acceptLockOffer(): Promise<void>;
  declineLockOffer(): void;
  /** A read-only file asks for its lock again: opened normally if the other user has closed it, else who still has it. */
  tryLockAgain(editor: LexicalEditor): Promise<LockHolder | null>;
}

export function useSafetyOffers(document: OpenedDocumentState): SafetyOffers {
  const { adopt, openedRef, noteSave, setEdited, setNotice } = document;
  const [lockOffer, setLockOffer] = useState<LockOffer | null>(null);
  const needsAutosave = useRef(new Set<string>());
  /** A read-only document holding recovered text, which Try again keeps rather than the file's. */
  const recoveredReadOnly = useRef<string | null>(null);

  const showOpened = useCallback(
    (outcome: OpenOutcome) => {
      if (outcome.status === 'opened') {
        adopt(outcome.opened);
        setNotice(null);
      } else if (outcome.status === 'locked') {
        setLockOffer({ displayName: outcome.displayName, lockedBy: outcome.lockedBy, lockedSince: outcome.lockedSince, token: outcome.token });
      }
    },
    [adopt, setNotice],
  );

  const restoreRecovery = useCallback(
    async (recoveryId: string) => {
      try {
        const restored = await call(minuteBookApi().restoreRecovery({ recoveryId }));
        // The recovered text is newer than the file: autosave writes it there as soon as it is shown.
        if (!restored.opened.readOnly) needsAutosave.current.add(restored.opened.documentId);
        else recoveredReadOnly.current = restored.opened.documentId;
        adopt(restored.opened);
        if (!restored.opened.readOnly) noteSave({ kind: 'recovered' });
        setEdited(true);
        setNotice(restored.problem);
      } catch (error) {
        setNotice(messageOf(error));
      }
    },
    [adopt, noteSave, setEdited, setNotice],
  );

  const takeNeedsAutosave = useCallback((documentId: string) => needsAutosave.current.delete(documentId), []);

  const acceptLockOffer = useCallback(async () => {
    const offer = lockOffer;
    setLockOffer(null);
    if (!offer) return;
    try {
      showOpened(await call(minuteBookApi().openReadOnly({ token: offer.token })));
    } catch (error) {
      setNotice(messageOf(error));
    }
  }, [lockOffer, showOpened, setNotice]);

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
        noteSave({ kind: 'recovered' });
        setEdited(true);
      }
      setNotice(null);
      return null;
    },
    [adopt, openedRef, noteSave, setEdited, setNotice],
  );

  return {
    showOpened,
    restoreRecovery,
    takeNeedsAutosave,
    lockOffer,
    acceptLockOffer,
    declineLockOffer: () => setLockOffer(null),
    tryLockAgain,
  };
}
