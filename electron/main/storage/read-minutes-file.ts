// Reading a .minutes file from disk, for every path that opens one (Open, a
// file a window was opened to show, the library, compare, "try again" on a
// read-only file, the next meeting): one size limit, one parse off the main
// thread, one wording for what went wrong. The file is only ever read here.
import path from 'node:path';
import { AppError } from '../../../core/ipc/ipc-result';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import { MAX_MINUTES_FILE_BYTES } from '../../../core/storage/parse-minutes-file';
import type { HandlerDeps } from '../ports/handler-deps';
import { parseMinutesOffMain } from '../workers/parse-minutes-off-main';
import { describeDiskProblem } from './disk-problems';
import type { DocumentStorage } from './document-storage';

/** Reads and checks a minutes file; a damaged one is refused, with the backup Minute Book kept beside it when there is one. */
export async function readMinutesFile(deps: Pick<HandlerDeps, 'files'>, filePath: string, storage?: DocumentStorage): Promise<MinutesDocument> {
  const name = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    bytes = await deps.files.read(filePath, MAX_MINUTES_FILE_BYTES);
  } catch (error) {
    throw new AppError('io-error', `“${name}” could not be opened: ${describeDiskProblem(error)}.`);
  }
  const parsed = await parseMinutesOffMain(bytes, name);
  if (!parsed.ok) {
    const hint = storage ? await storage.backupHint(filePath) : '';
    throw new AppError('invalid-file', `“${name}” could not be opened because ${parsed.problem}. The file has not been changed.${hint}`);
  }
  return parsed.document;
}
