// The technical side of a problem — errno codes, file paths, stack traces —
// belongs in a log file the clerk can send to IT, never in the sentence the
// clerk reads. One log per process: a no-op until start-up names its file, so
// tests and the command-line exporter write nothing unless they ask. Writing
// it must never be what fails a save, so every write's own failure is ignored.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';

export interface TechnicalLog {
  /** `what` says where, in a few words ("ipc document/save", "disk"); `error` is kept whole. */
  record(what: string, error: unknown): void;
}

const silent: TechnicalLog = { record: () => undefined };
let current: TechnicalLog = silent;

export function technicalLog(): TechnicalLog {
  return current;
}

export function useTechnicalLog(log: TechnicalLog | null): void {
  current = log ?? silent;
}

/** What an error says about itself, as plain data (Node's errno errors carry code, syscall and path). */
export function technicalDetails(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const { code, syscall, path: filePath } = error as NodeJS.ErrnoException;
  return {
    name: error.name,
    message: error.message,
    ...(code ? { code } : {}),
    ...(syscall ? { syscall } : {}),
    ...(filePath ? { path: filePath } : {}),
    stack: error.stack,
  };
}

/** JSON lines in `filePath`; past `maxBytes` the file becomes `<name>.1` (one old file kept) and a new one starts. */
export function fileTechnicalLog(filePath: string, maxBytes = 1_000_000, now: () => Date = () => new Date()): TechnicalLog {
  return {
    record(what, error) {
      try {
        mkdirSync(path.dirname(filePath), { recursive: true });
        const size = (() => {
          try {
            return statSync(filePath).size;
          } catch {
            return 0;
          }
        })();
        if (size > maxBytes) renameSync(filePath, `${filePath}.1`);
        appendFileSync(filePath, `${JSON.stringify({ at: now().toISOString(), what, ...technicalDetails(error) })}\n`);
      } catch {
        // The log is for IT; a full disk must not turn a clerk's save into a logging error.
      }
    },
  };
}
