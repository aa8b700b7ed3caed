// The refusal when a save would write over a file someone else has open (their
// lock is beside it): Save As, and a new meeting saved under a chosen name.
import path from 'node:path';
import { AppError } from '../../../core/ipc/ipc-result';
import { describeLockOwner, type LockFile } from '../../../core/storage/lock-file';

export function notOverwriting(filePath: string, lock: LockFile): AppError {
  return new AppError(
    'io-error',
    `“${path.basename(filePath)}” is open by ${describeLockOwner(lock)}, so Minute Book will not overwrite it. Choose another name.`,
  );
}
