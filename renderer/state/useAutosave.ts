// Binds the autosave scheduler to the open document: every change notes the
// scheduler; when it fires, the document is serialised (in an idle moment)
// and main writes the recovery journal and the file. Returns what the disk
// trouble banner needs to show.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LexicalState } from '../../core/storage/lexical-state';
import { minuteBookApi } from '../ipc/minute-book-api';
import { AutosaveScheduler, browserTimers, type SchedulerStatus } from './autosave-scheduler';
import type { DocumentSession } from './useDocumentSession';

export interface AutosaveView {
  status: SchedulerStatus;
  retryNow(): void;
}

/** User Timing name of each autosave's main-thread work in the page. */
export const AUTOSAVE_MEASURE = 'minute-book:autosave';
/** The part of it spent reading the document from the editor (the rest is the IPC hand-off). */
export const AUTOSAVE_READ_MEASURE = 'minute-book:autosave-read';

const cleanStatus: SchedulerStatus = { phase: 'clean', problem: null, failuresInARow: 0, retryAt: null };

export function useAutosave(session: DocumentSession, readContent: () => LexicalState): AutosaveView {
  const [status, setStatus] = useState<SchedulerStatus>(cleanStatus);
  const sessionRef = useRef(session);
  const schedulerRef = useRef<AutosaveScheduler | null>(null);
  useLayoutEffect(() => {
    sessionRef.current = session;
  });

  const documentId = session.opened?.documentId ?? null;
  const { changes } = session;
  useEffect(() => {
    if (!documentId) return;
    const scheduler: AutosaveScheduler = new AutosaveScheduler(
      async () => {
        const started = performance.now();
        const document = sessionRef.current.currentDocument(readContent);
        if (!document) return { ok: true };
        const read = performance.now();
        const pending = minuteBookApi().autosave({ documentId, document: JSON.stringify(document) });
        // The renderer's share of an autosave (reading the editor, handing it to IPC), for the autosave benchmark;
        // cleared at once: observers still see the entries, and the timeline does not grow all meeting.
        performance.measure(AUTOSAVE_READ_MEASURE, { start: started, end: read });
        performance.measure(AUTOSAVE_MEASURE, { start: started });
        performance.clearMeasures(AUTOSAVE_READ_MEASURE);
        performance.clearMeasures(AUTOSAVE_MEASURE);
        const result = await pending;
        if (!result.ok) return { ok: false, problem: result.error.message };
        if (!scheduler.hasUnsavedChanges) sessionRef.current.noteAutosaved(result.value.file);
        return result.value.problem ? { ok: false, problem: result.value.problem } : { ok: true };
      },
      setStatus,
      browserTimers,
    );
    schedulerRef.current = scheduler;
    const unsubscribe = changes.subscribe(() => scheduler.noteChange());
    if (sessionRef.current.takeNeedsAutosave(documentId)) scheduler.noteChange();
    // Closing or hiding the window: hand over whatever is unsaved straight away.
    const onHide = () => void scheduler.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      scheduler.dispose();
      schedulerRef.current = null;
    };
  }, [documentId, changes, readContent]);

  const retryNow = useCallback(() => void schedulerRef.current?.flush(), []);
  return { status, retryNow };
}
