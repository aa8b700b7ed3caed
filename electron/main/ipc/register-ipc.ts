// Registers the handler table with ipcMain. Every call is checked to come from
// the main frame of one of the app's own windows before it is dispatched.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcContract, type Channel } from '../../../core/ipc/contract';
import { fail } from '../../../core/ipc/ipc-result';
import type { HandlerTable } from '../ports/handler-types';
import { dispatch } from './dispatch';

export function registerIpc(table: HandlerTable, isAppUrl: (url: string) => boolean): void {
  for (const channel of Object.keys(ipcContract) as Channel[]) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const window = BrowserWindow.fromWebContents(event.sender);
      const frame = event.senderFrame;
      if (!window || !frame || frame !== event.sender.mainFrame || !isAppUrl(frame.url)) {
        return fail('forbidden-sender', 'Request refused: it did not come from a Minute Book window.');
      }
      return dispatch(table, channel, payload, { windowId: window.id });
    });
  }
}
