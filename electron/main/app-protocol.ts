// The app's own privileged scheme. The built page and its assets are served
// from app://minute-book/ (read from the packaged app), and print pages from
// app://print/. Each response carries its Content-Security-Policy itself, so the
// policy does not depend on webRequest seeing custom-scheme responses.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PRINT_PAGE_CONTENT_SECURITY_POLICY } from './content-security-policy';
import { printPageFor } from './print-pages';
import { APP_ORIGIN, APP_SCHEME, PRINT_ORIGIN, type RendererLocation } from './renderer-location';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveAppPages(location: RendererLocation): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request.url, location));
}

export async function respondToAppRequest(url: string, location: RendererLocation): Promise<Response> {
  if (url.startsWith(`${PRINT_ORIGIN}/`)) {
    const html = printPageFor(url);
    if (html === undefined) return notFound();
    return new Response(html, { headers: headers('.html', PRINT_PAGE_CONTENT_SECURITY_POLICY) });
  }
  const directory = location.rendererDirectory;
  if (!directory || !url.startsWith(`${APP_ORIGIN}/`)) return notFound();
  const filePath = path.resolve(directory, `.${decodeURIComponent(new URL(url).pathname)}`);
  // Only the page's own folder: no "..", no absolute paths smuggled in.
  if (!filePath.startsWith(directory + path.sep)) return notFound();
  try {
    return new Response(await readFile(filePath), { headers: headers(path.extname(filePath), location.contentSecurityPolicy) });
  } catch {
    return notFound();
  }
}

function headers(extension: string, policy: string): Record<string, string> {
  return {
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
