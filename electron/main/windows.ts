// One window per open document, hardened, remembering its size and place.
import { BrowserWindow } from 'electron';
import path from 'node:path';
import { builtFileName, PRELOAD_ENTRY } from '../build-layout';
import { CrashedPagePolicy } from './crashed-page-policy';
import type { RendererLocation } from './renderer-location';
import { attachSpellingMenu } from './spelling-menu';
import type { SettingsService } from './settings/settings-service';

export function createDocumentWindow(location: RendererLocation, settings: SettingsService, mainDirectory: string, icon: string): BrowserWindow {
  const bounds = settings.windowBounds();
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Minute Book',
    ...(process.platform === 'linux' ? { icon } : {}),
    webPreferences: {
      // Reviewed: the preload exposes only the contract's named calls, never ipcRenderer.
      preload: path.join(mainDirectory, builtFileName(PRELOAD_ENTRY)), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    settings.setWindowBounds({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  // A crashed page comes back at once, offering its recovery journal (see crashed-page-policy.ts).
  const crashes = new CrashedPagePolicy();
  window.webContents.on('render-process-gone', (_event, details) => {
    if (!window.isDestroyed() && crashes.shouldReload(details.reason)) window.webContents.reload();
  });
  window.webContents.session.setSpellCheckerLanguages(['en-GB']);
  attachSpellingMenu(window.webContents);

  void window.loadURL(location.pageUrl);
  return window;
}
