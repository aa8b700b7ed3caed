// A headless editor with every minutes node, for round-tripping nodes through
// JSON and HTML exactly as the app registers them.
import { createHeadlessEditor } from '@lexical/headless';
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { $getRoot, $insertNodes, type LexicalEditor, type SerializedEditorState } from 'lexical';
import { minutesNodes } from '../../../renderer/editor/nodes/minutes-nodes';

export function minutesEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: [...minutesNodes],
    onError: (error) => {
      throw error;
    },
  });
}

/** Loads root children JSON and returns what the editor writes back. */
export function roundTripJson(children: unknown[]): unknown[] {
  const editor = minutesEditor();
  const state = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
  editor.setEditorState(editor.parseEditorState(state as unknown as SerializedEditorState));
  return (editor.getEditorState().toJSON().root as unknown as { children: unknown[] }).children;
}

/** Loads JSON, exports HTML, imports that HTML into a fresh editor, returns its JSON. */
export function roundTripHtml(children: unknown[]): { html: string; children: unknown[] } {
  const source = minutesEditor();
  const state = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
  source.setEditorState(source.parseEditorState(state as unknown as SerializedEditorState));
  const html = source.getEditorState().read(() => $generateHtmlFromNodes(source));
  const target = minutesEditor();
  target.update(
    () => {
      const dom = new DOMParser().parseFromString(html, 'text/html');
      $getRoot().clear().select();
      $insertNodes($generateNodesFromDOM(target, dom));
    },
    { discrete: true },
  );
  return { html, children: (target.getEditorState().toJSON().root as unknown as { children: unknown[] }).children };
}
