// The benchmarks' IPC transport: the page gets the same API object the preload
// builds, and each call is a fetch POST to the test server, which runs it
// through the same dispatch() ipcMain uses. Not the e2e bridge's Playwright
// binding: that serialises every argument in the page's main thread (about
// 300 ms per autosave of a 160,000-word meeting on a loaded machine), a cost
// Electron's structured clone does not have and that would be timed as the
// app's. A fetch body costs the page about what the clone does: one copy.
import type { Page } from '@playwright/test';
import { apiMethodTable, pushedEvents } from '../../core/ipc/contract';
import { createMinuteBookApi } from '../../core/ipc/create-api';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { dispatch } from '../../electron/main/ipc/dispatch';
import type { PostHandler } from '../e2e/harness/static-server';

const INVOKE_PATH = '/__minute-book-invoke';

/** The server's side: runs each posted call through the handler table. */
export function invokeOverHttp(table: HandlerTable, windowId: number): PostHandler {
  return async (pathname, body) => {
    if (pathname !== INVOKE_PATH) return JSON.stringify({ ok: false, error: { code: 'unknown-channel', message: 'Not an invoke.' } });
    // Electron hands main each IPC message in a task of its own on the browser's UI thread, where a setImmediate in the
    // handler lets the keys waiting go first. Here the body arrives in the poll phase of Node's loop, and an immediate
    // queued there runs in the same turn, before any timer: the handler starts from an immediate, as from a task.
    await new Promise((resolve) => setImmediate(resolve));
    const { channel, input } = JSON.parse(body) as { channel: unknown; input: unknown };
    return JSON.stringify(await dispatch(table, channel, input, { windowId }));
  };
}

/** The page's side: window.minuteBook, calling the server with fetch. */
export async function bridgePageOverHttp(page: Page): Promise<void> {
  await page.addInitScript({
    content: `(() => {
      const createMinuteBookApi = ${createMinuteBookApi.toString()};
      const api = createMinuteBookApi(
        ${JSON.stringify(apiMethodTable)},
        (channel, input) =>
          fetch(${JSON.stringify(INVOKE_PATH)}, { method: 'POST', body: JSON.stringify({ channel, input }) }).then((response) => response.json()),
        () => () => undefined,
        ${JSON.stringify(pushedEvents)},
      );
      Object.defineProperty(window, 'minuteBook', { value: api });
    })();`,
  });
}
