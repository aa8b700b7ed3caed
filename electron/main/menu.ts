// The native menu. Commands that act on the document are sent to the focused
// page, which owns the editor; accelerators are shown but handled by the page
// so that keyboard and menu run the very same code. On macOS the menu follows
// the platform's conventions (the app menu first, with Quit; Close Window in
// File; a Window menu with Minimise); Windows and Linux keep File › Quit.
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../core/ipc/contract';

export interface MenuActions {
  newWindow(): void;
  openRecent(filePath: string): void;
  recentFiles(): string[];
  /** Shows Minute Book's log file (the technical details of problems, for IT) in the file manager. */
  showLogFile(): void;
}

function sendToFocused(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_EVENT, command);
}

function pageCommand(label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: false, click: () => sendToFocused(command) };
}

export function buildApplicationMenu(actions: MenuActions, platform: NodeJS.Platform): Menu {
  const recent = actions.recentFiles();
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: '&New', accelerator: 'CmdOrCtrl+N', registerAccelerator: false, click: () => actions.newWindow() },
        pageCommand('New &Meeting…', 'new-meeting', 'CmdOrCtrl+Shift+M'),
        pageCommand('&Open…', 'open', 'CmdOrCtrl+O'),
        {
          label: 'Open &Recent',
          submenu: recent.length
            ? recent.map((filePath) => ({ label: filePath, click: () => actions.openRecent(filePath) }))
            : [{ label: 'No recent minutes', enabled: false }],
        },
        { type: 'separator' },
        pageCommand('&Save', 'save', 'CmdOrCtrl+S'),
        pageCommand('Save &As…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        pageCommand('&Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: '&Quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        pageCommand('&Undo', 'undo', 'CmdOrCtrl+Z'),
        pageCommand('&Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        pageCommand('&Find…', 'find', 'CmdOrCtrl+F'),
        pageCommand('Find and &Replace…', 'replace', 'CmdOrCtrl+H'),
      ],
    },
    {
      label: '&View',
      submenu: [
        pageCommand('&Compare Versions…', 'compare-versions', 'CmdOrCtrl+Shift+D'),
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
      ],
    },
    ...(mac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&Help',
      submenu: [
        { label: 'Show the log file (for IT)', click: () => actions.showLogFile() },
        { type: 'separator' },
        { label: `About Minute Book ${app.getVersion()}`, enabled: false },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
