// The API the preload (or the test bridge) put on window: typed by the contract.
import type { IpcResult } from '../../core/ipc/ipc-result';
import type { MinuteBookApi } from '../../core/ipc/contract';

declare global {
  interface Window {
    minuteBook?: MinuteBookApi;
  }
}

export function minuteBookApi(): MinuteBookApi {
  const api = window.minuteBook;
  if (!api) throw new Error('Minute Book must run inside its desktop app: the main-process API is missing.');
  return api;
}

/** Unwraps a result, turning a typed error into an exception carrying its message. */
export async function call<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new MinuteBookError(result.error.code, result.error.message);
  return result.value;
}

class MinuteBookError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MinuteBookError';
  }
}
