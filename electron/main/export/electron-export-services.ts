// Electron's side of exporting (cannot run outside Electron, so kept thin):
// a hidden, sandboxed, script-free window prints the minutes' HTML with
// printToPDF (tagged, with an outline), and the native Save dialog asks where.
// The HTML reaches that window as a one-shot page on the app's own protocol
// (print-pages.ts), a route the app's request filter allows.
// Page size, margins, header and footer come from the page's own @page rules.
import { BrowserWindow, dialog } from 'electron';
import { writeFileAtomic } from '../adapters/atomic-write';
import type { ExportServices, PdfPrinter } from '../ports/handler-deps';
import { publishPrintPage } from '../print-pages';

export const electronPdfPrinter: PdfPrinter = {
  async print(html) {
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
    });
    const page = publishPrintPage(html);
    try {
      await window.loadURL(page.url);
      const pdf = await window.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      page.withdraw();
      window.destroy();
    }
  },
};

const filters = {
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  pdfa: { name: 'PDF/A archival copy', extensions: ['pdf'] },
};
const titles = { docx: 'Export minutes as DOCX', pdf: 'Export minutes as PDF', pdfa: 'Save the archival PDF/A copy' };

export const electronExportServices: ExportServices = {
  printer: electronPdfPrinter,
  async chooseExportPath(context, suggestedName, format) {
    const owner = BrowserWindow.fromId(context.windowId);
    const options = { title: titles[format], defaultPath: suggestedName, filters: [filters[format]] };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  },
  writeFile: (filePath, bytes) => writeFileAtomic(filePath, bytes),
};
