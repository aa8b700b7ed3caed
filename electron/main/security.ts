// App-wide hardening: no navigation, no new windows, no webviews, no
// permissions, nothing from outside the app, and the page's
// Content-Security-Policy on every response that does not already carry one
// (the app protocol sets its own; Vite's dev server gets the development policy).
import { app, session, type WebContents } from 'electron';
import { withPagePolicy } from './content-security-policy';
import type { RendererLocation } from './renderer-location';

export function applyAppSecurity(location: RendererLocation): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withPagePolicy(details.responseHeaders ?? {}, location.contentSecurityPolicy) });
  });
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    // No remote content, ever: only the app's own pages (and devtools internals).
    const allowed = location.allowsRequest(details.url) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location.isAppUrl));
}

function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
