// Finding the .minutes files in the clerk's library folders (a shared drive
// included). A folder that cannot be reached is reported, and what the index
// knows of it is kept: a drive that is offline for a moment must not empty
// the library.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MINUTES_FILE_EXTENSION } from '../../../core/storage/minutes-document';
import type { FileStamp } from './library-index';

/** Deep enough for council/committee/year/meeting folders; a limit, so a folder of everything cannot run forever. */
const MAX_DEPTH = 8;
const MAX_FILES = 50_000;

export interface FolderScan {
  files: Map<string, FileStamp>;
  /** Folders that could not be read, with why. */
  unreachable: Array<{ folder: string; problem: string }>;
}

/** A minutes file of the clerk's: not a backup, not a temporary file, not hidden. */
export function isLibraryFile(fileName: string): boolean {
  return fileName.endsWith(`.${MINUTES_FILE_EXTENSION}`) && !fileName.startsWith('.') && !fileName.endsWith(`.backup.${MINUTES_FILE_EXTENSION}`);
}

export async function scanFolders(folders: ReadonlyArray<string>): Promise<FolderScan> {
  const scan: FolderScan = { files: new Map(), unreachable: [] };
  const walk = async (folder: string, depth: number, top: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (folder === top) scan.unreachable.push({ folder, problem: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    for (const entry of entries) {
      if (scan.files.size >= MAX_FILES || entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) await walk(full, depth + 1, top);
      else if (entry.isFile() && isLibraryFile(entry.name)) {
        const stamp = await stampOf(full);
        if (stamp) scan.files.set(full, stamp);
      }
    }
  };
  for (const folder of folders) await walk(folder, 0, folder);
  return scan;
}

/** The file's modification time and size, or null when it is gone. */
export async function stampOf(filePath: string): Promise<FileStamp | null> {
  try {
    const info = await stat(filePath);
    return { mtimeMs: info.mtimeMs, size: info.size };
  } catch {
    return null;
  }
}

export function isInside(filePath: string, folder: string): boolean {
  const relative = path.relative(folder, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
