// 'spelling/accept-words' through dispatch(), as ipcMain calls it: only single
// dictionary words reach the spellchecker, each once.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeFileStore } from '../../electron/main/adapters/node-file-store';
import type { SpellingDictionary } from '../../electron/main/handlers/handler-deps';
import { createHandlerTable } from '../../electron/main/handlers/handler-table';
import { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { createTestSettings } from '../e2e/harness/test-settings';
import { TestWindows } from '../e2e/harness/test-windows';
import { dispatcher } from './dispatch-kit';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'minute-book-spelling-'));
});

function tableWith(spelling?: SpellingDictionary) {
  return createHandlerTable({
    files: nodeFileStore,
    dialogs: new ScriptedDialogs(),
    windows: new TestWindows(),
    clock: { now: () => new Date() },
    settings: createTestSettings(path.join(directory, 'settings')),
    storage: { dataDirectory: path.join(directory, 'app-data') },
    ...(spelling ? { spelling } : {}),
  });
}

describe('spelling/accept-words', () => {
  it('adds single words once, leaving out phrases, markup and numbers', async () => {
    const added: string[] = [];
    const table = tableWith({ addWords: (words) => added.push(...words) });
    const { call } = dispatcher(() => table);
    const words = ['Tariq', 'McBriar', 'O’Brien', 'ILACs', 'two words', '<b>bold</b>', '2022', 'x', 'Tariq'];
    expect(await call('spelling/accept-words', { words })).toEqual({ accepted: 4 });
    expect(added).toEqual(['Tariq', 'McBriar', 'O’Brien', 'ILACs']);
    expect(await call('spelling/accept-words', { words: ['Tariq', 'Lancaster'] })).toEqual({ accepted: 1 });
    expect(added.at(-1)).toBe('Lancaster');
  });

  it('refuses a malformed request and says so when there is no dictionary', async () => {
    const { refusal } = dispatcher(() => tableWith({ addWords: () => undefined }));
    expect(await refusal('spelling/accept-words', { words: 'Tariq' })).toMatchObject({ code: 'invalid-payload', message: expect.stringContaining('words') });
    const without = dispatcher(() => tableWith());
    expect((await without.refusal('spelling/accept-words', { words: ['Tariq'] })).message).toContain('dictionary is not available');
  });
});
