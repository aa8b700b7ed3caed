// A headless editor with every minutes node, for round-tripping nodes through
// JSON and HTML exactly as the app registers them.
import { createHeadlessEditor } from '@lexical/headless';
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { $getRoot, $insertNodes, createEditor, type EditorThemeClasses, type LexicalEditor, type SerializedEditorState } from 'lexical';
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

/** An editor drawing `blocks` into a page element, as the app's does, with the theme made for a meeting (its style). */
export function drawnMinutes(theme: EditorThemeClasses, blocks: unknown[]): { editor: LexicalEditor; page: HTMLElement } {
  const editor = createEditor({
    namespace: 'test',
    nodes: [...minutesNodes],
    theme,
    onError: (error) => {
      throw error;
    },
  });
  const page = document.createElement('div');
  page.contentEditable = 'true';
  editor.setRootElement(page);
  const state = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: blocks } };
  editor.setEditorState(editor.parseEditorState(state as unknown as SerializedEditorState));
  return { editor, page };
}
