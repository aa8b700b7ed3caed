// @vitest-environment jsdom
/// <reference types="vite/client" />
// One table of keys for the whole window: the Ctrl+/ sheet lists every one
// (block, panel and app shortcuts alike) and no two run different things.
import { describe, expect, it } from 'vitest';
import { appCommands } from '../../core/commands/app-commands';
import { createEmptyMeeting } from '../../core/model/meeting';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { matchesShortcut } from '../../renderer/editor/commands/shortcut-match';
import { shortcutRows } from '../../renderer/editor/commands/shortcut-sheet';
import { panelRegistry } from '../../renderer/panels/panel-registry';

// The keydown a clerk makes for a shortcut, built from its text here rather than by the code under test.
const pressing = (shortcut: string) => {
  const parts = shortcut.split('+');
  const last = parts.at(-1)!;
  const code = /^[A-Z]$/.test(last) ? `Key${last}` : last === '/' ? 'Slash' : last;
  return new KeyboardEvent('keydown', { code, key: last, ctrlKey: parts.includes('Ctrl'), altKey: parts.includes('Alt'), shiftKey: parts.includes('Shift') });
};

describe('the shortcut sheet', () => {
  const rows = shortcutRows(minutesCommands(createEmptyMeeting()));
  const keys = rows.map((row) => row.keys);

  it('lists the app and panel shortcuts as well as the blocks’', () => {
    const expected = [
      'Ctrl+N',
      'Ctrl+Shift+M',
      'Ctrl+O',
      'Ctrl+S',
      'Ctrl+Shift+S',
      'Ctrl+E',
      'Ctrl+Shift+D',
      'Ctrl+Z',
      'Ctrl+Shift+Z',
      'Ctrl+Shift+O',
      'Ctrl+Shift+A',
      'Ctrl+Shift+Y',
      'Ctrl+Shift+J',
      'Ctrl+Shift+K',
      'Ctrl+Shift+X',
      'Ctrl+Shift+E',
      'Ctrl+Shift+H',
      'Ctrl+Alt+D',
      'F8',
      'Shift+F8',
      'Ctrl+Alt+N',
      'Ctrl+Alt+P',
      'F4',
      'Ctrl+/',
    ];
    expect(keys).toEqual(expect.arrayContaining(expected));
    expect(rows.find((row) => row.keys === 'Ctrl+E')?.title).toMatch(/^Export/);
    expect(rows.find((row) => row.keys === 'Ctrl+Shift+E')?.title).toBe('Review panel');
    // The one-key move between items and the chord kept beside it are both on the sheet, under the same title.
    expect(rows.filter((row) => row.title === 'Go to the next agenda item').map((row) => row.keys)).toEqual(['F8', 'Ctrl+Alt+N']);
    // The register, opened at every late arrival, has a function key beside its chord.
    expect(rows.filter((row) => row.title === 'Attendance panel').map((row) => row.keys)).toEqual(['Ctrl+Shift+A', 'F7']);
  });

  it('has a row, keys and title, for every entry with a shortcut in every table that runs keys', () => {
    const tables = [
      ...minutesCommands(createEmptyMeeting()).map((command) => ({ keys: command.shortcut, title: command.title })),
      ...panelRegistry.flatMap((panel) => [panel.shortcut, panel.alternativeShortcut].map((keys) => ({ keys, title: `${panel.title} panel` }))),
      ...appCommands.map((command) => ({ keys: command.shortcut, title: command.title })),
    ];
    const withKeys = tables.filter((entry): entry is { keys: string; title: string } => Boolean(entry.keys));
    expect(withKeys.length).toBeGreaterThan(40);
    const missing = withKeys.filter((entry) => !rows.some((row) => row.keys === entry.keys && row.title === entry.title));
    expect(missing).toEqual([]);
  });

  it('gives no two things the same keys', () => {
    // Chords and function keys alike (F7 must not open the register and also run a block command).
    const single = keys.filter((key) => /^((Ctrl|Alt)\+[^ ]+|(Shift\+)?F\d{1,2})$/.test(key));
    expect(single.length).toBeGreaterThan(40);
    expect(single.filter((key, index) => single.indexOf(key) !== index)).toEqual([]);
    // Pressing any of them matches that row and no other.
    for (const key of single)
      expect(
        single.filter((other) => matchesShortcut(pressing(key), other)),
        key,
      ).toEqual([key]);
  });
});
