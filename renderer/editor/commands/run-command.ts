// The one way a minutes command is run, from its shortcut or the slash menu:
// while the text is locked, a command that would change it is refused (and
// the refusal reported, as a typed key's is) instead of opening its prompt.
import { reportRefusedEdit } from '../text-lock';
import type { CommandContext, MinutesCommand } from './command-types';

/** Runs the command unless the text is locked and it would change it; says whether it ran. */
export function runMinutesCommand(command: MinutesCommand, context: CommandContext): boolean {
  if (context.textLocked() && !command.leavesTextAlone) {
    reportRefusedEdit(context.editor);
    return false;
  }
  command.run(context);
  return true;
}
