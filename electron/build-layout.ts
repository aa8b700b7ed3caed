// Where Electron Forge's Vite plugin puts the app, as one definition: the
// Forge config builds from these entries and the main process finds its
// preload by the same rule. Forge names each bundle after its entry file with
// a .cjs extension (.vite/build/index.cjs, .vite/build/preload.cjs); package.json
// "main" must name the main bundle (the shell test checks it against the build).
export const MAIN_ENTRY = 'electron/main/index.ts';
export const PRELOAD_ENTRY = 'electron/preload/preload.ts';
/** Untrusted files (Word imports, large .minutes) are parsed in a worker thread built beside main. */
export const UNTRUSTED_WORKER_ENTRY = 'electron/main/workers/untrusted-parse-worker.ts';
export const RENDERER_NAME = 'main_window';
export const BUILD_DIRECTORY = '.vite/build';

/** The file Forge writes for an entry: its base name with .cjs. */
export function builtFileName(entry: string): string {
  const base = entry.slice(entry.lastIndexOf('/') + 1);
  return `${base.slice(0, base.lastIndexOf('.'))}.cjs`;
}
