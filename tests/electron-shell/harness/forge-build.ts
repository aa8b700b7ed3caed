// Builds the app the way users get it: `electron-forge make` (Forge's own Vite
// build, @electron/packager, the zip and deb makers, the fuses plugin) in a
// copy of the project, with the stand-in Electron zip from a loopback mirror.
// The result is cached by the content of its inputs, so the shell tests share
// one build and a second run with nothing changed reuses it.
import { extractAll } from '@electron/asar';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLoopbackMirror } from './stand-in-electron';

export const ROOT = path.resolve(__dirname, '../../..');

export interface ForgeBuildOptions {
  /** Where the project copy and its output go (one cached build at a time). */
  workDirectory: string;
  command: 'make' | 'package';
  /** Serve the stand-in Electron zip (Linux x64) from a loopback mirror; otherwise Forge downloads the real one. */
  standInElectron: boolean;
  env?: NodeJS.ProcessEnv;
}

const SHELL_TEST_BUILD: ForgeBuildOptions = { workDirectory: path.join(ROOT, '.tmp', 'electron-shell'), command: 'make', standInElectron: true };

/** Everything the Forge build reads from the project (node_modules is linked, not copied). */
const BUILD_INPUTS = [
  'electron',
  'core',
  'renderer',
  'templates',
  'assets',
  'scripts',
  'package.json',
  'forge.config.ts',
  'vite.main.config.mts',
  'vite.preload.config.mts',
  'vite.renderer.config.mts',
  'tsconfig.json',
  'tsconfig.base.json',
];

export interface ForgeOutput {
  /** The project copy Forge built in. */
  projectDirectory: string;
  /** out/Minute Book-linux-x64: what the zip and the deb hold. */
  packagedDirectory: string;
  resourcesDirectory: string;
  asarPath: string;
  /** app.asar unpacked, to load the bundles under Node. */
  appDirectory: string;
  zipPath: string;
  debPath: string;
  /** Files the loopback mirror was asked for (empty when the cached build was reused). */
  mirrorRequests: string[];
}

export function electronVersion(): string {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
}

function inputsHash(options: ForgeBuildOptions): string {
  const hash = createHash('sha256')
    .update(electronVersion())
    .update(JSON.stringify({ ...options, env: options.env ?? {} }));
  const visit = (relative: string) => {
    const full = path.join(ROOT, relative);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) visit(path.join(relative, name));
    else hash.update(relative).update(readFileSync(full));
  };
  BUILD_INPUTS.forEach(visit);
  // How the build is made counts too.
  ['tests/electron-shell/harness/forge-build.ts', 'tests/electron-shell/harness/stand-in-electron.ts'].forEach(visit);
  return hash.digest('hex').slice(0, 16);
}

function findFile(directory: string, extension: string): string {
  for (const name of readdirSync(directory, { recursive: true }) as string[]) if (name.endsWith(extension)) return path.join(directory, name);
  throw new Error(`No ${extension} file under ${directory}.`);
}

export async function buildWithForge(options: ForgeBuildOptions = SHELL_TEST_BUILD): Promise<ForgeOutput> {
  const WORK = options.workDirectory;
  const key = inputsHash(options);
  const projectDirectory = path.join(WORK, `build-${key}`);
  const outputFile = path.join(projectDirectory, 'forge-output.json');
  if (existsSync(outputFile)) return { ...JSON.parse(readFileSync(outputFile, 'utf8')), mirrorRequests: [] };

  if (existsSync(WORK)) for (const old of readdirSync(WORK)) if (old.startsWith('build-')) rmSync(path.join(WORK, old), { recursive: true, force: true });
  mkdirSync(projectDirectory, { recursive: true });
  for (const input of BUILD_INPUTS) {
    if (existsSync(path.join(ROOT, input))) cpSync(path.join(ROOT, input), path.join(projectDirectory, input), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(projectDirectory, 'node_modules'), 'dir');

  const version = electronVersion();
  const mirror = options.standInElectron ? await startLoopbackMirror(version, 'linux', 'x64') : null;
  const platform = options.standInElectron ? 'linux' : process.platform;
  const arch = options.standInElectron ? 'x64' : process.arch;
  try {
    // The makers forge.config.ts lists for Linux (zip and deb; Squirrel is Windows-only). Not --targets: Forge
    // would then build fresh makers from their names and drop the config (the deb's MIME type, icon, scripts).
    await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/@electron-forge/cli/dist/electron-forge.js'), options.command, '--platform', platform, '--arch', arch],
      {
        cwd: projectDirectory,
        env: {
          ...process.env,
          ...options.env,
          ...(mirror
            ? {
                ELECTRON_MIRROR: mirror.url,
                // The stand-in must never land in the real Electron download cache.
                XDG_CACHE_HOME: path.join(projectDirectory, '.cache'),
                electron_config_cache: path.join(projectDirectory, '.cache', 'electron'),
              }
            : {}),
          ELECTRON_GET_NO_PROGRESS: '1',
          CI: '1',
        },
      },
    );
  } finally {
    await mirror?.close();
  }

  const packagedDirectory = path.join(projectDirectory, 'out', `Minute Book-${platform}-${arch}`);
  if (options.command === 'package') {
    const output = {
      projectDirectory,
      packagedDirectory,
      resourcesDirectory: '',
      asarPath: '',
      appDirectory: '',
      zipPath: '',
      debPath: '',
      mirrorRequests: [],
    };
    writeFileSync(outputFile, JSON.stringify(output, null, 2));
    return output;
  }
  const resourcesDirectory = path.join(packagedDirectory, 'resources');
  const asarPath = path.join(resourcesDirectory, 'app.asar');
  const appDirectory = path.join(projectDirectory, 'unpacked-app');
  extractAll(asarPath, appDirectory);
  const output: ForgeOutput = {
    projectDirectory,
    packagedDirectory,
    resourcesDirectory,
    asarPath,
    appDirectory,
    zipPath: findFile(path.join(projectDirectory, 'out', 'make', 'zip'), '.zip'),
    debPath: findFile(path.join(projectDirectory, 'out', 'make', 'deb'), '.deb'),
    mirrorRequests: mirror?.requests ?? [],
  };
  writeFileSync(outputFile, JSON.stringify(output, null, 2));
  return output;
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`electron-forge make failed (exit ${code}):\n${output}`))));
  });
}
