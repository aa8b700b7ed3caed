// The worker thread that reads untrusted files (see run-untrusted.ts). It
// takes one job, answers once, and is then thrown away: whatever a file did
// to this thread's memory goes with it.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../core/ipc/ipc-result';
import { runJob, type UntrustedJob } from './untrusted-parse-jobs';

async function answer(): Promise<void> {
  try {
    parentPort!.postMessage({ ok: true, value: await runJob(workerData as UntrustedJob) });
  } catch (error) {
    // A clerk-facing refusal crosses as its code and sentence; anything else is a fault of ours, named for the log.
    if (error instanceof AppError) parentPort!.postMessage({ ok: false, code: error.code, message: error.message });
    else parentPort!.postMessage({ ok: false, code: 'internal', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

void answer();
