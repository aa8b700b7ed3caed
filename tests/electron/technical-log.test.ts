// Technical details go to the log file for IT, never into what the clerk reads:
// a disk error's code, call and temporary path, and an unexpected failure's
// stack, are written as JSON lines; the sentences shown stay in plain words.
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { fileTechnicalLog, useTechnicalLog } from '../../electron/main/logging/technical-log';
import { describeDiskProblem } from '../../electron/main/storage/disk-problems';
import { jargonIn } from './clerk-words';

afterEach(() => useTechnicalLog(null));

async function logInUse() {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'minute-book-log-')), 'logs', 'minute-book.log');
  useTechnicalLog(fileTechnicalLog(file, 2_000));
  const lines = async () =>
    (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { file, lines };
}

const exdev = () =>
  Object.assign(new Error("EXDEV: cross-device link not permitted, rename '/tmp/.Audit.minutes.0a1b2c3d4e5f.tmp'"), {
    code: 'EXDEV',
    syscall: 'rename',
    path: '/tmp/.Audit.minutes.0a1b2c3d4e5f.tmp',
  });

describe('the technical log', () => {
  it('keeps a disk error’s code, call and path for IT while the clerk reads plain words', async () => {
    const { lines } = await logInUse();
    const words = describeDiskProblem(exdev());
    expect(jargonIn(words)).toEqual([]);
    expect(words).not.toContain('.tmp');
    expect(await lines()).toEqual([expect.objectContaining({ what: 'disk', code: 'EXDEV', syscall: 'rename', path: '/tmp/.Audit.minutes.0a1b2c3d4e5f.tmp' })]);
  });

  it('records an unexpected failure with its stack, and the clerk is told where the details went', async () => {
    const { lines } = await logInUse();
    const table = { 'settings/get': async () => Promise.reject(new TypeError('cannot read properties of undefined')) } as unknown as HandlerTable;
    const result = await dispatch(table, 'settings/get', {}, { windowId: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('the details are in Minute Book’s log file') } });
    const [entry] = await lines();
    expect(entry).toMatchObject({ what: 'ipc settings/get', name: 'TypeError', message: 'cannot read properties of undefined' });
    expect(String(entry!.stack)).toContain('technical-log.test.ts');
  });

  it('keeps one older file when it grows past its size, so it never fills the disk', async () => {
    const { file } = await logInUse();
    for (let index = 0; index < 40; index += 1) describeDiskProblem(exdev());
    expect((await stat(file)).size).toBeLessThan(4_000);
    expect((await stat(`${file}.1`)).size).toBeGreaterThan(2_000);
  });
});
