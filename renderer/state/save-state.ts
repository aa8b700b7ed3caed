// Whether the open document is saved: the one machine the title bar (and the
// History panel) read. Every change to it is a named event through
// saveStateAfter, so what a save, an autosave, an edit or an opened file does
// to it is written once, here, rather than by each hook that saves.
//
// The autosave scheduler's phase (autosave-scheduler.ts) is not a second save
// state: it says how the next autosave is going (waiting, writing, failing and
// when it retries) for the disk-trouble banner. What the file is comes only
// from here; an autosave reaches it as the 'autosaved' event, with what main
// said of the file, once nothing newer is waiting.
import type { AutosaveResult } from '../../core/ipc/channels/storage-channels';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed' | 'kept' | 'read-only';

/** What main says an autosave did to the file: written, kept in the journal (never saved, so no file yet), read-only, or failed. */
export type AutosavedFile = AutosaveResult['file'];

export type SaveEvent =
  /** A document was opened (or reopened) in the window. */
  | { kind: 'opened'; readOnly: boolean }
  /** The text or the meeting's details changed. */
  | { kind: 'changed' }
  /** Text newer than the file (crash recovery, or a read-only copy's kept text) is now the document's. */
  | { kind: 'recovered' }
  /** Save or Save As: started, written, cancelled in its dialog, or failed. */
  | { kind: 'save-started' }
  | { kind: 'save-landed' }
  | { kind: 'save-cancelled'; readOnly: boolean }
  | { kind: 'save-failed' }
  /** An autosave landed with nothing newer waiting. */
  | { kind: 'autosaved'; file: AutosavedFile };

const afterAutosave: Record<AutosavedFile, SaveState> = { saved: 'saved', untitled: 'kept', 'read-only': 'read-only', failed: 'failed' };

export function saveStateAfter(current: SaveState, event: SaveEvent): SaveState {
  switch (event.kind) {
    case 'opened':
      return event.readOnly ? 'read-only' : 'saved';
    case 'changed':
      // A Save in flight says so until it lands; a read-only file stays read-only whatever is typed.
      return current === 'saving' || current === 'read-only' ? current : 'unsaved';
    case 'recovered':
      return 'unsaved';
    case 'save-started':
      return 'saving';
    case 'save-landed':
      return 'saved';
    case 'save-cancelled':
      return event.readOnly ? 'read-only' : 'unsaved';
    case 'save-failed':
      return 'failed';
    case 'autosaved':
      return afterAutosave[event.file];
  }
}
