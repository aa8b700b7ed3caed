// Electron's native open and save dialogs behind the Dialogs interface.
import { BrowserWindow, dialog } from 'electron';
import type { CallContext, Dialogs } from '../ports/handler-deps';

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
  async chooseFolder(context: CallContext) {
    const owner = BrowserWindow.fromId(context.windowId);
    const options = { title: 'Add a folder of minutes to the library', buttonLabel: 'Add folder', properties: ['openDirectory' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async confirmReplace(context: CallContext, fileName: string, why: string) {
    const owner = BrowserWindow.fromId(context.windowId);
    const options = {
      type: 'warning' as const,
      title: 'Replace file?',
      message: `“${fileName}” already exists. Replace it?`,
      detail: `${why}If you replace it, what it holds now is lost.`,
      buttons: ['Keep it', 'Replace'],
      defaultId: 0,
      cancelId: 0,
    };
    const result = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
    return result.response === 1;
  },
};
