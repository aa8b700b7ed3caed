// The envelope every IPC call answers with. Errors are values, not thrown
// exceptions, so that the page always gets a code and a sentence it can show.

export type IpcErrorCode =
  | 'invalid-payload'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'invalid-file'
  | 'file-too-large'
  | 'io-error'
  | 'unknown-document'
  /** A rule of the record forbids it (approving twice, amending unapproved minutes). */
  | 'not-allowed'
  | 'internal';

export interface IpcError {
  code: IpcErrorCode;
  /** A sentence a clerk can read: what went wrong and what to do. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

/** Thrown by handlers for an expected failure; the dispatcher turns it into a typed error. */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
