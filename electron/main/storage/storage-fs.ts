// The few file-system operations the storage layer needs, behind one small
// interface so tests can inject the faults real disks produce (a write that
// stops half way, a rename that fails, a full disk, a read-only folder).
import { link, mkdir, open, readFile, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';

export interface StorageFs {
  /** Creates `path` (which must not exist) with `mode` (0o644 if omitted), writes all of `data` and flushes it to the disk. */
  writeNew(path: string, data: string | Uint8Array, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** A second name for the same file (cheap backup); may fail where links are unsupported. */
  link(existing: string, newPath: string): Promise<void>;
  /** Flushes a folder's entries, so a rename survives a power cut. */
  syncDirectory(path: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  /** `mode` (permission bits) and `dev` (which disk) where the platform has them. */
  stat(path: string): Promise<{ size: number; mtimeMs: number; mode?: number; dev?: number }>;
  /** The real file behind any symbolic links; optional for test doubles, which then write the path as given. */
  realpath?(path: string): Promise<string>;
}

export const nodeStorageFs: StorageFs = {
  async writeNew(filePath, data, mode = 0o644) {
    const handle = await open(filePath, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (filePath) => unlink(filePath),
  link: (existing, newPath) => link(existing, newPath),
  async syncDirectory(directory) {
    // Windows cannot open a folder for fsync; its rename is already durable enough there.
    if (process.platform === 'win32') return;
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
  readdir: (directory) => readdir(directory),
  mkdir: async (directory) => void (await mkdir(directory, { recursive: true })),
  stat: async (filePath) => {
    const info = await stat(filePath);
    return { size: info.size, mtimeMs: info.mtimeMs, mode: info.mode, dev: info.dev };
  },
  realpath: (filePath) => realpath(filePath),
};

export function errorCodeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}
