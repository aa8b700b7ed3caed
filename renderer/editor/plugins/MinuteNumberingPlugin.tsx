// Shows each agenda item's minute number (data-minute-number, drawn by CSS)
// and keeps the outline store current. Off the typing path: it runs only when
// an agenda heading changes (created, moved, removed, retitled), coalesced to
// one pass per frame; typing in ordinary paragraphs never reaches it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { NumberingScheme } from '../../../core/model/minute-numbering';
import { AgendaItemNode, $isAgendaItemNode } from '../nodes/AgendaItemNode';
import { $currentAgendaItem, $readOutline } from '../outline/agenda-sections';
import { outlineStoreFor } from '../outline/outline-store';

export function MinuteNumberingPlugin({ scheme }: { scheme: NumberingScheme }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const store = outlineStoreFor(editor);
    let outlineFrame = 0;
    let currentTimer: ReturnType<typeof setTimeout> | undefined;

    const renumber = () => {
      outlineFrame = 0;
      const entries = editor.getEditorState().read(() => $readOutline(scheme));
      for (const entry of entries) {
        const element = editor.getElementByKey(entry.key);
        if (element && element.dataset.minuteNumber !== entry.number) element.dataset.minuteNumber = entry.number;
      }
      store.setEntries(entries);
    };
    const scheduleRenumber = () => {
      if (!outlineFrame) outlineFrame = requestAnimationFrame(renumber);
    };
    // Which item the caret is in matters to the outline only when the clerk pauses.
    const scheduleCurrent = () => {
      clearTimeout(currentTimer);
      currentTimer = setTimeout(() => store.setCurrent(editor.getEditorState().read(() => $currentAgendaItem()?.getKey() ?? null)), 150);
    };

    scheduleRenumber();
    return mergeRegister(
      editor.registerMutationListener(AgendaItemNode, scheduleRenumber, { skipInitialization: false }),
      editor.registerUpdateListener(({ dirtyElements, editorState }) => {
        scheduleCurrent();
        if (dirtyElements.size > 8) return scheduleRenumber();
        // A retitled heading: its element is dirty though the node itself did not mutate.
        if (touchesAgendaItem(editor, dirtyElements, editorState)) scheduleRenumber();
      }),
      () => {
        cancelAnimationFrame(outlineFrame);
        clearTimeout(currentTimer);
      },
    );
  }, [editor, scheme]);

  return null;
}

function touchesAgendaItem(_editor: LexicalEditor, dirty: Map<string, boolean>, state: ReturnType<LexicalEditor['getEditorState']>): boolean {
  return state.read(() => {
    for (const key of dirty.keys()) if ($isAgendaItemNode($getNodeByKey(key))) return true;
    return false;
  });
}
