// Panels read the document when the clerk pauses, never on each keystroke:
// the read runs after `delay` ms without edits. Returns the latest result.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';

export function useEditorSnapshot<T>(read: () => T, initial: T, delay = 600): T {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => setValue(editor.getEditorState().read(read));
    refresh();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, delay);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, read, delay]);
  return value;
}
