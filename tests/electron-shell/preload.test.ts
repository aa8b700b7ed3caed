// The Forge-built preload, run in a vm context shaped like Electron's
// sandboxed preload: require() offers only what a sandboxed preload may load
// (electron's renderer modules, events, timers, url), and there are no Node
// globals beyond the limited process. It must expose exactly the contract's
// methods, frozen, and never ipcRenderer itself.
import events from 'node:events';
import { readFileSync } from 'node:fs';
import timers from 'node:timers';
import url from 'node:url';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, inject, it } from 'vitest';
import { BUILD_DIRECTORY, builtFileName, PRELOAD_ENTRY } from '../../electron/build-layout';
import { apiMethodTable, ASSISTIVE_TECHNOLOGY_EVENT, MENU_COMMAND_EVENT } from '../../core/ipc/contract';

const forge = inject('forgeOutput');

function runPreload() {
  const file = path.join(forge.appDirectory, BUILD_DIRECTORY, builtFileName(PRELOAD_ENTRY));
  const exposed: Record<string, Record<string, unknown>> = {};
  const invoked: Array<{ channel: string; input: unknown }> = [];
  const listeners: Array<{ event: string; listener: (...args: unknown[]) => void }> = [];
  const ipcRenderer = {
    invoke: async (channel: string, input: unknown) => (invoked.push({ channel, input }), { ok: true, value: null }),
    on: (event: string, listener: (...args: unknown[]) => void) => void listeners.push({ event, listener }),
    removeListener: (event: string, listener: unknown) =>
      void listeners.splice(
        listeners.findIndex((l) => l.event === event && l.listener === listener),
        1,
      ),
  };
  const electronRenderer = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => void (exposed[key] = api) },
    ipcRenderer,
    webFrame: {},
    crashReporter: {},
    nativeImage: {},
    webUtils: {},
  };
  // Electron's sandbox docs: a sandboxed preload's require() covers these, and nothing else.
  const allowed: Record<string, unknown> = { electron: electronRenderer, events, timers, url };
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    const bare = name.replace(/^node:/, '');
    if (bare in allowed) return allowed[bare];
    throw new Error(`module not found: ${name} (a sandboxed preload cannot require it)`);
  };
  const context = vm.createContext({
    require: sandboxRequire,
    process: { platform: 'linux', type: 'renderer', sandboxed: true, contextIsolated: true, env: {}, versions: {} },
    Buffer,
    setTimeout,
    clearTimeout,
    setImmediate,
    clearImmediate,
    queueMicrotask,
    console,
  });
  const module = { exports: {} };
  vm.runInContext(`(function (exports, require, module) {\n${readFileSync(file, 'utf8')}\n})`, context, { filename: file })(
    module.exports,
    sandboxRequire,
    module,
  );
  return { exposed, invoked, listeners, required, ipcRenderer };
}

describe('the built preload in a sandboxed context', () => {
  it('needs nothing a sandboxed preload cannot require', () => {
    const { required } = runPreload();
    expect(required.every((name) => ['electron', 'events', 'timers', 'url'].includes(name.replace(/^node:/, '')))).toBe(true);
  });

  it('exposes window.minuteBook with exactly the contract methods and the two subscriptions (menu commands, assistive technology), frozen', () => {
    const { exposed, ipcRenderer } = runPreload();
    expect(Object.keys(exposed)).toEqual(['minuteBook']);
    const api = exposed.minuteBook!;
    expect(Object.keys(api).sort()).toEqual([...apiMethodTable.map(([method]) => method), 'onMenuCommand', 'onAssistiveTechnologyChange'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
  });

  it('sends each method on its contract channel and delivers only string menu commands', async () => {
    const { exposed, invoked, listeners } = runPreload();
    const api = exposed.minuteBook!;
    for (const [method, channel] of apiMethodTable) {
      await (api[method] as (input?: unknown) => Promise<unknown>)();
      expect(invoked.at(-1)).toEqual({ channel, input: {} });
    }
    const received: unknown[] = [];
    const unsubscribe = (api.onMenuCommand as (listener: (command: unknown) => void) => () => void)((command) => received.push(command));
    expect(listeners.map((l) => l.event)).toEqual([MENU_COMMAND_EVENT]);
    listeners[0]!.listener({}, 'save');
    listeners[0]!.listener({}, { not: 'a command' });
    expect(received).toEqual(['save']);
    unsubscribe();
    expect(listeners).toHaveLength(0);
  });

  it('delivers only true or false as a change of assistive technology', () => {
    const { exposed, listeners } = runPreload();
    const received: unknown[] = [];
    const subscribe = exposed.minuteBook!.onAssistiveTechnologyChange as (listener: (running: unknown) => void) => () => void;
    const unsubscribe = subscribe((running) => received.push(running));
    expect(listeners.map((l) => l.event)).toEqual([ASSISTIVE_TECHNOLOGY_EVENT]);
    for (const payload of [false, 'false', 0, null, { running: true }, true]) listeners[0]!.listener({}, payload);
    expect(received).toEqual([false, true]);
    unsubscribe();
    expect(listeners).toHaveLength(0);
  });
});
