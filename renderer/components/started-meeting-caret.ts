// A meeting started from the New meeting dialog opens with the caret in the
// first item's body, so the clerk's first words land there. The new document
// replaces the editor (and the dialog with it), or opens in a window of its
// own, so a note of the started document is left (state/started-meetings.ts)
// and the launcher of the new editor acts on it once.
import { $createParagraphNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $agendaItems } from '../editor/outline/agenda-sections';
import { $isAgendaItemNode } from '../editor/nodes/AgendaItemNode';

/** The caret at the end of the first item's last block (an empty paragraph made under a bare heading), focused. */
export function putCaretUnderFirstItem(editor: LexicalEditor): void {
  editor.update(
    () => {
      const item = $agendaItems()[0];
      if (!item) return;
      let last: LexicalNode = item;
      for (let next = item.getNextSibling(); next && !$isAgendaItemNode(next); next = next.getNextSibling()) last = next;
      if (last === item) {
        const body = $createParagraphNode();
        item.insertAfter(body);
        body.select();
      } else last.selectEnd();
    },
    { onUpdate: () => editor.focus() },
  );
}
