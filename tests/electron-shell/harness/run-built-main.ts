// Runs the Forge-built main bundle under plain Node the way Electron would:
// package.json "main" names the file, `require('electron')` gets the test
// double, and nothing else may be required but Node's built-ins (only .vite
// and package.json ship in the asar). The bundle sees its own process
// (platform, argv, resourcesPath) and timers, so each run is independent and
// nothing is left running afterwards.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { createElectronDouble, type DoubleConfig, type ElectronDouble } from './electron-double';

export interface RunOptions {
  /** The unpacked app (what app.asar holds). */
  appDirectory: string;
  /** process.resourcesPath: the packaged resources folder (templates live there). */
  resourcesPath: string;
  platform?: NodeJS.Platform;
  /** process.argv as Electron gives it to a packaged app: the executable, then the user's arguments. */
  argv?: string[];
  userData?: string;
  singleInstanceLock?: boolean;
  /** Built-in modules to replace, e.g. a recording child_process. */
  builtinOverrides?: Record<string, unknown>;
}

export interface RunningApp {
  double: ElectronDouble;
  /** Settles the app's pending work (promises, zero-delay timers). */
  settle(): Promise<void>;
  /** Clears every timer the bundle set. */
  stop(): void;
}

const nodeRequire = createRequire(__filename);
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

export function builtMainFile(appDirectory: string): string {
  const manifest = JSON.parse(readFileSync(path.join(appDirectory, 'package.json'), 'utf8')) as { main?: string };
  const mainFile = path.join(appDirectory, manifest.main ?? 'index.js');
  if (!existsSync(mainFile)) {
    throw new Error(
      `Electron would stop here: package.json "main" is "${manifest.main}", which is not in the built app (its .vite/build holds ${readdirNames(path.join(appDirectory, '.vite/build'))}).`,
    );
  }
  return mainFile;
}

function readdirNames(directory: string): string {
  try {
    return nodeRequire('node:fs').readdirSync(directory).join(', ');
  } catch {
    return 'nothing';
  }
}

export async function runBuiltMain(options: RunOptions): Promise<RunningApp> {
  const mainFile = builtMainFile(options.appDirectory);
  const manifest = JSON.parse(readFileSync(path.join(options.appDirectory, 'package.json'), 'utf8')) as { version: string };
  const config: DoubleConfig = {
    userData: options.userData ?? mkdtempSync(path.join(tmpdir(), 'minute-book-shell-')),
    appPath: options.appDirectory,
    isPackaged: true,
    version: manifest.version,
    singleInstanceLock: options.singleInstanceLock,
  };
  const double = createElectronDouble(config);

  const timers = new Set<NodeJS.Timeout>();
  const intervals = new Set<NodeJS.Timeout>();
  const ownTimers = {
    setTimeout: (fn: () => void, ms?: number, ...args: unknown[]) => {
      const handle: NodeJS.Timeout = setTimeout(() => {
        timers.delete(handle);
        fn(...(args as []));
      }, ms);
      timers.add(handle);
      return handle;
    },
    clearTimeout: (handle: NodeJS.Timeout) => {
      timers.delete(handle);
      clearTimeout(handle);
    },
    setInterval: (fn: () => void, ms?: number, ...args: unknown[]) => {
      const handle = setInterval(fn, ms, ...args) as unknown as NodeJS.Timeout;
      intervals.add(handle);
      return handle;
    },
    clearInterval: (handle: NodeJS.Timeout) => {
      intervals.delete(handle);
      clearInterval(handle);
    },
  };
  // The bundle's libraries (signal-exit, via its file locking) hook the process's exit and signals once per
  // start-up; a test file starts the app a dozen times in one process, which is not a leak.
  process.setMaxListeners(100);
  const overrides: Record<string | symbol, unknown> = {
    platform: options.platform ?? 'linux',
    argv: options.argv ?? ['/opt/Minute Book/minute-book'],
    resourcesPath: options.resourcesPath,
    execPath: (options.argv ?? ['/opt/Minute Book/minute-book'])[0],
    type: 'browser',
  };
  const ownProcess = new Proxy(process, {
    get(target, property) {
      if (property in overrides) return overrides[property];
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const ownRequire = (name: string) => {
    if (name === 'electron') return double.electron;
    const override = options.builtinOverrides?.[name.replace(/^node:/, '')];
    if (override) return override;
    if (builtins.has(name)) return nodeRequire(name);
    throw new Error(`The built main bundle requires "${name}", which the packaged app does not have (only .vite and package.json ship in app.asar).`);
  };

  const source = readFileSync(mainFile, 'utf8');
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, __filename, __dirname, process, setTimeout, clearTimeout, setInterval, clearInterval) {${source}\n})`,
    { filename: mainFile },
  );
  const module = { exports: {} };
  wrapper(
    module.exports,
    ownRequire,
    module,
    mainFile,
    path.dirname(mainFile),
    ownProcess,
    ownTimers.setTimeout,
    ownTimers.clearTimeout,
    ownTimers.setInterval,
    ownTimers.clearInterval,
  );

  /** Until no page is loading and nothing new happened for a few turns (10 s at most, on a loaded machine). */
  const settle = async () => {
    const deadline = Date.now() + 10_000;
    let quietTurns = 0;
    let seen = -1;
    while (quietTurns < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const busy = double.loading.count > 0 || double.log.length !== seen;
      seen = double.log.length;
      quietTurns = busy ? 0 : quietTurns + 1;
    }
  };
  double.becomeReady();
  await settle();
  return {
    double,
    settle,
    stop() {
      timers.forEach((handle) => clearTimeout(handle));
      intervals.forEach((handle) => clearInterval(handle));
    },
  };
}
