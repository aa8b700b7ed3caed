// Formatting toolbar: text styles, headings, lists, undo and redo. Undo, redo,
// bold, italic and underline have keyboard shortcuts too (named on the buttons);
// the text style, heading and list buttons do not, so the toolbar is their way in.
// It is one Tab stop; the arrow keys move along it (the design system's Toolbar).
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { Heading1, Heading2, List, ListOrdered, Pilcrow } from 'lucide-react';
import { useEffect, useState } from 'react';
import { mergeRegister } from '@lexical/utils';
import { Toolbar, ToolbarButton, ToolbarSeparator } from '../../design/Toolbar';

export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const setBlock = (tag: HeadingTagType | 'paragraph') =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        $setBlocksType(selection, () => (tag === 'paragraph' ? $createParagraphNode() : $createHeadingNode(tag)));
      }
    });

  return (
    <Toolbar label="Formatting" className="mb-toolbar">
      <ToolbarButton aria-label="Undo (Ctrl+Z)" isDisabled={!canUndo} onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        Undo
      </ToolbarButton>
      <ToolbarButton aria-label="Redo (Ctrl+Shift+Z)" isDisabled={!canRedo} onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        Redo
      </ToolbarButton>
      <ToolbarSeparator />
      <ToolbarButton aria-label="Bold (Ctrl+B)" onPress={() => format('bold')}>
        <b>B</b>
      </ToolbarButton>
      <ToolbarButton aria-label="Italic (Ctrl+I)" onPress={() => format('italic')}>
        <i>I</i>
      </ToolbarButton>
      <ToolbarButton aria-label="Underline (Ctrl+U)" onPress={() => format('underline')}>
        <u>U</u>
      </ToolbarButton>
      <ToolbarSeparator />
      {/* Icons with their names as tooltips: the name is all a screen reader hears, so nothing shown contradicts it. */}
      <ToolbarButton aria-label="Normal text" title="Normal text" onPress={() => setBlock('paragraph')}>
        <Pilcrow size={16} />
      </ToolbarButton>
      <ToolbarButton aria-label="Heading 1" title="Heading 1" onPress={() => setBlock('h1')}>
        <Heading1 size={16} />
      </ToolbarButton>
      <ToolbarButton aria-label="Heading 2" title="Heading 2" onPress={() => setBlock('h2')}>
        <Heading2 size={16} />
      </ToolbarButton>
      <ToolbarButton aria-label="Bulleted list" title="Bulleted list" onPress={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        <List size={16} />
      </ToolbarButton>
      <ToolbarButton aria-label="Numbered list" title="Numbered list" onPress={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        <ListOrdered size={16} />
      </ToolbarButton>
    </Toolbar>
  );
}
