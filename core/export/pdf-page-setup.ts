// How the HTML is printed to PDF, shared by Electron's printToPDF in the app
// and Playwright's page.pdf in tests and the command-line exporter, so both
// print the same pages with the same header and footer.
import { escapeHtml } from './html-escape';
import type { LayoutDocument } from './layout-model';

export interface PdfPageSetup {
  /** A4, margins in inches (Electron's unit; Playwright takes "<n>in"). */
  margins: { top: number; bottom: number; left: number; right: number };
  headerTemplate: string;
  footerTemplate: string;
}

// Chromium prints header and footer templates at a tiny default size and without the page's styles.
function band(layout: LayoutDocument, inner: string): string {
  const font = escapeHtml(layout.fontFamily).replace(/;/g, '');
  return `<div style="box-sizing:border-box;width:100%;padding:0 0.8in;font-family:'${font}',Arial,sans-serif;font-size:9pt;color:#000;display:flex;justify-content:space-between;">${inner}</div>`;
}

export function pdfPageSetup(layout: LayoutDocument): PdfPageSetup {
  const marking = layout.restrictiveMarking ? `<span style="font-weight:bold;">${escapeHtml(layout.restrictiveMarking)}</span>` : '<span></span>';
  return {
    margins: { top: 0.9, bottom: 0.9, left: 0.8, right: 0.8 },
    headerTemplate: band(layout, `<span>${escapeHtml(layout.headerText)}</span>${marking}`),
    footerTemplate: band(layout, `${marking}<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>`),
  };
}
