// Builds the page-facing API from the contract's method table. It has no
// imports and no closures over module state on purpose: the preload calls it
// with ipcRenderer, and the Chromium test bridge injects this same function's
// source into the page with a binding, so only the transport differs.

type Invoke = (channel: string, input: unknown) => Promise<unknown>;
type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

export function createMinuteBookApi(
  methodTable: ReadonlyArray<readonly [string, string]>,
  invoke: Invoke,
  subscribe: Subscribe,
  events: { menuCommand: string; assistiveTechnology: string },
): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of methodTable) {
    api[method] = (input: unknown) => invoke(channel, input === undefined ? {} : input);
  }
  api.onMenuCommand = (listener: (command: unknown) => void) =>
    subscribe(events.menuCommand, (payload) => {
      if (typeof payload === 'string') listener(payload);
    });
  api.onAssistiveTechnologyChange = (listener: (running: boolean) => void) =>
    subscribe(events.assistiveTechnology, (payload) => {
      if (typeof payload === 'boolean') listener(payload);
    });
  return Object.freeze(api);
}
