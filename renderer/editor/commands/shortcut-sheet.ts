// Every key the window answers to, as the Ctrl+/ sheet lists it: built from
// the tables that run them (the minutes commands, the side panels, the app
// commands) plus the keys Lexical and the editor give themselves, so the sheet
// cannot leave a shortcut out or show one that does nothing.
import { appCommands } from '../../../core/commands/app-commands';
import { panelRegistry } from '../../panels/panel-registry';
import { panelKeys } from '../../panels/panel-types';
import type { MinutesCommand } from './command-types';

export const SHORTCUT_SHEET_SHORTCUT = 'Ctrl+/';

export interface ShortcutRow {
  keys: string;
  title: string;
}

/** Keys the editor answers without a command of ours (Lexical's formatting, the menus' triggers). */
const editorKeys: ReadonlyArray<ShortcutRow> = [
  { keys: 'Ctrl+B / Ctrl+I / Ctrl+U', title: 'Bold, italic, underline' },
  { keys: '/', title: 'Open the block menu' },
  { keys: 'Tab (after a name’s first letters)', title: 'Complete a name from the roster' },
  { keys: 'Escape (in a panel)', title: 'Back to the minutes, where the caret was' },
  { keys: SHORTCUT_SHEET_SHORTCUT, title: 'This list of shortcuts' },
];

/** Every key that runs a minutes command: its shortcut, then the chord kept beside a function key. */
export function commandKeys(command: MinutesCommand): string[] {
  return [command.shortcut, command.alternativeShortcut].filter((keys): keys is string => Boolean(keys));
}

export function shortcutRows(commands: ReadonlyArray<MinutesCommand>): ShortcutRow[] {
  return [
    ...commands.flatMap((command) => commandKeys(command).map((keys) => ({ keys, title: command.title }))),
    ...panelRegistry.flatMap((panel) => panelKeys(panel).map((keys) => ({ keys, title: `${panel.title} panel` }))),
    ...appCommands.map((command) => ({ keys: command.shortcut, title: command.title })),
    ...editorKeys,
  ];
}
