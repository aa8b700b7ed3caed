// Every way a save can fail part way leaves the old file exactly as it was,
// reports the error, and leaves no temporary litter.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupPathOf, writeFileAtomic } from '../../../electron/main/adapters/atomic-write';
import { FaultyFs, type Fault } from './fault-fs';

let directory: string;
let target: string;
const OLD = '{"formatVersion":1,"old":true}\n';
const NEW = `{"formatVersion":1,"new":"${'x'.repeat(5000)}"}\n`;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'minute-book-faults-'));
  target = path.join(directory, 'Cabinet.minutes');
  await writeFile(target, OLD);
});

describe('writeFileAtomic under injected faults', () => {
  // The last column is the error the caller must be told about: the one that stopped the write.
  it.each<[string, Fault, string]>([
    ['the disk fills half way through the write', { op: 'writeNew', code: 'ENOSPC', halfway: true }, 'ENOSPC'],
    ['permission is refused creating the temporary file', { op: 'writeNew', code: 'EACCES' }, 'EACCES'],
    ['the folder is read-only', { op: 'writeNew', code: 'EROFS' }, 'EROFS'],
    ['the rename over the old file fails', { op: 'rename', code: 'EBUSY', pathIncludes: 'Cabinet.minutes.' }, 'EBUSY'],
    ['keeping the backup fails (link and copy both refused)', { op: 'link', code: 'EPERM' }, 'ENOSPC'],
  ])('%s: old file intact, error reported, no litter', async (_name, fault, reported) => {
    const fs = new FaultyFs().inject(fault);
    if (fault.op === 'link') fs.inject({ op: 'writeNew', code: 'ENOSPC', pathIncludes: 'backup' });
    await expect(writeFileAtomic(target, NEW, { fs, backupPath: backupPathOf(target) })).rejects.toMatchObject({ code: reported });
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the previous copy as the backup and replaces the file', async () => {
    await writeFileAtomic(target, NEW, { backupPath: backupPathOf(target) });
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(await readFile(path.join(directory, 'Cabinet.backup.minutes'), 'utf8')).toBe(OLD);
    expect((await readdir(directory)).sort()).toEqual(['Cabinet.backup.minutes', 'Cabinet.minutes']);
  });

  it('copies the backup where the file system has no hard links', async () => {
    const fs = new FaultyFs().inject({ op: 'link', code: 'EPERM' });
    await writeFileAtomic(target, NEW, { fs, backupPath: backupPathOf(target) });
    expect(await readFile(backupPathOf(target), 'utf8')).toBe(OLD);
    expect(await readFile(target, 'utf8')).toBe(NEW);
  });

  it('flushes the data before the rename and the folder after it', async () => {
    const fs = new FaultyFs();
    await writeFileAtomic(target, NEW, { fs });
    // (The stat before them reads the old file's permissions, to keep them.)
    const order = fs.calls.map((call) => call.split(' ')[0]).filter((op) => op !== 'stat');
    expect(order).toEqual(['writeNew', 'rename', 'syncDirectory']);
  });

  it('retries a failed folder flush, and counts the save as done: the new file is in place, whole (issue 13, D4)', async () => {
    const fs = new FaultyFs().inject({ op: 'syncDirectory', code: 'EIO', always: true });
    await writeFileAtomic(target, NEW, { fs });
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(fs.calls.filter((call) => call.startsWith('syncDirectory'))).toHaveLength(2);
  });

  it('backs up nothing when there is no old file yet', async () => {
    const fresh = path.join(directory, 'New.minutes');
    await writeFileAtomic(fresh, NEW, { backupPath: backupPathOf(fresh) });
    expect(await readFile(fresh, 'utf8')).toBe(NEW);
    expect((await readdir(directory)).sort()).toEqual(['Cabinet.minutes', 'New.minutes']);
  });
});
