// The Forge-built main bundle, started under Node with the Electron test
// double: what a user's first launch does, up to quitting with two windows
// open, plus the launches that must not open anything (a second instance, a
// start-up that throws).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { BUILD_DIRECTORY, builtFileName, MAIN_ENTRY, PRELOAD_ENTRY, UNTRUSTED_WORKER_ENTRY } from '../../electron/build-layout';
import { contentSecurityPolicy } from '../../electron/main/content-security-policy';
import { ASSISTIVE_TECHNOLOGY_EVENT, ipcContract, MENU_COMMAND_EVENT, menuCommands } from '../../core/ipc/contract';
import { MINUTES_FILE } from '../../electron/file-type';
import { commandsHandledByRenderer } from './harness/renderer-commands';
import { ROOT } from './harness/forge-build';
import { runBuiltMain, type RunningApp, type RunOptions } from './harness/run-built-main';

const forge = inject('forgeOutput');
const running: RunningApp[] = [];
async function launch(options: Partial<RunOptions> = {}): Promise<RunningApp> {
  const app = await runBuiltMain({ appDirectory: forge.appDirectory, resourcesPath: forge.resourcesDirectory, ...options });
  running.push(app);
  return app;
}
afterEach(() => running.splice(0).forEach((app) => app.stop()));

type MenuItem = Record<string, unknown> & { submenu?: { items: MenuItem[] } };
function menuItems(menu: { items: MenuItem[] } | null, trail = ''): Array<MenuItem & { trail: string }> {
  return (menu?.items ?? []).flatMap((item) => {
    const here = `${trail} › ${String(item.label ?? item.role ?? item.type).replace(/&/g, '')}`;
    return [{ ...item, trail: here }, ...menuItems(item.submenu ?? null, here)];
  });
}

/** Calls a registered IPC handler the way Electron would for a page in `window`. */
function invoke(app: RunningApp, window: ReturnType<RunningApp['double']['windows']>[number], channel: string, payload: unknown) {
  const handler = app.double.ipcHandlers.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  const contents = window.webContents;
  return handler({ sender: contents, senderFrame: contents.mainFrame, processId: 1, frameId: 1 }, payload) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: unknown;
  }>;
}

describe('the packaged app starts', () => {
  it('package.json "main" names the main bundle Forge wrote', () => {
    const manifest = JSON.parse(readFileSync(path.join(forge.appDirectory, 'package.json'), 'utf8'));
    expect(manifest.main).toBe(`${BUILD_DIRECTORY}/${builtFileName(MAIN_ENTRY)}`);
    expect(readFileSync(path.join(forge.appDirectory, manifest.main), 'utf8').length).toBeGreaterThan(0);
  });

  it('the worker that reads untrusted files is built beside main, where main looks for it, and runs on its own', async () => {
    // Main starts this file for every Word import and large .minutes file; if Forge named it otherwise, main
    // would fall back to bundling from sources it does not ship, and every import would fail.
    const workerFile = path.join(forge.appDirectory, BUILD_DIRECTORY, builtFileName(UNTRUSTED_WORKER_ENTRY));
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/minutes-v1.minutes')));
    const answer = await new Promise<{ ok: boolean; value?: { ok?: boolean } }>((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: { kind: 'minutes', bytes } });
      worker.once('message', (message) => {
        void worker.terminate();
        resolve(message);
      });
      worker.once('error', reject);
    });
    expect(answer).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('reaches the end of start-up with one hardened window showing the page from app://, with its preload', async () => {
    const app = await launch();
    const { double } = app;
    expect(double.problems).toEqual([]);
    expect(double.errorBoxes).toEqual([]);
    const [window, ...others] = double.windows();
    expect(others).toHaveLength(0);
    const preferences = window!.$options.webPreferences!;
    expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(preferences.preload).toBe(path.join(forge.appDirectory, BUILD_DIRECTORY, builtFileName(PRELOAD_ENTRY)));
    expect(window!.$visible).toBe(true);
    // Linux takes the window icon from the packaged resources.
    expect(readFileSync(String(window!.$options.icon)).subarray(1, 4).toString()).toBe('PNG');

    const page = window!.webContents.$page!;
    expect(page.url).toBe('app://minute-book/index.html');
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(page.body).toContain('<div id="root">');
    // Every script and stylesheet the page names is served by the app's protocol and let through by its filter.
    const assets = [...page.body.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => new URL(match[1]!, page.url).href);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) expect((await double.fetchAsPage(asset)).status).toBe(200);
    // Nothing outside the page's folder, and nothing remote.
    await expect(double.fetchAsPage('app://minute-book/../../package.json')).rejects.toThrow(/ERR_FILE_NOT_FOUND|ERR_BLOCKED/);
    expect(double.askRequestFilter('https://example.com/')?.cancel).toBe(true);
    expect(double.askRequestFilter('file:///etc/passwd')?.cancel).toBe(true);
  });

  it('registers every contract channel with ipcMain exactly once, and answers through it', async () => {
    const app = await launch();
    expect([...app.double.ipcHandlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    const [window] = app.double.windows();
    const setup = await invoke(app, window!, 'meeting/setup', {});
    expect(setup.ok).toBe(true);
    // The shipped templates are found where Forge put them (resources/templates, outside the asar).
    expect((setup.value as { templates: Array<{ source: string }> }).templates.some((t) => t.source === 'shipped')).toBe(true);
    const refused = await app.double.ipcHandlers.get('settings/get')!(
      { sender: window!.webContents, senderFrame: { url: 'https://example.com/', parent: null } },
      {},
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('has valid menu accelerators, and every command the menu sends is one the page handles', async () => {
    const app = await launch();
    const { double } = app;
    const [window] = double.windows();
    double.focus(window!);
    const handled = commandsHandledByRenderer(path.join(ROOT, 'renderer'));
    const items = menuItems(double.electron.Menu.getApplicationMenu() as never);
    expect(items.some((item) => item.accelerator === 'CmdOrCtrl+S')).toBe(true);
    const sent: string[] = [];
    for (const item of items.filter((entry) => typeof entry.click === 'function' && !entry.submenu)) {
      const before = window!.webContents.$sent.length;
      (item.click as (...args: unknown[]) => void)(item, window, {});
      for (const message of window!.webContents.$sent.slice(before)) {
        expect(message.channel).toBe(MENU_COMMAND_EVENT);
        sent.push(String(message.args[0]));
      }
    }
    expect(sent.length).toBeGreaterThan(5);
    for (const command of sent) {
      expect(menuCommands, `menu sends "${command}"`).toContain(command);
      expect([...handled], `the page handles "${command}"`).toContain(command);
    }
    expect(double.problems).toEqual([]);
  });

  it('tells each page whether a screen reader is running: when asked, and when one starts or stops', async () => {
    const app = await launch();
    const { double } = app;
    const [window] = double.windows();
    expect(await invoke(app, window!, 'accessibility/assistive-technology', {})).toEqual({ ok: true, value: { running: false } });
    double.setAccessibilitySupport(true);
    expect(window!.webContents.$sent).toContainEqual({ channel: ASSISTIVE_TECHNOLOGY_EVENT, args: [true] });
    expect(await invoke(app, window!, 'accessibility/assistive-technology', {})).toEqual({ ok: true, value: { running: true } });
    double.setAccessibilitySupport(false);
    expect(window!.webContents.$sent.at(-1)).toEqual({ channel: ASSISTIVE_TECHNOLOGY_EVENT, args: [false] });
    expect(double.problems).toEqual([]);
  });

  it('exports a PDF through the hidden print window, on a route its own request filter allows', async () => {
    const app = await launch();
    const { double } = app;
    const [window] = double.windows();
    const initial = (await invoke(app, window!, 'document/initial', {})) as { ok: true; value: { opened: { documentId: string; document: unknown } } };
    expect(initial).toMatchObject({ ok: true });
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-export-')), 'Minutes.pdf');
    double.dialogAnswers.save.push(target);
    const exported = await invoke(app, window!, 'export/minutes', {
      documentId: initial.value.opened.documentId,
      document: initial.value.opened.document,
      options: { version: 'public', appendices: [] },
      formats: ['pdf'],
    });
    expect(exported).toMatchObject({ ok: true, value: { status: 'exported' } });
    const printed = double.log.find((call) => call.kind === 'webContents.printToPDF');
    expect(String(printed?.url)).toMatch(/^app:\/\/print\//);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    // The print page is withdrawn afterwards and its window gone.
    await expect(double.fetchAsPage(String(printed?.url))).rejects.toThrow(/ERR_FILE_NOT_FOUND/);
    expect(double.windows()).toHaveLength(1);
  });

  it('quits with two windows open once each page has put its words on disk', async () => {
    const app = await launch();
    const { double } = app;
    const fileMenu = menuItems(double.electron.Menu.getApplicationMenu() as never);
    (fileMenu.find((item) => item.trail === ' › File › New')!.click as () => void)();
    await app.settle();
    const windows = double.windows();
    expect(windows).toHaveLength(2);
    (double.electron.app as unknown as { quit(): void }).quit();
    // Held open, each asked to hand over its last words.
    expect(double.windows()).toHaveLength(2);
    for (const window of windows) expect(window.webContents.$sent).toContainEqual({ channel: MENU_COMMAND_EVENT, args: ['prepare-to-close'] });
    for (const window of windows) expect(await invoke(app, window, 'window/close-answer', { close: true })).toMatchObject({ ok: true });
    await app.settle();
    expect(double.windows()).toHaveLength(0);
    expect(double.appState.hasQuit).toBe(true);
    expect(double.problems).toEqual([]);
  });
});

describe('platform conventions', () => {
  const topLevel = (app: RunningApp) =>
    (app.double.electron.Menu.getApplicationMenu() as unknown as { items: MenuItem[] }).items.map((item) => String(item.label ?? item.role));

  it('keeps the Windows and Linux menu: File (ending in Quit), Edit, View, Help', async () => {
    for (const platform of ['linux', 'win32'] as const) {
      const app = await launch({ platform });
      expect(topLevel(app)).toEqual(['&File', '&Edit', '&View', '&Help']);
      const file = menuItems(app.double.electron.Menu.getApplicationMenu() as never).filter((item) => item.trail.startsWith(' › File › '));
      expect(file.at(-1)).toMatchObject({ role: 'quit' });
      expect(app.double.problems).toEqual([]);
    }
  });

  it('follows macOS conventions: the app menu first, Close Window in File, a Window menu', async () => {
    const app = await launch({ platform: 'darwin' });
    expect(topLevel(app)).toEqual(['appMenu', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    const items = menuItems(app.double.electron.Menu.getApplicationMenu() as never);
    const file = items.filter((item) => item.trail.startsWith(' › File › '));
    expect(file.at(-1)).toMatchObject({ role: 'close' });
    expect(items.some((item) => item.role === 'quit')).toBe(false);
    expect(app.double.problems).toEqual([]);
  });

  it('on a Windows install, creates shortcuts and registers .minutes, then quits without opening anything', async () => {
    const spawned: Array<{ file: string; args: string[]; options: unknown }> = [];
    const recordingChildProcess = {
      spawn: (file: string, args: string[], options: unknown) => {
        spawned.push({ file, args, options });
        return { on: () => undefined, unref: () => undefined };
      },
    };
    const exe = 'C:\\Users\\clerk\\AppData\\Local\\MinuteBook\\app-0.1.0\\minute-book.exe';
    const app = await launch({ platform: 'win32', argv: [exe, '--squirrel-install', '0.1.0'], builtinOverrides: { child_process: recordingChildProcess } });
    expect(app.double.windows()).toHaveLength(0);
    expect(app.double.appState.quitCalls).toBe(1);
    expect(app.double.log.some((call) => call.kind === 'app.requestSingleInstanceLock')).toBe(false);
    expect(spawned[0]).toMatchObject({ file: 'C:\\Users\\clerk\\AppData\\Local\\MinuteBook\\Update.exe', args: ['--createShortcut=minute-book.exe'] });
    const registry = spawned.filter((command) => command.file === 'reg.exe').map((command) => command.args.join(' '));
    expect(registry).toContain(`add HKCU\\Software\\Classes\\.${MINUTES_FILE.extension} /ve /d ${MINUTES_FILE.progId} /f`);
    expect(registry).toContain(
      `add HKCU\\Software\\Classes\\${MINUTES_FILE.progId}\\shell\\open\\command /ve /d "C:\\Users\\clerk\\AppData\\Local\\MinuteBook\\minute-book.exe" "%1" /f`,
    );
  });
});

describe('launches that must not open a window', () => {
  it('a start-up that throws shows a native error box, lets go of the single-instance lock and exits', async () => {
    // The user profile cannot be written: its folder is under a plain file.
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-blocked-')), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const app = await launch({ userData: path.join(blocker, 'Minute Book') });
    const { double } = app;
    expect(double.errorBoxes).toHaveLength(1);
    expect(double.errorBoxes[0]!.title).toBe('Minute Book could not start');
    expect(double.errorBoxes[0]!.content).toContain('No minutes file was changed');
    expect(double.appState.lockHeld).toBe(false);
    expect(double.appState.exitCode).toBe(1);
    expect(double.windows()).toHaveLength(0);
  });

  it('a second instance hands over and quits without starting', async () => {
    const app = await launch({ singleInstanceLock: false });
    expect(app.double.appState.quitCalls).toBe(1);
    expect(app.double.windows()).toHaveLength(0);
    expect(app.double.ipcHandlers.size).toBe(0);
  });
});
