// Binds the autosave scheduler to the open document: every change notes the
// scheduler; when it fires, the blocks changed since the last save main
// accepted are serialised (in an idle moment) and sent, and main rebuilds the
// document and writes the recovery journal and the file. When the window is
// about to close, it hands over what is unsaved and tells main whether the
// text is safe to close on. Returns what the disk trouble banner needs to show.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { minutesBlocksUpdate, type BlocksSent } from '../../core/storage/minutes-blocks';
import { minuteBookApi } from '../ipc/minute-book-api';
import { useAppCommands } from './useAppCommands';
import { takeStartedMeetingToKeep } from './started-meetings';
import { AutosaveScheduler, browserTimers, type SchedulerStatus } from './autosave-scheduler';
import type { DocumentSession } from './useDocumentSession';

export interface AutosaveView {
  /** The autosave's status while it is in trouble (a save failed, or is being tried again after one); null while saves go through. */
  trouble: SchedulerStatus | null;
  retryNow(): void;
  /** A close was called off because the latest text reached neither the file nor the recovery journal. */
  closeRefused: boolean;
}

/**
 * Lets the page handle what is waiting (a key, a frame) before the autosave's read goes on: scheduler.yield() where
 * Chromium has it (the rest of the read keeps its place ahead of other tasks), else a new task.
 */
function yieldToKeys(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** User Timing name of each autosave's main-thread work in the page. */
export const AUTOSAVE_MEASURE = 'minute-book:autosave';
/** The part of it spent reading the document from the editor (the rest is the IPC hand-off). */
export const AUTOSAVE_READ_MEASURE = 'minute-book:autosave-read';

export function useAutosave(session: DocumentSession, editor: LexicalEditor): AutosaveView {
  const [trouble, setTrouble] = useState<SchedulerStatus | null>(null);
  const troubleShownRef = useRef(false);
  const sessionRef = useRef(session);
  const schedulerRef = useRef<AutosaveScheduler | null>(null);
  // Changes are counted so that closing can tell whether every one of them has
  // reached the disk: the named file, or at least the recovery journal.
  const changeCountRef = useRef(0);
  const onDiskUpToRef = useRef(0);
  const [closeRefused, setCloseRefused] = useState(false);
  useLayoutEffect(() => {
    sessionRef.current = session;
  });

  const documentId = session.opened?.documentId ?? null;
  const { changes } = session;
  useEffect(() => {
    if (!documentId) return;
    // What main holds of this document: the revision it accepted last (none yet: send every block), and the blocks
    // changed since, which every update sends until main accepts one.
    let sent: BlocksSent | null = null;
    let unsent = new Set<string>();
    let revision = 0;
    const scheduler: AutosaveScheduler = new AutosaveScheduler(
      async (urgent) => {
        const started = performance.now();
        const upTo = changeCountRef.current;
        // While the clerk types, the read goes a slice at a time, each key typed meanwhile handled between slices.
        let paused = 0;
        const pause = async () => {
          const from = performance.now();
          await yieldToKeys();
          paused += performance.now() - from;
        };
        const blocks = await sessionRef.current.currentDocumentBlocks(editor, urgent ? undefined : pause);
        if (blocks === null) return { ok: true };
        for (const key of blocks.changed) unsent.add(key);
        // The texts are the reader's own, good until its next read; none comes while this save is in flight (the
        // scheduler runs one at a time), so a whole document asked for below is built from this same read.
        const updateOn = (base: typeof sent) => minutesBlocksUpdate(base, unsent, ++revision, blocks.document, blocks.order, blocks.texts);
        let update = updateOn(sent);
        const read = performance.now();
        const pending = minuteBookApi().autosaveBlocks({ documentId, ...update });
        // The renderer's share of an autosave (reading the editor, handing it to IPC), for the autosave benchmark: its
        // own work, less the pauses in which the page did other things; cleared at once: observers still see the
        // entries, and the timeline does not grow all meeting.
        performance.measure(AUTOSAVE_READ_MEASURE, { start: started, duration: read - started - paused });
        performance.measure(AUTOSAVE_MEASURE, { start: started, duration: performance.now() - started - paused });
        performance.clearMeasures(AUTOSAVE_READ_MEASURE);
        performance.clearMeasures(AUTOSAVE_MEASURE);
        let answer = await pending;
        // Main no longer holds the revision this built on (a save it never got): hand it the whole document.
        if (answer.ok && !answer.value.accepted) {
          update = updateOn(null);
          answer = await minuteBookApi().autosaveBlocks({ documentId, ...update });
        }
        if (!answer.ok) return { ok: false, problem: answer.error.message };
        if (!answer.value.accepted) return { ok: false, problem: 'Minute Book could not pass the minutes on to be saved, and will try again' };
        sent = { revision: update.revision, order: blocks.order };
        unsent = new Set();
        const saved = answer.value;
        if (saved.journaledAt !== null || saved.file === 'saved') onDiskUpToRef.current = upTo;
        if (!scheduler.hasUnsavedChanges) sessionRef.current.noteAutosaved(saved.file);
        return saved.problem ? { ok: false, problem: saved.problem } : { ok: true };
      },
      (next) => {
        // Only trouble is shown (the disk-trouble banner). The routine pending → saving → clean steps of every
        // autosave stay out of React state: while the clerk types, each would re-render the window, and every
        // commit React makes with the caret in the minutes measures the caret's offset from the top of the text.
        const nextTrouble = next.phase === 'failed' || next.problem !== null ? next : null;
        if (nextTrouble !== null || troubleShownRef.current) setTrouble(nextTrouble);
        troubleShownRef.current = nextTrouble !== null;
        if (next.phase === 'clean') setCloseRefused(false);
      },
      browserTimers,
    );
    schedulerRef.current = scheduler;
    const noteChange = () => {
      changeCountRef.current += 1;
      scheduler.noteChange();
    };
    const unsubscribe = changes.subscribe(noteChange);
    if (sessionRef.current.takeNeedsAutosave(documentId)) noteChange();
    // A meeting just started here, with no file yet, is in no file and no journal: unsaved work from its first moment,
    // to be kept safe within the second like any typed change.
    if (takeStartedMeetingToKeep(documentId) && sessionRef.current.opened?.hasFile === false) sessionRef.current.markChanged();
    // Closing or hiding the window: hand over whatever is unsaved straight away.
    const onHide = () => void scheduler.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      scheduler.dispose();
      schedulerRef.current = null;
    };
  }, [documentId, changes, editor]);

  useAppCommands({
    'prepare-to-close': () =>
      void (async () => {
        await schedulerRef.current?.flush();
        const close = onDiskUpToRef.current === changeCountRef.current;
        setCloseRefused(!close);
        await minuteBookApi().answerClose({ close });
      })(),
  });

  const retryNow = useCallback(() => void schedulerRef.current?.flush(), []);
  return { trouble, retryNow, closeRefused };
}
