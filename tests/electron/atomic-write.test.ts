import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/main/adapters/atomic-write';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary files behind', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'minute-book-atomic-'));
    const target = path.join(directory, 'a.minutes');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new contents');
    expect(await readFile(target, 'utf8')).toBe('new contents');
    expect(await readdir(directory)).toEqual(['a.minutes']);
  });

  it('leaves the old file untouched when the folder does not exist', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'minute-book-atomic-'));
    await expect(writeFileAtomic(path.join(directory, 'missing', 'a.minutes'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(directory)).toEqual([]);
  });
});
