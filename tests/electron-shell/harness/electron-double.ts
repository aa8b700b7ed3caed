// TEST DOUBLE of Electron's main-process API, recording what the app's built
// main bundle does with it. It is strict where Electron is lenient: an option
// key, event name, member, menu role or accelerator that the installed
// electron.d.ts does not declare throws at once (and is kept in `problems`),
// because real Electron would ignore it silently. It also keeps Electron's
// own rules: enableSandbox and privileged schemes before ready, windows and
// protocol handlers after, absolute existing preload, one handler per channel.
// Page loads go through the app's own request filter and protocol handler,
// so a page the app would block or could not serve fails to load here too.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { eventNames, literalValues, memberNames } from './electron-declarations';

export interface DoubleConfig {
  userData: string;
  appPath: string;
  isPackaged: boolean;
  version: string;
  /** What requestSingleInstanceLock answers (false: another instance has it). */
  singleInstanceLock?: boolean;
}

export interface LoggedCall {
  kind: string;
  [key: string]: unknown;
}

type Listener = (...args: unknown[]) => unknown;
export type RequestVerdict = { cancel?: boolean } | undefined;

export class ElectronEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export function createElectronDouble(config: DoubleConfig) {
  const log: LoggedCall[] = [];
  const problems: string[] = [];
  const record = (kind: string, data: Record<string, unknown> = {}) => void log.push({ kind, ...data });
  const fail = (message: string): never => {
    problems.push(message);
    throw new Error(`[Electron test double] ${message}`);
  };
  const checkKeys = (options: object | undefined, typeName: string, where: string) => {
    const allowed = memberNames(typeName);
    for (const key of Object.keys(options ?? {})) if (!allowed.has(key)) fail(`${where}: "${key}" is not an option of ${typeName} in electron.d.ts`);
  };

  /** Only members electron.d.ts declares; `$`-names are the double's own, for the tests; `_`-names are Node's EventEmitter internals. */
  function strict<T extends object>(target: T, typeName: string): T {
    const members = memberNames(typeName);
    return new Proxy(target, {
      get(object, property, receiver) {
        if (typeof property === 'string' && !/^[$_]/.test(property) && !members.has(property) && property !== 'then' && property !== 'constructor') {
          fail(`${typeName}.${property} is not declared in electron.d.ts`);
        }
        const value = Reflect.get(object, property, receiver);
        return typeof value === 'function' && typeof property === 'string' && property.startsWith('$') ? value.bind(object) : value;
      },
    });
  }

  /** An EventEmitter whose on/once/off accept only the event names electron.d.ts lists for typeName. */
  function checkedEmitter<T extends EventEmitter>(emitter: T, typeName: string): T {
    const events = eventNames(typeName);
    for (const method of ['on', 'once', 'addListener', 'off', 'removeListener', 'prependListener'] as const) {
      const original = emitter[method].bind(emitter);
      (emitter as unknown as Record<string, unknown>)[method] = (event: string, listener: Listener) => {
        if (!events.has(event)) fail(`${typeName}.${method}('${event}'): no such event in electron.d.ts`);
        record(`${typeName}.${method}`, { event });
        original(event, listener);
        return emitter;
      };
    }
    return emitter;
  }

  // ---------- app ----------
  let ready = false;
  let resolveReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const appState = { lockHeld: false, exitCode: null as number | null, quitCalls: 0, hasQuit: false, quitting: false, accessibilitySupport: false };
  const appTarget = checkedEmitter(new EventEmitter(), 'App') as EventEmitter & Record<string, unknown>;
  Object.assign(appTarget, {
    isPackaged: config.isPackaged,
    name: 'Minute Book',
    requestSingleInstanceLock() {
      record('app.requestSingleInstanceLock');
      appState.lockHeld = config.singleInstanceLock ?? true;
      return appState.lockHeld;
    },
    releaseSingleInstanceLock() {
      record('app.releaseSingleInstanceLock');
      appState.lockHeld = false;
    },
    hasSingleInstanceLock: () => appState.lockHeld,
    enableSandbox() {
      if (ready) fail('app.enableSandbox() after ready (Electron throws: it can only be called before the app is ready)');
      record('app.enableSandbox');
    },
    whenReady: () => readyPromise,
    isReady: () => ready,
    getPath(name: string) {
      if (name === 'userData') return config.userData;
      return path.join(config.userData, '..', `double-${name}`);
    },
    getAppPath: () => config.appPath,
    getVersion: () => config.version,
    getName: () => 'Minute Book',
    getLocale: () => 'en-GB',
    isAccessibilitySupportEnabled: () => appState.accessibilitySupport,
    setAppUserModelId: (id: string) => record('app.setAppUserModelId', { id }),
    addRecentDocument: (filePath: string) => record('app.addRecentDocument', { filePath }),
    focus: () => record('app.focus'),
    quit() {
      appState.quitCalls++;
      record('app.quit');
      const beforeQuit = new ElectronEvent();
      appTarget.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      appState.quitting = true;
      for (const window of allWindows()) window.close();
      appState.quitting = false;
      if (allWindows().length > 0) return record('app.quit-called-off', { open: allWindows().length });
      const willQuit = new ElectronEvent();
      appTarget.emit('will-quit', willQuit);
      if (!willQuit.defaultPrevented) {
        appState.hasQuit = true;
        appTarget.emit('quit', new ElectronEvent(), 0);
      }
    },
    exit(code = 0) {
      record('app.exit', { code });
      appState.exitCode = code;
      appState.hasQuit = true;
    },
  });
  const app = strict(appTarget, 'App');

  // ---------- session ----------
  type RequestListener = (details: Record<string, unknown>, callback: (response: Record<string, unknown>) => void) => void;
  const sessionState = {
    beforeRequest: null as RequestListener | null,
    headersReceived: null as RequestListener | null,
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    dictionary: [] as string[],
    spellCheckerLanguages: [] as string[],
  };
  const webRequest = strict(
    {
      onBeforeRequest(filterOrListener: unknown, maybeListener?: RequestListener) {
        sessionState.beforeRequest = (maybeListener ?? filterOrListener) as RequestListener;
      },
      onHeadersReceived(filterOrListener: unknown, maybeListener?: RequestListener) {
        sessionState.headersReceived = (maybeListener ?? filterOrListener) as RequestListener;
      },
    },
    'WebRequest',
  );
  const defaultSession = strict(
    Object.assign(checkedEmitter(new EventEmitter(), 'Session'), {
      webRequest,
      setPermissionRequestHandler: (handler: Listener) => void (sessionState.permissionRequest = handler),
      setPermissionCheckHandler: (handler: Listener) => void (sessionState.permissionCheck = handler),
      setSpellCheckerLanguages(languages: string[]) {
        for (const language of languages)
          if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language)) fail(`setSpellCheckerLanguages: "${language}" is not a language code`);
        sessionState.spellCheckerLanguages = languages;
      },
      addWordToSpellCheckerDictionary(word: string) {
        sessionState.dictionary.push(word);
        return true;
      },
    }),
    'Session',
  );
  const session = strict(
    {
      get defaultSession() {
        if (!ready) fail('session.defaultSession used before the app is ready');
        return defaultSession;
      },
    },
    'Session',
  );

  /** What the app's own request filter answers for a URL (no filter: everything goes). */
  function askRequestFilter(url: string): RequestVerdict {
    let verdict: RequestVerdict;
    sessionState.beforeRequest?.(
      { id: 1, url, method: 'GET', resourceType: 'mainFrame', timestamp: Date.now(), referrer: '', uploadData: [] },
      (response) => (verdict = response),
    );
    return verdict;
  }
  function askHeadersReceived(url: string, responseHeaders: Record<string, string[]>): Record<string, string[]> {
    let headers = responseHeaders;
    sessionState.headersReceived?.(
      { id: 1, url, method: 'GET', resourceType: 'mainFrame', statusCode: 200, statusLine: 'HTTP/1.1 200 OK', responseHeaders },
      (response) => {
        if (response.responseHeaders) headers = response.responseHeaders as Record<string, string[]>;
      },
    );
    return headers;
  }

  // ---------- protocol ----------
  const privilegedSchemes = new Map<string, Record<string, boolean>>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const protocol = strict(
    {
      registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>) {
        if (ready) fail('protocol.registerSchemesAsPrivileged after ready (Electron: it can only be used before the app is ready)');
        for (const custom of schemes) {
          checkKeys(custom, 'CustomScheme', 'protocol.registerSchemesAsPrivileged');
          checkKeys(custom.privileges, 'Privileges', `protocol.registerSchemesAsPrivileged(${custom.scheme})`);
          privilegedSchemes.set(custom.scheme, custom.privileges ?? {});
        }
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
        if (!ready) fail('protocol.handle before the app is ready');
        if (protocolHandlers.has(scheme)) fail(`protocol.handle: the ${scheme} scheme is already handled`);
        protocolHandlers.set(scheme, handler);
      },
      isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
    },
    'Protocol',
  );

  interface LoadedPage {
    url: string;
    status: number;
    headers: Record<string, string>;
    body: string;
  }
  /** Fetch a URL the way a page load would: the request filter, then the app's protocol handler (or, for http, nothing: no server here). */
  async function fetchAsPage(url: string): Promise<LoadedPage> {
    if (askRequestFilter(url)?.cancel)
      throw Object.assign(new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}': the app's own request filter cancelled it`), {
        code: 'ERR_BLOCKED_BY_CLIENT',
      });
    const scheme = new URL(url).protocol.replace(/:$/, '');
    const handler = protocolHandlers.get(scheme);
    if (handler) {
      const response = await handler(new Request(url));
      const headers = Object.fromEntries(response.headers.entries());
      const page = { url, status: response.status, headers, body: await response.text() };
      if (response.status !== 200)
        throw Object.assign(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}': the app's protocol answered ${response.status}`), {
          code: 'ERR_FILE_NOT_FOUND',
        });
      return page;
    }
    if (scheme === 'http' || scheme === 'https') {
      const headers = askHeadersReceived(url, {});
      return { url, status: 200, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v.join(', ')])), body: '' };
    }
    if (scheme === 'file') fail(`a page was loaded from file:// (${url}); pages must come from the app's own scheme`);
    throw new Error(`ERR_UNKNOWN_URL_SCHEME loading '${url}'`);
  }

  // ---------- BrowserWindow and webContents ----------
  let nextId = 1;
  /** Page loads under way (the tests wait for none). */
  const loading = { count: 0 };
  const windows = new Map<number, BrowserWindowDouble>();
  const allWindows = () => [...windows.values()].filter((w) => !w.$destroyed);

  class WebContentsDouble extends EventEmitter {
    id = nextId++;
    $sent: Array<{ channel: string; args: unknown[] }> = [];
    $url = '';
    $page: LoadedPage | null = null;
    $crashed = false;
    $destroyed = false;
    $windowOpenHandler: Listener | null = null;
    session = defaultSession;
    mainFrame = { url: '', parent: null, routingId: 1 };
    constructor(readonly $owner: BrowserWindowDouble) {
      super();
      checkedEmitter(this, 'WebContents');
    }
    send(channel: string, ...args: unknown[]) {
      this.$sent.push({ channel, args });
    }
    setWindowOpenHandler(handler: Listener) {
      this.$windowOpenHandler = handler;
    }
    isCrashed = () => this.$crashed;
    isDestroyed = () => this.$destroyed;
    reload = () => record('webContents.reload', { id: this.id });
    getURL = () => this.$url;
    replaceMisspelling = (word: string) => record('webContents.replaceMisspelling', { word });
    openDevTools = () => undefined;
    async printToPDF(options: object) {
      checkKeys(options, 'PrintToPDFOptions', 'webContents.printToPDF');
      if (!this.$page) fail('printToPDF on a window whose page never loaded');
      record('webContents.printToPDF', { id: this.id, url: this.$url, options });
      const pdf = await PDFDocument.create();
      pdf.setTitle('Printed by the Electron test double');
      pdf.addPage();
      return Buffer.from(await pdf.save());
    }
  }

  class BrowserWindowDouble extends EventEmitter {
    id = nextId++;
    webContents: WebContentsDouble;
    $destroyed = false;
    $visible = false;
    $maximized = false;
    $bounds: { x: number; y: number; width: number; height: number };
    constructor(readonly $options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      super();
      if (!ready) fail('new BrowserWindow() before the app is ready');
      checkKeys($options, 'BrowserWindowConstructorOptions', 'new BrowserWindow');
      const preferences = $options.webPreferences ?? {};
      checkKeys(preferences, 'WebPreferences', 'new BrowserWindow webPreferences');
      const preload = preferences.preload;
      if (preload !== undefined) {
        if (typeof preload !== 'string' || !path.isAbsolute(preload)) fail(`preload path is not absolute: ${String(preload)}`);
        if (!existsSync(preload as string))
          fail(
            `preload script does not exist: ${String(preload)} (Electron would log "Unable to load preload script" and the page would have no window.minuteBook)`,
          );
      }
      checkedEmitter(this, 'BrowserWindow');
      this.$bounds = { x: Number($options.x ?? 0), y: Number($options.y ?? 0), width: Number($options.width ?? 800), height: Number($options.height ?? 600) };
      this.webContents = strict(new WebContentsDouble(this), 'WebContents');
      const proxy = strict(this, 'BrowserWindow');
      windows.set(this.id, proxy);
      record('BrowserWindow.new', { id: this.id, options: $options });
      appTarget.emit('web-contents-created', new ElectronEvent(), this.webContents);
      appTarget.emit('browser-window-created', new ElectronEvent(), proxy);
      return proxy;
    }
    static getAllWindows = () => allWindows();
    static fromId = (id: number) => allWindows().find((w) => w.id === id) ?? null;
    static fromWebContents = (contents: WebContentsDouble) => allWindows().find((w) => w.webContents === contents) ?? null;
    static getFocusedWindow = () => (BrowserWindowDouble.$focused && !BrowserWindowDouble.$focused.$destroyed ? BrowserWindowDouble.$focused : null);
    static $focused: BrowserWindowDouble | null = null;
    async loadURL(url: string) {
      record('BrowserWindow.loadURL', { id: this.id, url });
      loading.count++;
      try {
        const page = await fetchAsPage(url);
        this.webContents.$page = page;
        this.webContents.$url = url;
        this.webContents.mainFrame.url = url;
      } catch (error) {
        this.webContents.emit('did-fail-load', new ElectronEvent(), -6, String((error as Error).message), url, true);
        throw error;
      } finally {
        loading.count--;
      }
      this.webContents.emit('did-finish-load', new ElectronEvent());
      this.emit('ready-to-show', new ElectronEvent());
    }
    async loadFile(filePath: string) {
      return this.loadURL(`file://${filePath}`);
    }
    show = () => void (this.$visible = true);
    hide = () => void (this.$visible = false);
    focus() {
      BrowserWindowDouble.$focused = this;
      record('BrowserWindow.focus', { id: this.id });
      appTarget.emit('browser-window-focus', new ElectronEvent(), this);
    }
    restore = () => record('BrowserWindow.restore', { id: this.id });
    isMinimized = () => false;
    maximize = () => void (this.$maximized = true);
    isMaximized = () => this.$maximized;
    getNormalBounds = () => ({ ...this.$bounds });
    getBounds = () => ({ ...this.$bounds });
    setTitle = (title: string) => void (this.$options.title = title);
    isDestroyed = () => this.$destroyed;
    close() {
      if (this.$destroyed) return;
      const event = new ElectronEvent();
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    }
    destroy() {
      if (this.$destroyed) return;
      this.$destroyed = true;
      this.webContents.$destroyed = true;
      this.emit('closed');
      this.webContents.emit('destroyed');
      if (allWindows().length === 0 && !appState.quitting && !appState.hasQuit) {
        if (appTarget.listenerCount('window-all-closed') > 0) appTarget.emit('window-all-closed');
        else (appTarget.quit as () => void)();
      }
    }
  }

  // ---------- Menu ----------
  const roles = literalValues('MenuItemConstructorOptions', 'role');
  const itemTypes = literalValues('MenuItemConstructorOptions', 'type');
  class MenuDouble {
    items: Array<Record<string, unknown> & { submenu?: MenuDouble }> = [];
    static $applicationMenu: MenuDouble | null = null;
    static $popups: MenuDouble[] = [];
    static buildFromTemplate(template: Array<Record<string, unknown>>, where = 'menu'): MenuDouble {
      if (!Array.isArray(template)) fail('Menu.buildFromTemplate: the template is not an array');
      const menu = new MenuDouble();
      template.forEach((item, index) => {
        const label = `${where} › ${String(item.label ?? item.role ?? item.type ?? index)}`;
        checkKeys(item, 'MenuItemConstructorOptions', label);
        if (item.role !== undefined && !roles.has(String(item.role))) fail(`${label}: role "${String(item.role)}" is not in electron.d.ts`);
        if (item.type !== undefined && !itemTypes.has(String(item.type))) fail(`${label}: type "${String(item.type)}" is not in electron.d.ts`);
        if (!item.label && !item.role && !item.type) fail(`${label}: an item needs a label, role or type`);
        if (item.accelerator !== undefined) checkAccelerator(String(item.accelerator), label, fail);
        const submenu = Array.isArray(item.submenu) ? MenuDouble.buildFromTemplate(item.submenu as Array<Record<string, unknown>>, label) : undefined;
        menu.items.push({ ...item, submenu });
      });
      return menu;
    }
    static setApplicationMenu(menu: MenuDouble | null) {
      MenuDouble.$applicationMenu = menu;
      record('Menu.setApplicationMenu');
    }
    static getApplicationMenu = () => MenuDouble.$applicationMenu;
    popup() {
      MenuDouble.$popups.push(this);
    }
  }

  // ---------- ipcMain ----------
  const ipcHandlers = new Map<string, Listener>();
  const ipcMain = Object.assign(new EventEmitter(), {
    handle(channel: string, handler: Listener) {
      if (ipcHandlers.has(channel)) fail(`ipcMain.handle: a second handler for '${channel}' (Electron throws)`);
      ipcHandlers.set(channel, handler);
    },
    removeHandler: (channel: string) => void ipcHandlers.delete(channel),
  });

  // ---------- dialog ----------
  const dialogAnswers = { save: [] as string[], open: [] as string[] };
  const errorBoxes: Array<{ title: string; content: string }> = [];
  const isWindow = (value: unknown) => allWindows().includes(value as BrowserWindowDouble);
  const dialog = strict(
    {
      async showSaveDialog(ownerOrOptions: unknown, maybeOptions?: object) {
        const options = isWindow(ownerOrOptions) ? maybeOptions : (ownerOrOptions as object);
        checkKeys(options, 'SaveDialogOptions', 'dialog.showSaveDialog');
        const filePath = dialogAnswers.save.shift();
        return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
      },
      async showOpenDialog(ownerOrOptions: unknown, maybeOptions?: object) {
        const options = isWindow(ownerOrOptions) ? maybeOptions : (ownerOrOptions as object);
        checkKeys(options, 'OpenDialogOptions', 'dialog.showOpenDialog');
        const filePath = dialogAnswers.open.shift();
        return filePath ? { canceled: false, filePaths: [filePath] } : { canceled: true, filePaths: [] };
      },
      async showMessageBox(ownerOrOptions: unknown, maybeOptions?: object) {
        const options = isWindow(ownerOrOptions) ? maybeOptions : (ownerOrOptions as object);
        checkKeys(options, 'MessageBoxOptions', 'dialog.showMessageBox');
        return { response: 0, checkboxChecked: false };
      },
      showErrorBox(title: string, content: string) {
        errorBoxes.push({ title, content });
      },
    },
    'Dialog',
  );
  const shell = strict({ openPath: async () => '', openExternal: async () => undefined, showItemInFolder: () => undefined }, 'Shell');

  const electron = {
    app,
    BrowserWindow: BrowserWindowDouble,
    Menu: MenuDouble,
    session,
    protocol,
    ipcMain,
    dialog,
    shell,
  };

  return {
    electron,
    log,
    problems,
    appState,
    sessionState,
    privilegedSchemes,
    protocolHandlers,
    ipcHandlers,
    dialogAnswers,
    errorBoxes,
    windows: allWindows,
    loading,
    ElectronEvent,
    askRequestFilter,
    fetchAsPage,
    becomeReady() {
      ready = true;
      appTarget.emit('will-finish-launching');
      appTarget.emit('ready', new ElectronEvent(), {});
      resolveReady();
    },
    focus(window: BrowserWindowDouble) {
      window.focus();
    },
    /** A screen reader starting or stopping: Chromium's accessibility support changes, and the app hears of it. */
    setAccessibilitySupport(enabled: boolean) {
      appState.accessibilitySupport = enabled;
      appTarget.emit('accessibility-support-changed', new ElectronEvent(), enabled);
    },
  };
}

export type ElectronDouble = ReturnType<typeof createElectronDouble>;

/**
 * Electron's accelerator grammar (docs/api/accelerator.md): modifiers joined
 * by "+" and one key code. electron.d.ts types accelerators as plain strings,
 * so this list follows the documentation.
 */
const MODIFIERS = new Set(['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']);
const KEY_CODES = new Set(
  [
    ...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`),
    ...')!@#$%^&*(:;+=<,_->.?/~`{][|\\}"\'',
    'Plus',
    'Space',
    'Tab',
    'Capslock',
    'Numlock',
    'Scrolllock',
    'Backspace',
    'Delete',
    'Insert',
    'Return',
    'Enter',
    'Up',
    'Down',
    'Left',
    'Right',
    'Home',
    'End',
    'PageUp',
    'PageDown',
    'Escape',
    'Esc',
    'VolumeUp',
    'VolumeDown',
    'VolumeMute',
    'MediaNextTrack',
    'MediaPreviousTrack',
    'MediaStop',
    'MediaPlayPause',
    'PrintScreen',
    ...Array.from({ length: 10 }, (_, i) => `num${i}`),
    'numdec',
    'numadd',
    'numsub',
    'nummult',
    'numdiv',
  ].map((key) => key.toLowerCase()),
);
export function checkAccelerator(accelerator: string, where: string, fail: (message: string) => never): void {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  if (parts.length === 0 && key.length === 1) fail(`${where}: accelerator "${accelerator}" has no modifier`);
  for (const modifier of parts)
    if (!MODIFIERS.has(modifier.toLowerCase())) fail(`${where}: accelerator "${accelerator}" has an unknown modifier "${modifier}"`);
  if (!KEY_CODES.has(key.toLowerCase())) fail(`${where}: accelerator "${accelerator}" has an unknown key "${key}"`);
  if (new Set(parts.map((m) => m.toLowerCase())).size !== parts.length) fail(`${where}: accelerator "${accelerator}" repeats a modifier`);
}
