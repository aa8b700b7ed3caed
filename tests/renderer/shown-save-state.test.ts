// What the status bar and title show of the save state while a clerk types through autosaves: "Saved" once the
// minutes have stayed saved for a moment, every other change at once (shown-save-state.ts says why).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveStatusStore, type SaveStatusStore } from '../../renderer/state/save-status-store';
import { followShownSaveState, SAVED_SHOWN_AFTER_MS } from '../../renderer/state/shown-save-state';

let store: SaveStatusStore;
let shown: string[];
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  store = createSaveStatusStore('saved');
  shown = [];
  stop = followShownSaveState(store, (state) => shown.push(state));
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

/** One autosave cycle of steady typing: a key, the autosave landing, and the next key a few milliseconds later. */
function typeThroughAnAutosave() {
  store.note({ kind: 'changed' });
  vi.advanceTimersByTime(300);
  store.note({ kind: 'autosaved', file: 'saved' });
  vi.advanceTimersByTime(45);
  store.note({ kind: 'changed' });
  vi.advanceTimersByTime(300);
}

describe('the save state as shown', () => {
  it('starts with the state as it is', () => {
    expect(shown).toEqual(['saved']);
  });

  it('stays "unsaved" while the clerk types through autosaves, and shows "saved" once they pause', () => {
    for (let cycle = 0; cycle < 10; cycle++) typeThroughAnAutosave();
    expect(shown).toEqual(['saved', 'unsaved']);
    store.note({ kind: 'autosaved', file: 'saved' });
    vi.advanceTimersByTime(SAVED_SHOWN_AFTER_MS - 1);
    expect(shown).toEqual(['saved', 'unsaved']);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['saved', 'unsaved', 'saved']);
  });

  it('waits the same way for an unnamed meeting kept safe', () => {
    store.note({ kind: 'changed' });
    store.note({ kind: 'autosaved', file: 'untitled' });
    store.note({ kind: 'changed' });
    store.note({ kind: 'autosaved', file: 'untitled' });
    expect(shown).toEqual(['saved', 'unsaved']);
    vi.advanceTimersByTime(SAVED_SHOWN_AFTER_MS);
    expect(shown).toEqual(['saved', 'unsaved', 'kept']);
  });

  it('shows a failure, a read-only file and a Save in progress at once, and a Save that lands at once', () => {
    store.note({ kind: 'changed' });
    store.note({ kind: 'autosaved', file: 'failed' });
    expect(shown.at(-1)).toBe('failed');
    store.note({ kind: 'changed' });
    store.note({ kind: 'save-started' });
    expect(shown.at(-1)).toBe('saving');
    store.note({ kind: 'save-landed' });
    expect(shown.at(-1)).toBe('saved');
    store.note({ kind: 'changed' });
    store.note({ kind: 'autosaved', file: 'read-only' });
    expect(shown).toEqual(['saved', 'unsaved', 'failed', 'unsaved', 'saving', 'saved', 'unsaved', 'read-only']);
  });

  it('never shows "saved" for minutes changed since: a failure during the wait is shown, and the wait ends', () => {
    store.note({ kind: 'changed' });
    store.note({ kind: 'autosaved', file: 'saved' });
    vi.advanceTimersByTime(SAVED_SHOWN_AFTER_MS / 2);
    store.note({ kind: 'changed' });
    store.note({ kind: 'autosaved', file: 'failed' });
    vi.advanceTimersByTime(SAVED_SHOWN_AFTER_MS * 2);
    expect(shown).toEqual(['saved', 'unsaved', 'failed']);
  });

  it('stops following the store, and leaves no timer behind, when stopped', () => {
    store.note({ kind: 'changed' });
    store.note({ kind: 'autosaved', file: 'saved' });
    stop();
    vi.advanceTimersByTime(SAVED_SHOWN_AFTER_MS);
    store.note({ kind: 'changed' });
    expect(shown).toEqual(['saved', 'unsaved']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
