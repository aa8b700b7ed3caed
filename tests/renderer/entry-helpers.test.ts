// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { matchesShortcut } from '../../renderer/editor/commands/shortcut-match';
import { filterOptions } from '../../renderer/editor/prompt/prompt-types';
import { createEmptyMeeting } from '../../core/model/meeting';

const key = (code: string, key: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) =>
  new KeyboardEvent('keydown', { code, key, ...modifiers });

describe('matchesShortcut', () => {
  it('matches letters by physical key, so Ctrl+Alt still works where Alt changes the character', () => {
    expect(matchesShortcut(key('KeyD', 'ð', { ctrlKey: true, altKey: true }), 'Ctrl+Alt+D')).toBe(true);
    expect(matchesShortcut(key('KeyD', 'D', { ctrlKey: true, altKey: true, shiftKey: true }), 'Ctrl+Alt+D')).toBe(false);
    expect(matchesShortcut(key('KeyD', 'D', { ctrlKey: true, altKey: true, shiftKey: true }), 'Ctrl+Alt+Shift+D')).toBe(true);
    expect(matchesShortcut(key('ArrowUp', 'ArrowUp', { altKey: true, shiftKey: true }), 'Alt+Shift+ArrowUp')).toBe(true);
    expect(matchesShortcut(key('Slash', '/', { metaKey: true }), 'Ctrl+/')).toBe(true);
  });
});

describe('filterOptions', () => {
  const options = ['Councillor S Wright', 'Councillor T Tariq', 'Jeanette Richards', 'Councillor T Pilkington'].map((label) => ({ value: label, label }));
  it('keeps options in which every typed word starts a word', () => {
    expect(filterOptions(options, 'ri').map((option) => option.label)).toEqual(['Jeanette Richards']);
    expect(filterOptions(options, 'councillor t').map((option) => option.label)).toEqual(['Councillor T Tariq', 'Councillor T Pilkington']);
    const kinds = [{ value: 'dpi', label: 'disclosable pecuniary', keywords: 'dpi' }, { value: 'p', label: 'personal' }];
    expect(filterOptions(kinds, 'dpi').map((option) => option.value)).toEqual(['dpi']);
    expect(filterOptions(kinds, 'p').map((option) => option.value)).toEqual(['dpi', 'p']);
  });
});

describe('minutes commands', () => {
  it('gives every block a distinct shortcut and a title', () => {
    const commands = minutesCommands(createEmptyMeeting());
    const shortcuts = commands.flatMap((command) => (command.shortcut ? [command.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    for (const id of ['agenda-item', 'apologies', 'declaration', 'no-declarations', 'public-question', 'no-public-questions', 'member-question', 'resolutions', 'cabinet-decision', 'vote', 'action', 'urgent', 'exempt', 'close', 'next-item', 'stamp-time']) {
      expect(commands.find((command) => command.id === id)?.shortcut, id).toBeTruthy();
    }
  });
});
