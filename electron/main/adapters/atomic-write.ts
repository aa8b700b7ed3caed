// The one way Minute Book replaces a file: write a temporary file beside it,
// flush it, keep the previous copy as a backup, rename the new one over the
// target, flush the folder. A power cut at any instant leaves either the old
// file or the new one, whole; a failure at any step leaves the old file as it was.
// The new file is what the old one was, apart from its text: the same
// permissions, in the same place (a symbolic link is written through to the
// real file, not replaced by a copy), and a file marked read-only is refused.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errorCodeOf, nodeStorageFs, type StorageFs } from '../storage/storage-fs';

export interface AtomicWriteOptions {
  /** Where the file's previous contents are kept (replaced each time); none if omitted. */
  backupPath?: string;
  fs?: StorageFs;
}

/** A file whose owner may not write it (chmod 444, Windows' read-only box): never replaced behind the clerk's back. */
export const READ_ONLY_FILE = 'MINUTE_BOOK_READ_ONLY_FILE';

export async function writeFileAtomic(requestedPath: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeStorageFs;
  const filePath = fs.realpath ? await fs.realpath(requestedPath).catch(() => requestedPath) : requestedPath;
  const directory = path.dirname(filePath);
  const mode = await existingMode(fs, filePath);
  if (mode !== null && (mode & 0o200) === 0) throw Object.assign(new Error('the file is marked read-only'), { code: READ_ONLY_FILE });
  const temporary = temporaryBeside(filePath);
  await removingOnFailure(fs, temporary, () => (mode === null ? fs.writeNew(temporary, data) : fs.writeNew(temporary, data, mode & 0o7777)));
  await removingOnFailure(fs, temporary, async () => {
    if (options.backupPath) await keepBackup(fs, filePath, options.backupPath);
    await fs.rename(temporary, filePath);
  });
  // The file is replaced from here on: a folder that will not flush is retried once, but never turns a done save into a failed one.
  await fs.syncDirectory(directory).catch(() => fs.syncDirectory(directory).catch(() => undefined));
}

/** The permission bits of the file being replaced, or null for a new file (or a platform that has none). */
async function existingMode(fs: StorageFs, filePath: string): Promise<number | null> {
  try {
    return (await fs.stat(filePath)).mode ?? null;
  } catch {
    return null;
  }
}

/** Runs a step; if it fails, the temporary file goes too, and the error is passed on. */
async function removingOnFailure(fs: StorageFs, temporary: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Gives the current file a second name and moves that over the backup, so the
 * backup is always some whole earlier file. Links cost nothing; where a file
 * system has none (FAT, some network shares) the bytes are copied instead.
 */
async function keepBackup(fs: StorageFs, filePath: string, backupPath: string): Promise<void> {
  const temporary = temporaryBeside(backupPath);
  try {
    await fs.link(filePath, temporary);
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return; // nothing saved yet: nothing to back up
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(filePath);
    } catch (readError) {
      if (errorCodeOf(readError) === 'ENOENT') return;
      throw readError;
    }
    await removingOnFailure(fs, temporary, () => fs.writeNew(temporary, bytes));
  }
  await removingOnFailure(fs, temporary, () => fs.rename(temporary, backupPath));
}

function temporaryBeside(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** "Scrutiny.minutes" → "Scrutiny.backup.minutes", beside it, so the Open dialog shows it. */
export function backupPathOf(filePath: string): string {
  const extension = path.extname(filePath);
  return path.join(path.dirname(filePath), `${path.basename(filePath, extension)}.backup${extension || '.minutes'}`);
}
