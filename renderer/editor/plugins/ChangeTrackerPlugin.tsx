// Tells the shell when the content (not just the selection) changes. Cheap on
// purpose: it runs on every keystroke, so it only compares dirty-node sets.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

export function ChangeTrackerPlugin({ onChange }: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (tags.has('history-merge') && prevEditorState.isEmpty()) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        onChange();
      }),
    [editor, onChange],
  );
  return null;
}
