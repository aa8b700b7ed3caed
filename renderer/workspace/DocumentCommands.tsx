// The file and edit commands for the open document (Ctrl+S, Ctrl+Shift+S,
// Ctrl+O, Ctrl+N, Ctrl+F, Ctrl+H and the menu's Undo and Redo), run from inside its composer
// so each reads the editor it belongs to.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { openFind } from '../find/find-store';
import { useAppCommands } from '../state/useAppCommands';
import type { FileActions } from '../state/useFileActions';

export function DocumentCommands({ session }: { session: FileActions }) {
  const [editor] = useLexicalComposerContext();
  useAppCommands({
    save: () => void session.save(editor, 'save'),
    'save-as': () => void session.save(editor, 'save-as'),
    open: () => void session.open(),
    new: () => void session.newWindow(),
    undo: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
    redo: () => editor.dispatchCommand(REDO_COMMAND, undefined),
    find: () => openFind('find'),
    replace: () => openFind('replace'),
  });
  return null;
}
