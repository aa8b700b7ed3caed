// The page's only door to the main process: a frozen, named API built from the
// IPC contract. Never exposes ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { apiMethodTable, pushedEvents, type MinuteBookApi } from '../../core/ipc/contract';
import { createMinuteBookApi } from '../../core/ipc/create-api';

const api = createMinuteBookApi(
  apiMethodTable,
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  pushedEvents,
) as MinuteBookApi;

contextBridge.exposeInMainWorld('minuteBook', api satisfies MinuteBookApi);
