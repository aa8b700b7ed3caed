// Electron's Open dialog for a published agenda (Word or PDF).
import { BrowserWindow, dialog } from 'electron';
import type { AgendaFiles, CallContext } from '../ports/handler-deps';

export const electronAgendaFiles: AgendaFiles = {
  async chooseAgendaFile(context: CallContext) {
    const owner = BrowserWindow.fromId(context.windowId);
    const options = { title: 'Import the agenda', properties: ['openFile' as const], filters: [{ name: 'Agenda (Word or PDF)', extensions: ['docx', 'pdf'] }] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
