// Whether the document is saved, kept outside React state: it changes on the
// first keystroke after every autosave and again when the autosave lands, and
// only the title bar (and the History panel) need to re-render for that — not
// the whole window with the editor in it. It changes only by the save-state
// machine's events (save-state.ts).
import { useSyncExternalStore } from 'react';
import { saveStateAfter, type SaveEvent, type SaveState } from './save-state';

export interface SaveStatusStore {
  get(): SaveState;
  /** Moves the save state on by one event of the machine. */
  note(event: SaveEvent): void;
  subscribe(listener: () => void): () => void;
}

export function createSaveStatusStore(initial: SaveState): SaveStatusStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    note(event) {
      const value = saveStateAfter(current, event);
      if (value === current) return;
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useSaveState(store: SaveStatusStore): SaveState {
  return useSyncExternalStore(store.subscribe, store.get);
}
