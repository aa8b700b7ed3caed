// Electron's dialogs for the chair's review: pick the Word document a chair
// returned, and choose where the review copy goes.
import { BrowserWindow, dialog } from 'electron';
import type { CallContext, ReviewFiles } from '../ports/handler-deps';

export const electronReviewFiles: ReviewFiles = {
  async chooseWordFile(context: CallContext) {
    const owner = BrowserWindow.fromId(context.windowId);
    const options = { title: 'Import comments from Word', properties: ['openFile' as const], filters: [{ name: 'Word document', extensions: ['docx'] }] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseReviewCopyPath(context: CallContext, suggestedName: string) {
    const owner = BrowserWindow.fromId(context.windowId);
    const options = { title: 'Send for review: save the review copy', defaultPath: suggestedName, filters: [{ name: 'Minutes', extensions: ['minutes'] }] };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  },
};
