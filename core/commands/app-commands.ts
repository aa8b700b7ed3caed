// The window's own commands (file, export, compare, undo) with the keys that
// run them, in one list: the page's keyboard handler and the shortcut sheet are
// built from it, and the native menu sends the same command names. A shortcut
// is written "Ctrl+Shift+S" (Ctrl is Cmd on a Mac); one matcher reads it
// (renderer/editor/commands/shortcut-match.ts).
import type { MenuCommand } from '../ipc/contract';

export interface AppCommand {
  command: MenuCommand;
  title: string;
  shortcut: string;
  /**
   * Who answers the keys: the page's window listener, or the editor itself
   * (Lexical's undo and redo; the menu item sends the command instead).
   */
  handledBy: 'window' | 'editor';
}

export const appCommands: ReadonlyArray<AppCommand> = [
  { command: 'new', title: 'New window', shortcut: 'Ctrl+N', handledBy: 'window' },
  { command: 'new-meeting', title: 'New meeting…', shortcut: 'Ctrl+Shift+M', handledBy: 'window' },
  { command: 'open', title: 'Open…', shortcut: 'Ctrl+O', handledBy: 'window' },
  { command: 'save', title: 'Save', shortcut: 'Ctrl+S', handledBy: 'window' },
  { command: 'save-as', title: 'Save as… (a copy, for a file open read-only)', shortcut: 'Ctrl+Shift+S', handledBy: 'window' },
  { command: 'export', title: 'Export to Word and PDF…', shortcut: 'Ctrl+E', handledBy: 'window' },
  { command: 'find', title: 'Find in these minutes', shortcut: 'Ctrl+F', handledBy: 'window' },
  { command: 'replace', title: 'Find and replace in these minutes', shortcut: 'Ctrl+H', handledBy: 'window' },
  { command: 'house-styles', title: 'House styles: see them, and edit your council’s own…', shortcut: 'Ctrl+Shift+L', handledBy: 'window' },
  { command: 'compare-versions', title: 'Compare the text now with a version or a file', shortcut: 'Ctrl+Shift+D', handledBy: 'window' },
  { command: 'undo', title: 'Undo', shortcut: 'Ctrl+Z', handledBy: 'editor' },
  { command: 'redo', title: 'Redo', shortcut: 'Ctrl+Shift+Z', handledBy: 'editor' },
];
