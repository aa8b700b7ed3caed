// What a failed disk operation means, in words a clerk can act on. Covers the
// ways real disks fail: full, read-only, permission, a network drive gone,
// a file held open by another program.
import { errorCodeOf } from './storage-fs';

export function describeDiskProblem(error: unknown): string {
  switch (errorCodeOf(error)) {
    case 'ENOENT':
      return 'the file or its folder no longer exists (is a network drive or USB stick disconnected?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission was refused';
    case 'EROFS':
      return 'the folder is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is locked by another program';
    case 'EIO':
      return 'the disk reported a read or write error';
    case 'ENOTCONN':
    case 'EHOSTDOWN':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
    case 'ENETUNREACH':
      return 'the network drive cannot be reached';
    case 'EFBIG':
    case 'ERR_FILE_TOO_LARGE':
      return 'the file is too large';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
