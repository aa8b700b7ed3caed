// The open document as the page sees it: its id, name, whether it is saved,
// and the file actions. Main owns paths; the page only holds an id.
import { useCallback, useEffect, useState } from 'react';
import type { OpenedDocument } from '../../core/ipc/contract';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import type { LexicalState } from '../../core/storage/lexical-state';
import { call, minuteBookApi } from '../ipc/minute-book-api';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface DocumentSession {
  opened: OpenedDocument | null;
  displayName: string;
  saveState: SaveState;
  notice: string | null;
  dismissNotice(): void;
  markChanged(): void;
  save(readContent: () => LexicalState, mode: 'save' | 'save-as'): Promise<void>;
  open(): Promise<void>;
  newWindow(): Promise<void>;
}

export function useDocumentSession(): DocumentSession {
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  const [displayName, setDisplayName] = useState('');
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [notice, setNotice] = useState<string | null>(null);

  const adopt = useCallback((next: OpenedDocument) => {
    setOpened(next);
    setDisplayName(next.displayName);
    setSaveState('saved');
  }, []);

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

  const markChanged = useCallback(() => setSaveState((state) => (state === 'saving' ? state : 'unsaved')), []);

  const save = useCallback(
    async (readContent: () => LexicalState, mode: 'save' | 'save-as') => {
      if (!opened) return;
      const document: MinutesDocument = { ...opened.document, content: readContent() };
      setSaveState('saving');
      try {
        const input = { documentId: opened.documentId, document };
        const outcome = await call(mode === 'save' ? minuteBookApi().saveDocument(input) : minuteBookApi().saveDocumentAs(input));
        if (outcome.status === 'cancelled') {
          setSaveState('unsaved');
          return;
        }
        setOpened({ ...opened, document, displayName: outcome.displayName, hasFile: true });
        setDisplayName(outcome.displayName);
        setSaveState('saved');
        setNotice(null);
      } catch (error) {
        setSaveState('failed');
        setNotice(messageOf(error));
      }
    },
    [opened],
  );

  const open = useCallback(async () => {
    try {
      // Only a pristine, never-saved page may be replaced by the opened file.
      const replaceCurrent = saveState === 'saved' && opened?.hasFile === false;
      const outcome = await call(minuteBookApi().openDocument({ replaceCurrent }));
      if (outcome.status === 'opened') {
        adopt(outcome.opened);
        setNotice(null);
      }
    } catch (error) {
      setNotice(messageOf(error));
    }
  }, [adopt, opened, saveState]);

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
    saveState,
    notice,
    dismissNotice: () => setNotice(null),
    markChanged,
    save,
    open,
    newWindow,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
