// Where the page comes from and which URLs are the app's own. In production the
// page is served from the app's privileged scheme (app-protocol.ts), not
// file://, so pages get no file-system privileges (the
// GrantFileProtocolExtraPrivileges fuse is off). While developing (npm start)
// it comes from Vite's dev server, which is then the only other origin allowed.
// No Electron import: the rules are tested under plain Node.
import path from 'node:path';
import { RENDERER_NAME } from '../build-layout';
import { contentSecurityPolicy } from './content-security-policy';

export const APP_SCHEME = 'app';
/** The page and its assets. */
export const APP_ORIGIN = `${APP_SCHEME}://minute-book`;
/** One-shot pages for the hidden print window (print-pages.ts): a separate origin, never given the IPC bridge. */
export const PRINT_ORIGIN = `${APP_SCHEME}://print`;

export interface RendererLocation {
  /** What a document window loads. */
  pageUrl: string;
  /** The built page's folder, served under APP_ORIGIN; null while the dev server serves the page. */
  rendererDirectory: string | null;
  /** The policy every page response carries (production, or development for this dev server). */
  contentSecurityPolicy: string;
  /** "This frame is our own page": IPC senders and navigation. */
  isAppUrl(url: string): boolean;
  /** What the session lets through at all: the page, its assets, print pages, the dev server (and its websocket). */
  allowsRequest(url: string): boolean;
}

export function resolveRendererLocation(mainDirectory: string, devServerUrl: string | undefined): RendererLocation {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    const websocketOrigin = origin.replace(/^http/, 'ws');
    return {
      pageUrl: devServerUrl,
      rendererDirectory: null,
      contentSecurityPolicy: contentSecurityPolicy(devServerUrl),
      isAppUrl: (url) => originOf(url) === origin,
      allowsRequest: (url) => [origin, websocketOrigin].includes(originOf(url) ?? '') || isPrintPage(url),
    };
  }
  return {
    pageUrl: `${APP_ORIGIN}/index.html`,
    rendererDirectory: path.join(mainDirectory, '..', 'renderer', RENDERER_NAME),
    contentSecurityPolicy: contentSecurityPolicy(),
    isAppUrl: (url) => url.startsWith(`${APP_ORIGIN}/`),
    allowsRequest: (url) => url.startsWith(`${APP_ORIGIN}/`) || isPrintPage(url),
  };
}

function isPrintPage(url: string): boolean {
  return url.startsWith(`${PRINT_ORIGIN}/`);
}

function originOf(url: string): string | null {
  try {
    // ws:// is not a "special" scheme for URL.origin in every runtime: build it by hand.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
