// App-wide hardening: no navigation, no new windows, no webviews, no
// permissions, and a strict Content-Security-Policy on every response.
import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export function applyAppSecurity(isAppUrl: (url: string) => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    // No remote content, ever: only the app's own files (and devtools internals).
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl));
}

function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
