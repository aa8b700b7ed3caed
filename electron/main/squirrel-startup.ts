// Windows installs, updates and removes Minute Book with Squirrel, which runs
// the app with --squirrel-install, --squirrel-updated, --squirrel-uninstall or
// --squirrel-obsolete and expects it to do its set-up and quit at once, as the
// Electron Forge template does with electron-squirrel-startup. Here set-up is:
// Start-menu and desktop shortcuts (Squirrel's Update.exe), and the .minutes
// file association in the user's registry (HKCU, no administrator needed).
// The plan is pure (tested under Node); index.ts carries it out.
import path from 'node:path';
import { MINUTES_FILE } from '../file-type';

export interface SquirrelCommand {
  file: string;
  args: string[];
}

const CLASSES = 'HKCU\\Software\\Classes';

/** What to run for a Squirrel event, or null when this is an ordinary launch. */
export function squirrelStartupPlan(platform: string, argv: readonly string[], execPath: string): SquirrelCommand[] | null {
  if (platform !== 'win32') return null;
  const event = argv[1];
  if (!event?.startsWith('--squirrel-')) return null;
  const win = path.win32;
  const installRoot = win.resolve(win.dirname(execPath), '..');
  const updateExe = win.join(installRoot, 'Update.exe');
  const exeName = win.basename(execPath);
  // Squirrel's stub in the install root always starts the newest version, so the association survives updates.
  const launcher = win.join(installRoot, exeName);
  const reg = (...args: string[]): SquirrelCommand => ({ file: 'reg.exe', args });
  const typeKey = `${CLASSES}\\.${MINUTES_FILE.extension}`;
  const progIdKey = `${CLASSES}\\${MINUTES_FILE.progId}`;
  switch (event) {
    case '--squirrel-install':
    case '--squirrel-updated':
      return [
        { file: updateExe, args: [`--createShortcut=${exeName}`] },
        reg('add', typeKey, '/ve', '/d', MINUTES_FILE.progId, '/f'),
        reg('add', typeKey, '/v', 'Content Type', '/d', MINUTES_FILE.mimeType, '/f'),
        reg('add', progIdKey, '/ve', '/d', MINUTES_FILE.description, '/f'),
        reg('add', `${progIdKey}\\DefaultIcon`, '/ve', '/d', `"${launcher}",0`, '/f'),
        reg('add', `${progIdKey}\\shell\\open\\command`, '/ve', '/d', `"${launcher}" "%1"`, '/f'),
      ];
    case '--squirrel-uninstall':
      return [{ file: updateExe, args: [`--removeShortcut=${exeName}`] }, reg('delete', typeKey, '/f'), reg('delete', progIdKey, '/f')];
    default:
      // --squirrel-obsolete (an old version being replaced) and any later event: nothing to do but quit.
      return [];
  }
}
