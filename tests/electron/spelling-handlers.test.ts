// 'spelling/accept-words' through dispatch(), as ipcMain calls it: only single
// dictionary words reach the spellchecker, each once.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SpellingDictionary } from '../../electron/main/ports/handler-deps';
import { dispatcher } from './dispatch-kit';
import { handlerRigIn } from './support/handler-rig';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'minute-book-spelling-'));
});

function tableWith(spelling: SpellingDictionary) {
  return handlerRigIn(directory, { deps: { spelling } }).table;
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

  it('refuses a malformed request', async () => {
    const { refusal } = dispatcher(() => tableWith({ addWords: () => undefined }));
    expect(await refusal('spelling/accept-words', { words: 'Tariq' })).toMatchObject({ code: 'invalid-payload', message: expect.stringContaining('words') });
  });
});
