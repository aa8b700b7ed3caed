// The PdfPrinter for tests and the command-line exporter: Playwright driving
// the system's Chromium (the same engine Electron prints with), page.pdf with
// tagging and an outline. JavaScript is off: the page is static minutes.
// Page size, margins, header and footer come from the page's own @page rules.
import { chromium, type Browser, type BrowserContext } from 'playwright';
import type { PdfPrinter } from '../handlers/handler-deps';

export const SYSTEM_CHROMIUM = '/usr/lib/chromium/chromium';

export interface ClosablePdfPrinter extends PdfPrinter {
  close(): Promise<void>;
}

export function createChromiumPdfPrinter(executablePath = process.env.MINUTE_BOOK_CHROMIUM ?? SYSTEM_CHROMIUM): ClosablePdfPrinter {
  let browser: Promise<Browser> | null = null;
  // One script-free context for every print; each print gets a fresh page.
  let context: Promise<BrowserContext> | null = null;
  return {
    async print(html) {
      const launched = (browser ??= chromium.launch({ executablePath, headless: true }));
      context ??= launched.then((opened) => opened.newContext({ javaScriptEnabled: false }));
      const page = await (await context).newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
          outline: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
      context = null;
    },
  };
}
