// The one way Minute Book replaces a file: write a temporary file beside it,
// flush it, keep the previous copy as a backup, rename the new one over the
// target, flush the folder. A power cut at any instant leaves either the old
// file or the new one, whole; a failure at any step leaves the old file as it was.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errorCodeOf, nodeStorageFs, type StorageFs } from '../storage/storage-fs';

export interface AtomicWriteOptions {
  /** Where the file's previous contents are kept (replaced each time); none if omitted. */
  backupPath?: string;
  fs?: StorageFs;
}

export async function writeFileAtomic(filePath: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeStorageFs;
  const directory = path.dirname(filePath);
  const temporary = temporaryBeside(filePath);
  await removingOnFailure(fs, temporary, () => fs.writeNew(temporary, data));
  await removingOnFailure(fs, temporary, async () => {
    if (options.backupPath) await keepBackup(fs, filePath, options.backupPath);
    await fs.rename(temporary, filePath);
  });
  await fs.syncDirectory(directory);
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
