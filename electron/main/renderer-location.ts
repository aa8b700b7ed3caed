// Where the page comes from: Vite's dev server while developing, the packaged
// files otherwise. isAppUrl is the single test for "this is our own page".
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  load: { kind: 'url'; url: string } | { kind: 'file'; filePath: string };
  isAppUrl(url: string): boolean;
}

export function resolveRendererLocation(mainDirectory: string): RendererLocation {
  const devServer = typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
  if (devServer) {
    const origin = new URL(devServer).origin;
    return { load: { kind: 'url', url: devServer }, isAppUrl: (url) => safeOrigin(url) === origin };
  }
  const name = typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window';
  const directory = path.join(mainDirectory, '..', 'renderer', name);
  const prefix = pathToFileURL(directory).href + '/';
  return {
    load: { kind: 'file', filePath: path.join(directory, 'index.html') },
    isAppUrl: (url) => url.startsWith(prefix),
  };
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
