// Electron's native open and save dialogs behind the Dialogs interface.
import { BrowserWindow, dialog } from 'electron';
import type { CallContext, Dialogs } from '../handlers/handler-deps';

const minutesFilter = { name: 'Minutes', extensions: ['minutes'] };

export const electronDialogs: Dialogs = {
  async chooseFileToOpen(context: CallContext) {
    const owner = BrowserWindow.fromId(context.windowId);
    const options = { title: 'Open minutes', properties: ['openFile' as const], filters: [minutesFilter] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseSavePath(context: CallContext, suggestedName: string) {
    const owner = BrowserWindow.fromId(context.windowId);
    const options = { title: 'Save minutes', defaultPath: suggestedName, filters: [minutesFilter] };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  },
};
