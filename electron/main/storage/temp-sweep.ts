// A process killed part way through an atomic write leaves its temporary
// file behind (".Name.minutes.<random>.tmp", and ".Name.backup.minutes.<random>.tmp"
// for the backup beside it). The next writer that owns the document removes
// them, and at start Minute Book clears its own folders (recovery journals,
// versions, its settings files) of those left by earlier runs — only names
// made by writeFileAtomic, and only files older than this process, so a
// write in progress elsewhere is never touched.
import path from 'node:path';
import { backupPathOf } from '../adapters/atomic-write';
import type { StorageFs } from './storage-fs';

const TEMPORARY = /\.[0-9a-f]{12}\.tmp$/;

/** Removes the leftover temporary files of one file (or of every file, for the app's own folders). */
export async function sweepTemporaryFiles(fs: StorageFs, directory: string, ofFile: string | null, olderThanMs = Number.POSITIVE_INFINITY): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(directory);
  } catch {
    return 0;
  }
  const prefixes = ofFile === null ? ['.'] : [`.${path.basename(ofFile)}.`, `.${path.basename(backupPathOf(ofFile))}.`];
  let removed = 0;
  for (const name of names) {
    if (!prefixes.some((prefix) => name.startsWith(prefix)) || !TEMPORARY.test(name)) continue;
    const leftover = path.join(directory, name);
    if (Number.isFinite(olderThanMs)) {
      const info = await fs.stat(leftover).catch(() => null);
      if (!info || info.mtimeMs >= olderThanMs) continue;
    }
    await fs.unlink(leftover).then(
      () => (removed += 1),
      () => undefined,
    );
  }
  return removed;
}

/** The app's own folders: the data folder, recovery/, and each folder under versions/. */
export async function sweepDataFolders(fs: StorageFs, dataDirectory: string, olderThanMs: number): Promise<number> {
  const versions = path.join(dataDirectory, 'versions');
  const versionFolders = await fs.readdir(versions).catch(() => [] as string[]);
  const folders = [dataDirectory, path.join(dataDirectory, 'recovery'), ...versionFolders.map((name) => path.join(versions, name))];
  let removed = 0;
  for (const folder of folders) removed += await sweepTemporaryFiles(fs, folder, null, olderThanMs);
  return removed;
}
