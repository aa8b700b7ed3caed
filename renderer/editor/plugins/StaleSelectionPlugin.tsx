// Lexical learns about caret moves from the browser's selectionchange event,
// which Chromium may dispatch a frame or more late. A key sent quickly after a
// selection was collapsed (Shift+Home then End then Enter, as a fast typist or
// a text expander does) would then act on the old, wider selection and delete
// the words it covered. Before Enter, Backspace or Delete act, pick up the
// browser's collapsed caret if Lexical still holds a range. Only these keys,
// and only when the two disagree, so typing itself pays nothing.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

function $adoptCollapsedDomCaret(editor: LexicalEditor): false {
  const current = $getSelection();
  if (!$isRangeSelection(current) || current.isCollapsed() || editor.isComposing()) return false;
  const dom = window.getSelection();
  const root = editor.getRootElement();
  if (!dom || !dom.isCollapsed || !root || !dom.anchorNode || !root.contains(dom.anchorNode)) return false;
  const fresh = $createRangeSelectionFromDom(dom, editor);
  if (fresh && fresh.isCollapsed()) $setSelection(fresh);
  return false;
}

export function StaleSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const adopt = () => $adoptCollapsedDomCaret(editor);
    return mergeRegister(
      editor.registerCommand(KEY_ENTER_COMMAND, adopt, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(KEY_BACKSPACE_COMMAND, adopt, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(KEY_DELETE_COMMAND, adopt, COMMAND_PRIORITY_CRITICAL),
    );
  }, [editor]);
  return null;
}
