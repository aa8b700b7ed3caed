// The Cabinet review fixture in a real (jsdom) page: an editor with every
// minutes node, attached to a contenteditable, as the review code meets it.
import { createEditor, type LexicalEditor, type SerializedEditorState } from 'lexical';
import { minutesNodes } from '../../renderer/editor/nodes/minutes-nodes';
import { cabinetMinutes, contentOf } from '../core/review/review-fixtures';

export function cabinetMinutesInPage(): { editor: LexicalEditor; root: HTMLDivElement } {
  const editor = createEditor({
    namespace: 'test',
    nodes: [...minutesNodes],
    onError: (error) => {
      throw error;
    },
  });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  editor.setEditorState(editor.parseEditorState(contentOf(cabinetMinutes) as unknown as SerializedEditorState));
  return { editor, root };
}
