// Connects a Chromium page to the real handler table: the page gets the same
// API object the preload builds (same function, same method table), and calls
// travel over a Playwright binding into the same dispatch() ipcMain uses.
import type { Page } from '@playwright/test';
import { apiMethodTable, ASSISTIVE_TECHNOLOGY_EVENT, MENU_COMMAND_EVENT, pushedEvents, type MenuCommand } from '../../../core/ipc/contract';
import { createMinuteBookApi } from '../../../core/ipc/create-api';
import { fail } from '../../../core/ipc/ipc-result';
import type { HandlerTable } from '../../../electron/main/ports/handler-types';
import { dispatch } from '../../../electron/main/ipc/dispatch';

const INVOKE_BINDING = '__minuteBookInvoke';
const EMIT_HOOK = '__minuteBookEmit';

export async function bridgePage(page: Page, table: HandlerTable, windowId: number): Promise<void> {
  await page.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, packed: unknown) => {
    // As in register-ipc.ts: only the page's own main frame may call.
    if (source.frame !== source.page.mainFrame()) {
      return fail('forbidden-sender', 'Request refused: it did not come from a Minute Book window.');
    }
    const payload: unknown = typeof packed === 'string' ? (JSON.parse(packed) as { input?: unknown }).input : undefined;
    return dispatch(table, channel, payload, { windowId });
  });
  await page.addInitScript({
    content: `(() => {
      const listeners = new Map();
      const createMinuteBookApi = ${createMinuteBookApi.toString()};
      const api = createMinuteBookApi(
        ${JSON.stringify(apiMethodTable)},
        // One JSON string, not the object: Playwright's argument serialiser walks
        // every value in the page's main thread (about 60 ms for a 40,000-word
        // autosave), a cost Electron's structured clone does not have and that
        // would otherwise show up as long tasks in the typing benchmark.
        (channel, input) => window.${INVOKE_BINDING}(channel, JSON.stringify({ input })),
        (event, listener) => {
          const set = listeners.get(event) ?? new Set();
          listeners.set(event, set);
          set.add(listener);
          return () => set.delete(listener);
        },
        ${JSON.stringify(pushedEvents)},
      );
      Object.defineProperty(window, 'minuteBook', { value: api });
      Object.defineProperty(window, '${EMIT_HOOK}', {
        value: (event, payload) => { for (const listener of listeners.get(event) ?? []) listener(payload); },
      });
    })();`,
  });
}

/** What a native menu click does: main sends the command to the focused page. */
export async function clickMenu(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate(([hook, event, value]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[hook]!(event, value), [
    EMIT_HOOK,
    MENU_COMMAND_EVENT,
    command,
  ] as const);
}

/** What main does when assistive technology starts or stops: tells the page. */
export async function emitAssistiveTechnology(page: Page, running: boolean): Promise<void> {
  await page.evaluate(([hook, event, value]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[hook]!(event, value), [
    EMIT_HOOK,
    ASSISTIVE_TECHNOLOGY_EVENT,
    running,
  ] as const);
}
