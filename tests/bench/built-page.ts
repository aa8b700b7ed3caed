// Opens the built page (npm run build:renderer) in Chromium on the real
// handler table, with a meeting file already open, for the benchmarks that
// measure the page itself (typing latency, the autosave's main-thread cost).
import type { Page } from '@playwright/test';
import path from 'node:path';
import { nodeFileStore } from '../../electron/main/adapters/node-file-store';
import { createHandlerTable } from '../../electron/main/handlers/handler-table';
import { nodeTemplateFolders, repositoryTemplatesDirectory } from '../../electron/main/meetings/node-template-folders';
import { bridgePage } from '../e2e/harness/bridge';
import { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { startStaticServer } from '../e2e/harness/static-server';
import { createTestSettings } from '../e2e/harness/test-settings';
import { TestWindows } from '../e2e/harness/test-windows';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const RENDERER_DIRECTORY = path.resolve(__dirname, '../../.vite/renderer/main_window');

/** Opens Minute Book in the page and the meeting file in it (app data under `work`); resolves once item 40 is shown. */
export async function openMinuteBook(page: Page, filePath: string, work: string): Promise<void> {
  const dialogs = new ScriptedDialogs();
  const table = createHandlerTable({
    files: nodeFileStore,
    dialogs,
    clock: { now: () => new Date() },
    windows: new TestWindows(),
    settings: createTestSettings(path.join(work, 'settings')),
    storage: { dataDirectory: path.join(work, 'app-data') },
    templates: nodeTemplateFolders(repositoryTemplatesDirectory),
  });
  const server = await startStaticServer(RENDERER_DIRECTORY);
  page.once('close', () => void server.close());
  await bridgePage(page, table, 1);
  await page.goto(`${server.url}/index.html`);
  await page.getByTestId('document-name').waitFor();
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await page.locator('h2.mb-agenda-item').nth(39).waitFor();
}

/** Puts the caret at the end of a paragraph in the middle of the meeting. */
export async function caretMidMeeting(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).nth(160);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
}
