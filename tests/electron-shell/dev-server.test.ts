// `npm start`: the page from Vite's dev server renders in Chromium under the
// Content-Security-Policy the app's session adds in development (the same
// functions security.ts uses), with its styles applied and Vite's websocket
// connected. The page talks to the real handler table over the e2e bridge.
import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/main/adapters/atomic-write';
import { contentSecurityPolicy, withPagePolicy } from '../../electron/main/content-security-policy';
import { createHandlerTable } from '../../electron/main/handlers/handler-table';
import { resolveRendererLocation } from '../../electron/main/renderer-location';
import { bridgePage } from '../e2e/harness/bridge';
import { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { testHandlerDeps } from '../electron/support/test-deps';
import { ROOT } from './harness/forge-build';

// Responses fulfilled by page.route carry no network address, so Chromium's
// Local Network Access check would treat the page as public and refuse its
// websocket to localhost; Electron loads the page from localhost itself.
const ROUTED_PAGE_FLAGS = ['--disable-features=LocalNetworkAccessChecks'];

let server: ViteDevServer;
let devServerUrl: string;
let browser: Browser;

beforeAll(async () => {
  // Forge's dev server address for the main process is http://localhost:<port> (its resolveDevHost).
  server = await createServer({ configFile: path.join(ROOT, 'vite.renderer.config.mts'), server: { host: 'localhost', port: 5190 }, logLevel: 'error' });
  await server.listen();
  devServerUrl = `http://localhost:${(server.httpServer!.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    args: ['--disable-gpu', '--no-first-run', ...ROUTED_PAGE_FLAGS],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm start: the dev server page', () => {
  // Vite transforms and pre-bundles a few hundred modules on the first load: slow on a busy two-core machine.
  it('renders, styled and hot-reloading, under the policy the app sends in development', { timeout: 150_000 }, async () => {
    const location = resolveRendererLocation(path.join(ROOT, '.vite/build'), devServerUrl);
    expect(location.contentSecurityPolicy).toBe(contentSecurityPolicy(devServerUrl));
    // The app's request filter lets the dev server and its websocket through, and nothing else.
    expect(location.allowsRequest(`${devServerUrl}/@vite/client`)).toBe(true);
    expect(location.allowsRequest(`${devServerUrl.replace('http', 'ws')}/?token=abc`)).toBe(true);
    expect(location.allowsRequest('https://example.com/')).toBe(false);

    const work = mkdtempSync(path.join(tmpdir(), 'minute-book-dev-'));
    const dialogs = new ScriptedDialogs();
    const table = createHandlerTable(
      testHandlerDeps(work, {
        dialogs,
        exports: {
          printer: { print: async () => new Uint8Array() },
          chooseExportPath: async () => null,
          writeFile: (filePath, bytes) => writeFileAtomic(filePath, bytes),
        },
        reviewFiles: { chooseWordFile: () => dialogs.chooseFileToOpen(), chooseReviewCopyPath: async () => null },
      }),
    );

    const page = await browser.newPage();
    try {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/.test(message.text())) problems.push(message.text());
      });
      const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 90_000 });
      // What the app's session does to every dev server response (security.ts, onHeadersReceived).
      await page.route(`${devServerUrl}/**`, async (route) => {
        const response = await route.fetch();
        const headers = Object.fromEntries(
          Object.entries(withPagePolicy(Object.fromEntries(Object.entries(response.headers()).map(([k, v]) => [k, [v]])), location.contentSecurityPolicy)).map(
            ([k, v]) => [k, v.join(', ')],
          ),
        );
        await route.fulfill({ response, headers });
      });
      await bridgePage(page, table, 1);
      await page.goto(location.pageUrl);
      await expect.poll(() => page.title(), { timeout: 90_000 }).toBe('Untitled minutes — Minute Book');
      await connected;
      expect(await page.getByRole('textbox', { name: 'Minutes' }).count()).toBe(1);
      // styles.css reached the page (Vite injects it as a <style> element in development).
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Arial');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
