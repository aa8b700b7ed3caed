// How a document's minutes go into the app's editor: the agenda sections' and
// parts' transforms (nodes/agenda-grouping.ts) and the lists' (what ListPlugin would
// register) are registered first, then the blocks are loaded already grouped.
// In this order the transforms need not mark every node of their type in the
// document changed to look at it, which registering them on a loaded document
// does: the headings would open as changed, with an undo step; and the lists'
// transform on every text node made each of a 160,000-word meeting's 1,800 text
// nodes a changed copy, which Lexical's copy-on-write node map then carried, and
// copied, in every update after (five a keystroke: docs/typing-speed.md).
import { registerList } from '@lexical/list';
import { $getRoot, $parseSerializedNode, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import type { LexicalState } from '../../core/storage/lexical-state';
import { registerAgendaSections } from './nodes/agenda-grouping';
import { groupedMinutesJson } from './section-json';

/** For LexicalComposer's initialConfig.editorState: runs once, inside the editor's first update. */
export function openMinutes(content: LexicalState): (editor: LexicalEditor) => void {
  return (editor) => {
    registerAgendaSections(editor);
    registerList(editor);
    const { children, ...rootFields } = groupedMinutesJson(content).root;
    const root = $getRoot();
    root.updateFromJSON(rootFields as never);
    root.append(...children.map((child) => $parseSerializedNode(child as SerializedLexicalNode)));
  };
}
