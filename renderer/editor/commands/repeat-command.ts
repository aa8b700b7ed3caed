// F4 inserts another of the last block inserted (as F4 repeats the last action
// in Word): a run of declarations, speakers or questions takes one key each
// after the first instead of a three-key chord. The last block is remembered
// per editor, whether it came from its shortcut or the slash menu.
import type { LexicalEditor } from 'lexical';
import type { MinutesCommand } from './command-types';

/** Blocks a meeting often has several of in a row; the others (a close, a toggle, a move) are not repeated. */
const REPEATABLE = new Set([
  'agenda-item',
  'declaration',
  'withdrawal',
  'public-question',
  'member-question',
  'vote',
  'recorded-vote',
  'planning-application',
  'planning-speaker',
  'action',
  'in-response',
  'cabinet-decision',
]);

const lastBlock = new WeakMap<LexicalEditor, string>();

/** The commands, each repeatable block remembered when it runs, and the command that repeats it. */
export function withRepeat(commands: MinutesCommand[]): MinutesCommand[] {
  const remembering = commands.map((command) =>
    REPEATABLE.has(command.id)
      ? {
          ...command,
          run: (context: Parameters<MinutesCommand['run']>[0]) => {
            lastBlock.set(context.editor, command.id);
            command.run(context);
          },
        }
      : command,
  );
  const repeat: MinutesCommand = {
    id: 'repeat-block',
    title: 'Another of the last block inserted (declaration, speaker, question…)',
    keywords: 'repeat again another same last',
    shortcut: 'F4',
    run: (context) => remembering.find((command) => command.id === lastBlock.get(context.editor))?.run(context),
  };
  return [...remembering, repeat];
}
