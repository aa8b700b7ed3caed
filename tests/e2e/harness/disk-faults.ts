// The document file store with a switch: a test can make every save fail as
// a full disk, a read-only folder or a vanished network drive would, then
// clear the fault and watch Minute Book recover.
import type { FileStore } from '../../../electron/main/ports/handler-deps';

export class DiskFaults implements FileStore {
  private failure: string | null = null;
  writeAttempts = 0;

  constructor(private readonly real: FileStore) {}

  /** From now on every write fails with this errno code (ENOSPC, EROFS, ENOENT…). */
  failWritesWith(code: string): void {
    this.failure = code;
  }

  clear(): void {
    this.failure = null;
  }

  read(filePath: string, maxBytes: number): Promise<Uint8Array> {
    return this.real.read(filePath, maxBytes);
  }

  async writeAtomic(filePath: string, data: string): Promise<void> {
    this.writeAttempts += 1;
    if (this.failure) throw Object.assign(new Error(`simulated ${this.failure}`), { code: this.failure });
    return this.real.writeAtomic(filePath, data);
  }
}
