// Opens the built page (npm run build:renderer) in Chromium on the real
// handler table (over tests/bench/http-bridge.ts), with a meeting file already open, for the benchmarks that
// measure the page itself (typing latency, the time to open a meeting, the
// autosave's main-thread cost).
import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { createHandlerTable } from '../../electron/main/handlers/handler-table';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { startStaticServer } from '../e2e/harness/static-server';
import { testHandlerDeps } from '../electron/support/test-deps';
import { bridgePageOverHttp, invokeOverHttp } from './http-bridge';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
/** The built page; MINUTE_BOOK_PAGE names another build (say, of the commit before a change) to compare with. */
const RENDERER_DIRECTORY = process.env.MINUTE_BOOK_PAGE ?? path.resolve(__dirname, '../../.vite/renderer/main_window');

/**
 * Opens Minute Book in the page on a handler table of its own (app data under `work/app-data`); resolves to that table.
 * `screenReader`: main reports assistive technology running, as Electron does when a screen reader connects (the
 * editor then draws every block; docs/typing-speed.md).
 */
export async function loadMinuteBook(page: Page, work: string, dialogs = new ScriptedDialogs(), screenReader = false): Promise<HandlerTable> {
  const table = createHandlerTable(testHandlerDeps(work, { dialogs, assistiveTechnology: { isRunning: () => screenReader } }));
  const server = await startStaticServer(RENDERER_DIRECTORY, invokeOverHttp(table, 1));
  page.once('close', () => void server.close());
  await bridgePageOverHttp(page);
  await page.goto(`${server.url}/index.html`);
  await page.getByTestId('document-name').waitFor();
  return table;
}

/** Opens Minute Book in the page (app data under `work`), with no meeting open yet; resolves to a function that opens one. */
export async function startMinuteBook(page: Page, work: string, screenReader = false): Promise<(filePath: string, agendaItems: number) => Promise<void>> {
  const dialogs = new ScriptedDialogs();
  await loadMinuteBook(page, work, dialogs, screenReader);
  return async (filePath, agendaItems) => {
    dialogs.answerNextOpen(filePath);
    await page.keyboard.press('Control+o');
    await page
      .locator('h2.mb-agenda-item')
      .nth(agendaItems - 1)
      .waitFor();
  };
}

/** Opens Minute Book in the page and the meeting file in it (app data under `work`); resolves once its last agenda item is shown. */
export async function openMinuteBook(page: Page, filePath: string, work: string, agendaItems = 40): Promise<void> {
  const open = await startMinuteBook(page, work);
  await open(filePath, agendaItems);
}

/** Puts the caret at the end of a line of the paragraph in the middle of the meeting; resolves to that paragraph. */
export async function caretMidMeeting(page: Page, selector: string): Promise<Locator> {
  const paragraphs = page.locator(selector);
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  return target;
}
