// What a failed disk operation means, in words a clerk can act on. Covers the
// ways real disks fail: full, read-only, permission, a network drive gone,
// a file held open by another program.
import { READ_ONLY_FILE } from '../adapters/atomic-write';
import { technicalLog } from '../logging/technical-log';
import { errorCodeOf } from './storage-fs';

export function describeDiskProblem(error: unknown): string {
  // The clerk reads the words below; the code, the call and the path go to the log for IT.
  technicalLog().record('disk', error);
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
    case READ_ONLY_FILE:
      return 'the file is marked read-only (untick “Read-only” in its Properties, or use Save As to keep a copy elsewhere)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open on this computer (close some programs and try again)';
    case 'EXDEV':
    case 'EINVAL':
    case 'ENOTDIR':
    case 'EISDIR':
    case 'ENAMETOOLONG':
      return 'the disk or folder refused the request (try Save As to another folder)';
    case 'EFBIG':
    case 'ERR_FILE_TOO_LARGE':
      return 'the file is too large';
    default:
      // Raw system text names temporary files and error codes: the clerk gets plain words instead.
      return 'the disk reported a problem Minute Book does not recognise (try Save As to another folder)';
  }
}
