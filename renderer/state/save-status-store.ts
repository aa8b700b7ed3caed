// Whether the document is saved, kept outside React state: it changes on the
// first keystroke after every autosave and again when the autosave lands, and
// only the title bar (and the History panel) need to re-render for that — not
// the whole window with the editor in it.
import { useSyncExternalStore } from 'react';

/** What the title bar says about the file: the one save state the window shows. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed' | 'kept' | 'read-only';

export interface SaveStatusStore {
  get(): SaveState;
  set(next: SaveState | ((current: SaveState) => SaveState)): void;
  subscribe(listener: () => void): () => void;
}

export function createSaveStatusStore(initial: SaveState): SaveStatusStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      const value = typeof next === 'function' ? next(current) : next;
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
