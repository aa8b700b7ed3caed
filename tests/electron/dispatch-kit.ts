// Calls channels through dispatch(), as ipcMain does, for handler tests:
// `call` returns the value or throws with the error's code and message;
// `refusal` returns the error of a call that must be refused.
import type { Channel } from '../../core/ipc/contract';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { dispatch } from '../../electron/main/ipc/dispatch';

export function dispatcher(table: () => HandlerTable, context = { windowId: 1 }) {
  return {
    async call<T>(channel: Channel, input: unknown): Promise<T> {
      const result = await dispatch(table(), channel, input, context);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
    async refusal(channel: Channel, input: unknown) {
      const result = await dispatch(table(), channel, input, context);
      if (result.ok) throw new Error(`${channel} was not refused`);
      return result.error;
    },
  };
}
