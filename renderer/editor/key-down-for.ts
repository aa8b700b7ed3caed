// Lexical runs each priority's KEY_DOWN_COMMAND listeners inside an update of
// their own, and every update begins by copying the editor's node map (the
// whole map below 1,000 nodes, as a 40,000-word meeting has). A listener of the
// app's that acts on a few keys would make every typed character pay for that
// copy. So the app hands its key-down listeners to Lexical only for the keys
// they may act on: a capture-phase keydown listener on the editor's root, which
// runs before Lexical's own (Lexical listens in the bubble phase), decides from
// the event (and at most a read of the editor state), and the command listener
// is registered for that key and removed again at the next key it has no use
// for. What a listener does, and in which order with Lexical's, is unchanged.
import { KEY_DOWN_COMMAND, type CommandListener, type CommandListenerPriority, type LexicalEditor } from 'lexical';

/**
 * Registers `listener` for KEY_DOWN_COMMAND at `priority`, in force only for key presses `mayAct` accepts.
 * `mayAct` runs outside any update, before Lexical hears of the key; it must be cheap, and must accept every key
 * the listener could act on. Returns the cleanup.
 */
export function registerKeyDownFor(
  editor: LexicalEditor,
  mayAct: (event: KeyboardEvent) => boolean,
  listener: CommandListener<KeyboardEvent>,
  priority: CommandListenerPriority,
): () => void {
  let unregister: (() => void) | null = null;
  const beforeLexical = (event: KeyboardEvent) => {
    if (mayAct(event)) unregister ??= editor.registerCommand(KEY_DOWN_COMMAND, listener, priority);
    else if (unregister) {
      unregister();
      unregister = null;
    }
  };
  const removeRootListener = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('keydown', beforeLexical, true);
    root?.addEventListener('keydown', beforeLexical, true);
  });
  return () => {
    removeRootListener();
    unregister?.();
    unregister = null;
  };
}
