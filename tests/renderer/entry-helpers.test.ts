// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { matchesShortcut } from '../../renderer/editor/commands/shortcut-match';
import { commandKeys } from '../../renderer/editor/commands/shortcut-sheet';
import { filterOptions } from '../../renderer/editor/prompt/prompt-types';
import { createEmptyMeeting } from '../../core/model/meeting';
import { declarationSteps } from '../../core/blocks/declaration-block';
import { voteSteps } from '../../core/blocks/vote-block';
import type { Person } from '../../core/model/person';

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

describe('moving between agenda items', () => {
  // The keydown a clerk makes, built here rather than by the code under test.
  const pressing = (shortcut: string) => {
    const parts = shortcut.split('+');
    const last = parts.at(-1)!;
    return new KeyboardEvent('keydown', {
      code: /^[A-Z]$/.test(last) ? `Key${last}` : last,
      key: last,
      ctrlKey: parts.includes('Ctrl'),
      altKey: parts.includes('Alt'),
      shiftKey: parts.includes('Shift'),
    });
  };
  const commands = minutesCommands(createEmptyMeeting());
  const answering = (keys: string) =>
    commands.filter((command) => commandKeys(command).some((own) => matchesShortcut(pressing(keys), own))).map((command) => command.id);

  it('takes one key, F8 (Shift+F8 back), and keeps Ctrl+Alt+N and Ctrl+Alt+P for keyboards that need Fn for F8', () => {
    expect(answering('F8')).toEqual(['next-item']);
    expect(answering('Shift+F8')).toEqual(['previous-item']);
    expect(answering('Ctrl+Alt+N')).toEqual(['next-item']);
    expect(answering('Ctrl+Alt+P')).toEqual(['previous-item']);
    // F8 with a modifier is some other key, and a typed letter never runs a command.
    expect(answering('Ctrl+F8')).toEqual([]);
    expect(answering('N')).toEqual([]);
  });

  it('starts the resolutions with one key, F9, beside Ctrl+Alt+A', () => {
    expect(answering('F9')).toEqual(['resolutions']);
    expect(answering('Ctrl+Alt+A')).toEqual(['resolutions']);
    // Shift+F9 is its own command (a standing item's none line), not the resolutions.
    expect(answering('Shift+F9')).toEqual(['nothing-to-report']);
  });

  it('lets no other key of the table run two commands', () => {
    const allKeys = commands.flatMap(commandKeys);
    expect(new Set(allKeys).size).toBe(allKeys.length);
    for (const keys of allKeys) expect(answering(keys), keys).toHaveLength(1);
  });
});

describe('filterOptions', () => {
  const options = ['Councillor S Wright', 'Councillor T Tariq', 'Jeanette Richards', 'Councillor T Pilkington'].map((label) => ({ value: label, label }));
  it('keeps options in which every typed word starts a word', () => {
    expect(filterOptions(options, 'ri').map((option) => option.label)).toEqual(['Jeanette Richards']);
    expect(filterOptions(options, 'councillor t').map((option) => option.label)).toEqual(['Councillor T Tariq', 'Councillor T Pilkington']);
    const kinds = [
      { value: 'dpi', label: 'disclosable pecuniary', keywords: 'dpi' },
      { value: 'p', label: 'personal' },
    ];
    expect(filterOptions(kinds, 'dpi').map((option) => option.value)).toEqual(['dpi']);
    expect(filterOptions(kinds, 'p').map((option) => option.value)).toEqual(['dpi', 'p']);
  });
  it('finds a name with an apostrophe typed in full, curly or straight (the chair prompt offers it so)', () => {
    const cabinet = ['Councillor E O’Brien', 'Councillor T Tariq'].map((label) => ({ value: label, label }));
    for (const query of ['Councillor E O’Brien', 'o’brien', "O'Brien", 'obr', 'brien']) {
      expect(
        filterOptions(cabinet, query).map((option) => option.label),
        query,
      ).toEqual(query === 'obr' ? [] : ['Councillor E O’Brien']);
    }
  });
});

describe('minutes commands', () => {
  it('gives every block a distinct shortcut and a title', () => {
    const commands = minutesCommands(createEmptyMeeting());
    const shortcuts = commands.flatMap((command) => (command.shortcut ? [command.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    // The keydown a clerk makes for a shortcut, built from its text here rather than by the code under test.
    const pressing = (shortcut: string) => {
      const parts = shortcut.split('+');
      const last = parts.at(-1)!;
      const code = /^[A-Z]$/.test(last) ? `Key${last}` : last;
      return new KeyboardEvent('keydown', {
        code,
        key: last,
        ctrlKey: parts.includes('Ctrl'),
        altKey: parts.includes('Alt'),
        shiftKey: parts.includes('Shift'),
      });
    };
    for (const id of [
      'recorded-vote',
      'agenda-item',
      'apologies',
      'no-apologies',
      'declaration',
      'no-declarations',
      'public-question',
      'no-public-questions',
      'member-question',
      'resolutions',
      'cabinet-decision',
      'vote',
      'action',
      'urgent',
      'exempt',
      'close',
      'stamp-time',
    ]) {
      const command = commands.find((candidate) => candidate.id === id);
      expect(command?.title, id).toMatch(/^[A-Z].*[a-z]/);
      expect(command?.shortcut, id).toMatch(/^(Ctrl\+)?Alt\+(Shift\+)?([A-Z]|Arrow(Up|Down))$/);
      // Pressing those keys runs this command and no other.
      const answering = commands.filter((other) => other.shortcut !== null && matchesShortcut(pressing(command!.shortcut!), other.shortcut));
      expect(
        answering.map((other) => other.id),
        id,
      ).toEqual([id]);
    }
  });
});

describe('recorded vote prompts', () => {
  const person = (id: string, name: string): Person => ({ id, title: 'Councillor', name, role: 'member', jobTitle: '', voting: true, retired: false });
  const voters = [person('wright', 'S Wright'), person('boles', 'C Boles'), person('quinn', 'D Quinn')];
  const start = { moverName: '', seconderName: '', for: 0, against: 0, abstain: 0 };

  it('asks each voter in turn and writes the whole named list with every answer', () => {
    const steps = voteSteps(voters, { ...start, recorded: [] }, voters);
    expect(steps.map((step) => step.label)).toEqual([
      'Moved by',
      'Seconded by',
      'Councillor Wright voted',
      'Councillor Boles voted',
      'Councillor Quinn voted',
      'Chair’s casting vote (only on a tie)',
    ]);
    const answer = (index: number, value: string) =>
      steps[index]!.toPatch(
        value,
        steps[index]!.options!.find((option) => option.value === value)!,
      );
    expect(answer(2, 'for')).toEqual({ recorded: [{ personId: 'wright', name: 'Councillor Wright', choice: 'for' }] });
    answer(3, 'none');
    expect(answer(4, 'against')).toEqual({
      recorded: [
        { personId: 'wright', name: 'Councillor Wright', choice: 'for' },
        { personId: 'quinn', name: 'Councillor Quinn', choice: 'against' },
      ],
    });
  });

  it('offers each voter’s current choice first when the vote is edited, and counts when it is not named', () => {
    const steps = voteSteps(voters, { ...start, recorded: [{ personId: 'boles', name: 'Councillor Boles', choice: 'abstain' }] }, voters);
    expect(steps[3]!.options!.map((option) => option.label)).toEqual(['Abstained', 'For', 'Against', 'Did not vote']);
    expect(steps[2]!.options![0]!.label).toBe('Did not vote');
    expect(voteSteps(voters, { ...start, recorded: null }, voters).map((step) => step.label)).toContain('Votes for');
  });
});

describe('declaration prompts', () => {
  const labels = (step: { options?: Array<{ label: string }> }) => step.options!.map((option) => option.label);
  const kindOf = (steps: ReturnType<typeof declarationSteps>, kind: string) => steps[1]!.toPatch(kind, null);

  it('ask about leaving the room only when editing, offering first what the kind implies', () => {
    expect(declarationSteps([], [], { memberName: '', kind: 'personal' })).toHaveLength(3);
    const steps = declarationSteps([], [], { memberName: 'Councillor Boles', kind: 'personal', leftRoom: false }, true);
    expect(steps.at(-1)!.label).toBe('Did the member leave the room for the item?');
    expect(kindOf(steps, 'prejudicial')).toEqual({ kind: 'prejudicial', leftRoom: true });
    expect(labels(steps.at(-1)!)[0]).toBe('Left the room and returned after it');
    expect(kindOf(steps, 'other')).toEqual({ kind: 'other', leftRoom: false });
    expect(labels(steps.at(-1)!)[0]).toBe('Stayed in the room');
    expect(steps.at(-1)!.toPatch('left', null)).toEqual({ leftRoom: true });
  });

  it('keep a recorded choice while the kind is unchanged', () => {
    const steps = declarationSteps([], [], { memberName: 'Councillor Boles', kind: 'prejudicial', leftRoom: false }, true);
    expect(kindOf(steps, 'prejudicial')).toEqual({ kind: 'prejudicial', leftRoom: false });
    expect(labels(steps.at(-1)!)[0]).toBe('Stayed in the room');
  });
});
