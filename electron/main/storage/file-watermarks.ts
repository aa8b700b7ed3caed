// Remembers each document file's size and modification time as Minute Book
// last read or wrote it, so a change made by anything else in between (a
// sync tool, another program, a colleague without Minute Book) is noticed
// before autosave or Save would overwrite it.
import path from 'node:path';
import type { StorageFs } from './storage-fs';

interface Watermark {
  size: number;
  mtimeMs: number;
}

export class FileWatermarks {
  private readonly marks = new Map<string, Watermark>();

  constructor(private readonly fs: StorageFs) {}

  /** Call after opening or writing the file. A file that cannot be read leaves no mark (nothing to protect). */
  async record(documentId: string, filePath: string): Promise<void> {
    try {
      const info = await this.fs.stat(filePath);
      this.marks.set(documentId, { size: info.size, mtimeMs: info.mtimeMs });
    } catch {
      this.marks.delete(documentId);
    }
  }

  /** A sentence if the file changed since Minute Book last touched it; null if it may be written. */
  async check(documentId: string, filePath: string): Promise<string | null> {
    const mark = this.marks.get(documentId);
    if (!mark) return null;
    let info: Watermark;
    try {
      info = await this.fs.stat(filePath);
    } catch {
      // Gone, or its drive is: writing recreates it, or fails and says why.
      return null;
    }
    if (info.size === mark.size && info.mtimeMs === mark.mtimeMs) return null;
    return `“${path.basename(filePath)}” was changed by another program since Minute Book last saved it, so it has not been overwritten. Your text is safe in this window and in the recovery copy: use Save As to keep it`;
  }

  forget(documentId: string): void {
    this.marks.delete(documentId);
  }
}
