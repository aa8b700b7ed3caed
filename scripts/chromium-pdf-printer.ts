// The PdfPrinter for tests and the command-line exporter, never the app (which
// prints with Electron's own page; lint keeps Playwright out of electron/ and
// renderer/): Playwright driving the system's Chromium (the same engine Electron prints with), page.pdf with
// tagging and an outline. JavaScript is off: the page is static minutes.
// Page size, margins, header and footer come from the page's own @page rules.
import { chromium, type Browser, type Page } from 'playwright';
import type { PdfPrinter } from '../electron/main/ports/handler-deps';

export const SYSTEM_CHROMIUM = '/usr/lib/chromium/chromium';

export interface ClosablePdfPrinter extends PdfPrinter {
  close(): Promise<void>;
}

export function createChromiumPdfPrinter(executablePath = process.env.MINUTE_BOOK_CHROMIUM ?? SYSTEM_CHROMIUM): ClosablePdfPrinter {
  let browser: Promise<Browser> | null = null;
  // One script-free page, reused: opening a page costs about 100 ms, a fifth
  // of a long meeting's print. setContent replaces the whole document, and the
  // queue below keeps two prints from sharing the page at once.
  let page: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function printOn(html: string): Promise<Uint8Array> {
    const launched = (browser ??= chromium.launch({ executablePath, headless: true }));
    page ??= launched.then(async (opened) => (await opened.newContext({ javaScriptEnabled: false })).newPage());
    const ready = await page;
    try {
      await ready.setContent(html, { waitUntil: 'load' });
      const pdf = await ready.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf);
    } catch (error) {
      // A page that failed once (crashed, timed out) is not trusted again.
      page = null;
      await ready.close().catch(() => undefined);
      throw error;
    }
  }

  return {
    print(html) {
      const printed = queue.then(() => printOn(html));
      queue = printed.catch(() => undefined);
      return printed;
    },
    async close() {
      await queue;
      if (browser) await (await browser).close();
      browser = null;
      page = null;
    },
  };
}
