// How a document's minutes go into the app's editor: the agenda sections'
// transforms are registered first (nodes/AgendaSectionNode.ts), then the blocks
// are loaded already grouped. In this order the transforms need not mark every
// heading in the document changed to look at it (which registering them on a
// loaded document does: the document would open as changed, with an undo step).
import { $getRoot, $parseSerializedNode, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import type { LexicalState } from '../../core/storage/lexical-state';
import { registerAgendaSections } from './nodes/AgendaSectionNode';
import { groupedMinutesJson } from './section-json';

/** For LexicalComposer's initialConfig.editorState: runs once, inside the editor's first update. */
export function openMinutes(content: LexicalState): (editor: LexicalEditor) => void {
  return (editor) => {
    registerAgendaSections(editor);
    const { children, ...rootFields } = groupedMinutesJson(content).root;
    const root = $getRoot();
    root.updateFromJSON(rootFields as never);
    root.append(...children.map((child) => $parseSerializedNode(child as SerializedLexicalNode)));
  };
}
