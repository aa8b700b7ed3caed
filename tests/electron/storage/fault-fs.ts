// A real file system with faults on demand: the next matching operation
// fails with a given errno, optionally after writing half its bytes, as a
// disk that fills up or a drive that disappears part way would.
import { nodeStorageFs, type StorageFs } from '../../../electron/main/storage/storage-fs';

export type FsOperation = keyof StorageFs;

export interface Fault {
  op: FsOperation;
  code: string;
  /** Only paths containing this text (e.g. ".tmp", ".lock"). */
  pathIncludes?: string;
  /** For writeNew: write the first half of the bytes before failing. */
  halfway?: boolean;
  /** Fail every matching call, not just the next one. */
  always?: boolean;
}

export function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`simulated ${code}`), { code });
}

export class FaultyFs implements StorageFs {
  private faults: Fault[] = [];
  readonly calls: string[] = [];

  constructor(private readonly real: StorageFs = nodeStorageFs) {}

  inject(fault: Fault): this {
    this.faults.push(fault);
    return this;
  }

  clear(): void {
    this.faults = [];
  }

  private take(op: FsOperation, target: string): Fault | null {
    this.calls.push(`${op} ${target}`);
    const index = this.faults.findIndex((fault) => fault.op === op && (!fault.pathIncludes || target.includes(fault.pathIncludes)));
    if (index < 0) return null;
    const fault = this.faults[index]!;
    if (!fault.always) this.faults.splice(index, 1);
    return fault;
  }

  async writeNew(target: string, data: string | Uint8Array, mode?: number): Promise<void> {
    const fault = this.take('writeNew', target);
    if (fault?.halfway) {
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
      await this.real.writeNew(target, bytes.subarray(0, Math.floor(bytes.byteLength / 2)), mode);
    }
    if (fault) throw errnoError(fault.code);
    return this.real.writeNew(target, data, mode);
  }

  rename = (from: string, to: string) => this.guard('rename', `${from} -> ${to}`, () => this.real.rename(from, to));

  private async guard<T>(op: FsOperation, target: string, run: () => Promise<T>): Promise<T> {
    const fault = this.take(op, target);
    if (fault) throw errnoError(fault.code);
    return run();
  }

  unlink = (target: string) => this.guard('unlink', target, () => this.real.unlink(target));
  link = (existing: string, newPath: string) => this.guard('link', `${existing} -> ${newPath}`, () => this.real.link(existing, newPath));
  syncDirectory = (target: string) => this.guard('syncDirectory', target, () => this.real.syncDirectory(target));
  readFile = (target: string) => this.guard('readFile', target, () => this.real.readFile(target));
  readdir = (target: string) => this.guard('readdir', target, () => this.real.readdir(target));
  mkdir = (target: string) => this.guard('mkdir', target, () => this.real.mkdir(target));
  stat = (target: string) => this.guard('stat', target, () => this.real.stat(target));
}
