// A meeting opened from a library search shows the minute the result was in:
// the caret goes to the start of that item's heading, scrolled into view.
// (Asked once per document: main remembers the minute only until then.)
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $agendaItems } from '../editor/outline/agenda-sections';
import { call, minuteBookApi } from '../ipc/minute-book-api';

export function LibraryTargetPlugin({ documentId }: { documentId: string | null }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!documentId) return;
    let live = true;
    call(minuteBookApi().takeLibraryTarget({ documentId }))
      .then(({ itemId }) => {
        if (!live || !itemId) return;
        let key: string | null = null;
        editor.update(
          () => {
            const item = $agendaItems().find((candidate) => candidate.getFields().itemId === itemId);
            if (!item) return;
            key = item.getKey();
            item.selectStart();
          },
          {
            onUpdate: () => {
              editor.focus();
              if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
            },
          },
        );
      })
      // Not finding the minute is no reason to disturb the clerk: the file is open.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [editor, documentId]);
  return null;
}
