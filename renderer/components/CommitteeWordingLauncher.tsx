// Opens the committee wording editor when the slash menu asks for it
// ("Edit committee wording…"), and gives the minutes back the keyboard after.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, type BaseSelection } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { OPEN_COMMITTEE_WORDING_COMMAND } from '../editor/commands/open-wording-command';
import { $keepCaret, restoreCaret } from '../editor/kept-caret';
import type { DocumentSession } from '../state/useDocumentSession';
import { CommitteeWordingDialog } from './CommitteeWordingDialog';

export function CommitteeWordingLauncher({ session }: { session: DocumentSession }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const caret = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_COMMITTEE_WORDING_COMMAND,
        () => {
          // Command listeners run inside an update: the caret read here is where the slash menu left it.
          caret.current = $keepCaret();
          setOpen(true);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const meeting = session.opened?.document.meeting;
  if (!open || !meeting) return null;
  return (
    <CommitteeWordingDialog
      session={session}
      meeting={meeting}
      onClose={() => {
        setOpen(false);
        restoreCaret(editor, caret.current);
      }}
    />
  );
}
