// Opens the committee wording editor when the slash menu asks for it
// ("Edit committee wording…"), and gives the minutes back the keyboard after.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { useDialog } from '../dialogs/useDialog';
import { OPEN_COMMITTEE_WORDING_COMMAND } from '../editor/commands/open-wording-command';
import { $keepCaret } from '../editor/kept-caret';
import type { OpenDocumentView } from '../state/useDocumentSession';
import type { MeetingEdits } from '../state/useMeetingEdits';
import { CommitteeWordingDialog } from './CommitteeWordingDialog';

export function CommitteeWordingLauncher({ session }: { session: OpenDocumentView & MeetingEdits }) {
  const [editor] = useLexicalComposerContext();
  const dialog = useDialog();
  const { open } = dialog;

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_COMMITTEE_WORDING_COMMAND,
        () => {
          // Command listeners run inside an update: the caret read here is where the slash menu left it.
          open(true, { caret: $keepCaret() });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, open],
  );

  const meeting = session.opened?.document.meeting;
  if (!dialog.shown || !meeting) return null;
  return <CommitteeWordingDialog session={session} meeting={meeting} onClose={dialog.close} />;
}
