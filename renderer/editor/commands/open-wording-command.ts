// Asks the committee wording editor to open (from the slash menu). The editor
// lives beside the page, not in it, so the command is how the page reaches it.
import { createCommand, type LexicalCommand } from 'lexical';

export const OPEN_COMMITTEE_WORDING_COMMAND: LexicalCommand<void> = createCommand('OPEN_COMMITTEE_WORDING_COMMAND');
