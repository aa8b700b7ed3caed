// The file actions on the open document: save, save as, open another, and a
// new window. Main owns paths and dialogs; the page sends the document and an id.
import type { LexicalEditor } from 'lexical';
import { useCallback } from 'react';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import { readMinutesState } from '../editor/read-minutes-state';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { SafetyOffers } from './useSafetyOffers';
import { messageOf, type OpenedDocumentState } from './useOpenedDocument';

export interface FileActions {
  /** True while the window holds nothing worth keeping, so a recovered document may take its place. */
  isPristine: boolean;
  save(editor: LexicalEditor, mode: 'save' | 'save-as'): Promise<void>;
  open(): Promise<void>;
  newWindow(): Promise<void>;
}

export function useFileActions(document: OpenedDocumentState, showOpened: SafetyOffers['showOpened']): FileActions {
  const { opened, openedRef, setOpened, setDisplayName, noteSave, edited, setNotice } = document;

  const save = useCallback(
    async (editor: LexicalEditor, mode: 'save' | 'save-as') => {
      if (!opened) return;
      const minutes: MinutesDocument = { ...(openedRef.current ?? opened).document, content: readMinutesState(editor) };
      noteSave({ kind: 'save-started' });
      try {
        const input = { documentId: opened.documentId, document: minutes };
        const outcome = await call(mode === 'save' ? minuteBookApi().saveDocument(input) : minuteBookApi().saveDocumentAs(input));
        if (outcome.status === 'cancelled') {
          noteSave({ kind: 'save-cancelled', readOnly: opened.readOnly === true });
          return;
        }
        setOpened({ ...opened, document: minutes, displayName: outcome.displayName, hasFile: true, readOnly: false });
        setDisplayName(outcome.displayName);
        noteSave({ kind: 'save-landed' });
        // Saved, but something beside the file (its History version) may have failed: say so rather than nothing.
        setNotice(outcome.notice);
      } catch (error) {
        noteSave({ kind: 'save-failed' });
        setNotice(messageOf(error));
      }
    },
    [opened, openedRef, setOpened, setDisplayName, noteSave, setNotice],
  );

  const isPristine = !edited && opened?.hasFile === false;
  const open = useCallback(async () => {
    try {
      // Only a pristine, never-saved page may be replaced by the opened file.
      const replaceCurrent = isPristine;
      const outcome = await call(minuteBookApi().openDocument({ replaceCurrent }));
      showOpened(outcome);
    } catch (error) {
      setNotice(messageOf(error));
    }
  }, [isPristine, showOpened, setNotice]);

  const newWindow = useCallback(async () => {
    try {
      await call(minuteBookApi().newWindow({}));
    } catch (error) {
      setNotice(messageOf(error));
    }
  }, [setNotice]);

  return { isPristine, save, open, newWindow };
}
