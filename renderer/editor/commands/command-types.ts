// What a minutes command is and what it runs with: the one shape the command
// list (minutes-commands.ts), the command files it gathers and the menus and
// shortcut sheet built from it all share.
import type { LexicalEditor } from 'lexical';
import type { Meeting } from '../../../core/model/meeting';
import type { OutlineEntry } from '../outline/outline-store';

export interface CommandContext {
  editor: LexicalEditor;
  meeting: Meeting;
  outline(): OutlineEntry[];
  now(): Date;
  /** Whether the text is locked (a review copy, approved minutes, a file open read-only): only moves, no edits. */
  textLocked(): boolean;
}

export interface MinutesCommand {
  id: string;
  title: string;
  /** Extra words the slash menu matches. */
  keywords: string;
  /** e.g. "Ctrl+Alt+D"; null when only the slash menu reaches it. */
  shortcut: string | null;
  /**
   * True for a command that only moves the caret or opens something beside the minutes, so it runs
   * when the text is locked. Unset, a command is taken to change the text and is refused while locked.
   */
  leavesTextAlone?: true;
  /**
   * A second key for the same command, listed on the sheet too: a chord kept
   * where the shortcut is a function key (laptops that need Fn for F8), or a
   * function key beside a block's chord (F9 for the resolutions).
   */
  alternativeShortcut?: string;
  run(context: CommandContext): void;
}
