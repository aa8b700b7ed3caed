// Remembers each document file's size and modification time as Minute Book
// last read or wrote it, so a change made by anything else in between (a
// sync tool, another program, a colleague without Minute Book) is noticed
// before autosave or Save would overwrite it.
import path from 'node:path';
import type { StorageFs } from './storage-fs';

interface Watermark {
  size: number;
  mtimeMs: number;
  /** The disk the file's folder was on, where the platform says. */
  folderDevice?: number | undefined;
}

export class FileWatermarks {
  private readonly marks = new Map<string, Watermark>();

  constructor(private readonly fs: StorageFs) {}

  /** Call after opening or writing the file. A file that cannot be read leaves no mark (nothing to protect). */
  async record(documentId: string, filePath: string): Promise<void> {
    try {
      const info = await this.fs.stat(filePath);
      const folder = await this.fs.stat(path.dirname(filePath)).catch(() => null);
      this.marks.set(documentId, { size: info.size, mtimeMs: info.mtimeMs, folderDevice: folder?.dev });
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
      // Gone, or its drive is: writing recreates it, or fails and says why — unless the folder is now on another disk.
      return (await this.folderMoved(mark, filePath)) ? driveGone(filePath) : null;
    }
    if (info.size === mark.size && info.mtimeMs === mark.mtimeMs) return null;
    return `“${path.basename(filePath)}” was changed by another program since Minute Book last saved it, so it has not been overwritten. Your text is safe in this window and in the recovery copy: use Save As to keep it`;
  }

  /** A USB stick or network drive unmounted while its mount point stays: the folder is there, but on the computer's own disk. */
  private async folderMoved(mark: Watermark, filePath: string): Promise<boolean> {
    if (mark.folderDevice === undefined) return false;
    try {
      const folder = await this.fs.stat(path.dirname(filePath));
      return folder.dev !== undefined && folder.dev !== mark.folderDevice;
    } catch {
      return false;
    }
  }

  forget(documentId: string): void {
    this.marks.delete(documentId);
  }
}

function driveGone(filePath: string): string {
  return `“${path.basename(filePath)}” is no longer where it was: the USB stick or network drive holding it seems to have been disconnected, so Minute Book has not saved into the empty folder left behind. Your text is safe in this window and in the recovery copy: reconnect the drive and save again, or use Save As`;
}
