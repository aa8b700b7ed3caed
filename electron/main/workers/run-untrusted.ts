// Runs the read of an untrusted file (a returned Word document, a .minutes
// file from disk) in a worker thread with its own memory ceiling and a time
// budget. Whatever the file holds — a zip bomb, a million nested tags, a
// parser's worst case — can at most fail this one read: the main process
// never blocks on it and cannot run out of memory because of it, so every
// other window keeps autosaving.
//
// The worker is a separate bundle in the built app (forge.config.ts builds
// untrusted-parse-worker.ts beside the main bundle, named by electron/build-layout.ts); from the TypeScript sources
// (unit tests, the e2e harness, scripts) the same file is bundled once per
// process with esbuild (a development tool, never in the built app) into
// node_modules/.cache, named by its content.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type IpcErrorCode } from '../../../core/ipc/ipc-result';
import { builtFileName, UNTRUSTED_WORKER_ENTRY } from '../../build-layout';
import type { JobAnswer, UntrustedJob } from './untrusted-parse-jobs';

export const UNTRUSTED_READ_BUDGET = {
  /** Reading the largest real file takes a few seconds; a file that takes this long is refused. */
  milliseconds: 20_000,
  /** The worker's own heap; running out ends the worker, not the app. */
  heapMegabytes: 1536,
  youngMegabytes: 64,
  stackMegabytes: 4,
} as const;

function startWorker(job: UntrustedJob): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: UNTRUSTED_READ_BUDGET.heapMegabytes,
    maxYoungGenerationSizeMb: UNTRUSTED_READ_BUDGET.youngMegabytes,
    stackSizeMb: UNTRUSTED_READ_BUDGET.stackMegabytes,
  };
  // In the built app (Forge output, asar included: Electron reads worker scripts from the archive) the
  // bundle sits beside main's; only a run from the TypeScript sources has the .ts file beside this one.
  const built = path.join(__dirname, builtFileName(UNTRUSTED_WORKER_ENTRY));
  return new Worker(existsSync(built) ? built : bundledFromSource(), { workerData: job, resourceLimits });
}

let sourceBundle: string | null = null;

/** Running from TypeScript: bundle the worker's sources into one plain script (once per process). */
function bundledFromSource(): string {
  if (sourceBundle) return sourceBundle;
  const entry = path.join(__dirname, path.basename(UNTRUSTED_WORKER_ENTRY));
  const esbuild = createRequire(entry)('esbuild') as typeof import('esbuild');
  // pdf.js (the agenda reader, 3 MB) stays outside the bundle: every worker would otherwise parse it. It is
  // imported where a PDF is read, so the bundle is written beside node_modules, where that import resolves.
  const output = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    write: false,
    logLevel: 'silent',
    external: ['pdfjs-dist'],
  });
  const code = output.outputFiles[0]!.contents;
  const folder = path.join(__dirname, '../../../node_modules/.cache/minute-book');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `untrusted-parse-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`);
  if (!existsSync(file)) {
    // Written whole, then renamed: test processes running side by side never start a half-written file.
    writeFileSync(`${file}.${process.pid}`, code);
    renameSync(`${file}.${process.pid}`, file);
  }
  sourceBundle = file;
  return file;
}

export interface UntrustedReadOptions {
  /** The file's name, for the sentence a clerk sees if the read is stopped. */
  fileName: string;
  milliseconds?: number;
}

/** Runs `job` in a fresh worker; refusals arrive as the AppError the job threw. */
export function runUntrusted<J extends UntrustedJob>(job: J, options: UntrustedReadOptions): Promise<JobAnswer<J>> {
  const { fileName } = options;
  const milliseconds = options.milliseconds ?? UNTRUSTED_READ_BUDGET.milliseconds;
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new AppError(
              'file-too-large',
              `“${fileName}” took more than ${Math.round(milliseconds / 1000)} seconds to read, so Minute Book stopped reading it. Nothing was changed. It may be damaged or made to harm; ask for a fresh copy.`,
            ),
          ),
        ),
      milliseconds,
    );
    worker.on('message', (answer: { ok: true; value: JobAnswer<J> } | { ok: false; code: IpcErrorCode; message: string }) =>
      settle(() => {
        if (answer.ok) resolve(answer.value);
        else if (answer.code === 'internal') reject(new Error(answer.message));
        else reject(new AppError(answer.code, answer.message));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /stack size|out of memory/i.test(error.message)) {
          reject(
            new AppError(
              'file-too-large',
              `“${fileName}” needs more memory to read than any set of minutes does, so Minute Book stopped reading it. Nothing was changed. It may be damaged or made to harm; ask for a fresh copy.`,
            ),
          );
        } else reject(error);
      }),
    );
    worker.on('exit', (code) => settle(() => reject(new Error(`The reader for “${fileName}” stopped (exit ${code}) before it answered.`))));
  });
}
