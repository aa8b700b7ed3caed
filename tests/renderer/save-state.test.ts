// The save state the title bar shows, as one machine: what opening, typing, a
// Save, its dialog's Cancel, a failure and an autosave each do to it.
import { describe, expect, it } from 'vitest';
import { saveStateAfter, type SaveEvent, type SaveState } from '../../renderer/state/save-state';

const every: SaveState[] = ['saved', 'unsaved', 'saving', 'failed', 'kept', 'read-only'];
const run = (start: SaveState, ...events: SaveEvent[]) => events.reduce(saveStateAfter, start);

describe('the save state', () => {
  it('starts saved, or read-only for a file someone else has open', () => {
    for (const state of every) {
      expect(saveStateAfter(state, { kind: 'opened', readOnly: false })).toBe('saved');
      expect(saveStateAfter(state, { kind: 'opened', readOnly: true })).toBe('read-only');
    }
  });

  it('is unsaved after a change, except while a Save is writing or the file is read-only', () => {
    expect(every.map((state) => saveStateAfter(state, { kind: 'changed' }))).toEqual(['unsaved', 'unsaved', 'saving', 'unsaved', 'unsaved', 'read-only']);
  });

  it('follows a Save: writing, then saved (even if typed meanwhile), unsaved when its dialog is cancelled, not saved when it fails', () => {
    expect(run('unsaved', { kind: 'save-started' })).toBe('saving');
    expect(run('unsaved', { kind: 'save-started' }, { kind: 'changed' }, { kind: 'save-landed' })).toBe('saved');
    expect(run('kept', { kind: 'save-started' }, { kind: 'save-cancelled', readOnly: false })).toBe('unsaved');
    expect(run('read-only', { kind: 'save-started' }, { kind: 'save-cancelled', readOnly: true })).toBe('read-only');
    expect(run('read-only', { kind: 'save-started' }, { kind: 'save-landed' })).toBe('saved');
    expect(run('unsaved', { kind: 'save-started' }, { kind: 'save-failed' })).toBe('failed');
    expect(run('failed', { kind: 'changed' })).toBe('unsaved');
  });

  it('takes what main said of the file when an autosave lands', () => {
    expect(run('unsaved', { kind: 'autosaved', file: 'saved' })).toBe('saved');
    expect(run('unsaved', { kind: 'autosaved', file: 'untitled' })).toBe('kept');
    expect(run('read-only', { kind: 'autosaved', file: 'read-only' })).toBe('read-only');
    expect(run('unsaved', { kind: 'autosaved', file: 'failed' })).toBe('failed');
  });

  it('is unsaved once recovered text newer than the file is shown', () => {
    expect(run('saved', { kind: 'opened', readOnly: false }, { kind: 'recovered' })).toBe('unsaved');
  });
});
