// Start-up: one instance, hardened sessions, the IPC handler table, the menu
// and a window per document. Everything with logic lives in core/ or in the
// handler table; this file only wires Electron to them.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { app, BrowserWindow, Menu, session, shell } from 'electron';
import { electronAssistiveTechnology, forwardAssistiveTechnologyChanges } from './accessibility/assistive-technology';
import { nodeFileStore } from './adapters/node-file-store';
import { CloseGuard } from './close-guard';
import { minutesFilesFromArguments } from './launch/file-from-arguments';
import { electronDialogs } from './adapters/electron-dialogs';
import { electronAgendaFiles } from './adapters/electron-agenda-files';
import { electronReviewFiles } from './adapters/electron-review-files';
import { electronExportServices } from './export/electron-export-services';
import { createHandlerTable } from './handlers/handler-table';
import { DocumentRegistry } from './documents/document-registry';
import type { HandlerDeps, PendingWindowFile } from './ports/handler-deps';
import { registerIpc } from './ipc/register-ipc';
import { fileTechnicalLog, useTechnicalLog } from './logging/technical-log';
import { nodeTemplateFolders } from './meetings/node-template-folders';
import { buildApplicationMenu } from './menu';
import { registerAppScheme, serveAppPages } from './app-protocol';
import { resolveRendererLocation } from './renderer-location';
import { applyAppSecurity } from './security';
import { squirrelStartupPlan } from './squirrel-startup';
import { reportStartupFailure } from './startup-failure';
import { createElectronSettings } from './settings/electron-settings';
import { addWordsToDictionary } from './spelling-menu';
import { createDocumentStorage } from './storage/document-storage';
import { createDocumentWindow } from './windows';

const squirrelPlan = squirrelStartupPlan(process.platform, process.argv, process.execPath);
if (squirrelPlan) {
  // A Windows install, update or uninstall step: do it and quit, opening nothing.
  for (const command of squirrelPlan) spawn(command.file, command.args, { detached: true, stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
  app.quit();
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch(reportStartupFailure);
}

async function start(): Promise<void> {
  app.enableSandbox();
  // Technical details of problems (errno codes, paths, stacks) for IT; the clerk's messages stay in plain words.
  const logFile = path.join(app.getPath('userData'), 'logs', 'minute-book.log');
  useTechnicalLog(fileTechnicalLog(logFile));
  registerAppScheme();
  // macOS hands over a double-clicked file before the app is ready: keep it until windows can open.
  const filesBeforeReady: string[] = [];
  const keepFileBeforeReady = (event: Electron.Event, filePath: string) => {
    event.preventDefault();
    filesBeforeReady.push(filePath);
  };
  app.on('open-file', keepFileBeforeReady);
  await app.whenReady();
  app.off('open-file', keepFileBeforeReady);

  // Forge defines the dev server's address only for npm start; a packaged build has none.
  const location = resolveRendererLocation(__dirname, typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined);
  const settings = createElectronSettings();
  // Linux takes the window's icon from here (macOS and Windows from the executable); a zip install has no .desktop file.
  const windowIcon = app.isPackaged ? path.join(process.resourcesPath, 'minute-book.png') : path.join(app.getAppPath(), 'assets/icons/minute-book.png');
  const registry = new DocumentRegistry();
  const pendingFiles = new Map<number, PendingWindowFile>();
  const closeGuard = new CloseGuard();

  const openWindow = (filePath?: string, opening?: { startedMeeting: boolean }) => {
    const window = createDocumentWindow(location, settings, __dirname, windowIcon);
    closeGuard.watch(window);
    if (filePath) pendingFiles.set(window.id, { filePath, startedMeeting: opening?.startedMeeting === true });
    const id = window.id;
    window.on('closed', () => {
      registry.release(id);
      pendingFiles.delete(id);
    });
    return window;
  };
  const refreshMenu = () =>
    Menu.setApplicationMenu(
      buildApplicationMenu(
        {
          newWindow: () => openWindow(),
          openRecent: (filePath) => openWindow(filePath),
          recentFiles: () => settings.recentFiles(),
          showLogFile: () => shell.showItemInFolder(logFile),
        },
        process.platform,
      ),
    );

  applyAppSecurity(location);
  serveAppPages(location);
  const deps: HandlerDeps = {
    files: nodeFileStore,
    dialogs: electronDialogs,
    clock: { now: () => new Date() },
    windows: {
      openNewWindow: (filePath, opening) => void openWindow(filePath, opening),
      takePendingFile: (windowId) => {
        const filePath = pendingFiles.get(windowId) ?? null;
        pendingFiles.delete(windowId);
        return filePath;
      },
      answerClose: (windowId, close) => closeGuard.answer(windowId, close),
    },
    settings,
    storage: { dataDirectory: app.getPath('userData') },
    // Shipped templates sit beside the app (forge extraResource), editable by a council.
    templates: nodeTemplateFolders(app.isPackaged ? path.join(process.resourcesPath, 'templates') : path.join(app.getAppPath(), 'templates')),
    exports: electronExportServices,
    reviewFiles: electronReviewFiles,
    agendaFiles: electronAgendaFiles,
    // Document windows use the default session (windows.ts sets no partition).
    spelling: { addWords: (words) => addWordsToDictionary(session.defaultSession, words) },
    assistiveTechnology: electronAssistiveTechnology,
  };
  const storage = createDocumentStorage(deps, registry);
  storage.locks.startRefreshing();
  const table = createHandlerTable(deps, registry, storage);
  registerIpc(table, location.isAppUrl);
  forwardAssistiveTechnologyChanges();
  refreshMenu();
  app.on('browser-window-focus', refreshMenu);

  // Double-clicked .minutes files: each opens in its own window (Open Recent's path, so a bad file gets the usual message).
  const openFiles = (files: string[]) => {
    for (const filePath of files) openWindow(filePath);
    return files.length > 0;
  };
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!openFiles(minutesFilesFromArguments(argv, workingDirectory))) BrowserWindow.getAllWindows()[0]?.focus();
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFiles([filePath]);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || closeGuard.isQuitting) app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  if (!openFiles([...filesBeforeReady, ...minutesFilesFromArguments(process.argv, process.cwd())])) openWindow();
}
