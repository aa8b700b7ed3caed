// @vitest-environment jsdom
// The page counts characters of a selection as core counts them in the saved
// JSON (text, line breaks, the break between list items), or a comment made on
// selected words would point at other words once saved. Also: which keys the
// review copy's guard refuses.
import { $createListItemNode, $createListNode } from '@lexical/list';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalNode,
  type SerializedEditorState,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { reviewBlocks } from '../../core/review/block-text';
import { makeAnchor, resolveAnchor } from '../../core/review/text-anchor';
import type { LexicalState } from '../../core/storage/lexical-state';
import { isEditingKey, isFocusKey } from '../../renderer/review/edit-guard';
import { $blockOffsets, $rangeBetween } from '../../renderer/review/selection-range';
import { cabinetMinutes, contentOf } from '../core/review/review-fixtures';
import { minutesEditor } from './nodes/node-harness';

function editorWithMixedBlocks() {
  const editor = minutesEditor();
  editor.setEditorState(editor.parseEditorState(contentOf(cabinetMinutes) as unknown as SerializedEditorState));
  editor.update(
    () => {
      const paragraph = $createParagraphNode().append(
        $createTextNode('Resolved: '),
        $createTextNode('that the report be noted').toggleFormat('bold'),
        $createLineBreakNode(),
        $createTextNode('and the rent set.'),
      );
      const list = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('First action')),
        $createListItemNode().append($createTextNode('Second '), $createTextNode('action').toggleFormat('italic')),
      );
      $getRoot().append(paragraph, list);
    },
    { discrete: true },
  );
  return editor;
}

function $textNodes(node: LexicalNode): LexicalNode[] {
  if ($isTextNode(node)) return [node];
  return $isElementNode(node) ? node.getChildren().flatMap($textNodes) : [];
}

describe('selection ranges in the page', () => {
  it('place every text node where core places it in the saved JSON', () => {
    const editor = editorWithMixedBlocks();
    const blocks = reviewBlocks(editor.getEditorState().toJSON() as unknown as LexicalState);
    editor.getEditorState().read(() => {
      $getRoot()
        .getChildren()
        .forEach((top, position) => {
          if (!$isElementNode(top)) return;
          const offsets = $blockOffsets(top);
          const pageStarts = $textNodes(top).map((node) => offsets.get(node.getKey())?.start);
          const coreStarts = blocks[position]!.segments.filter((segment) => segment.editable).map((segment) => segment.start);
          expect(pageStarts).toEqual(coreStarts);
          expect(offsets.get(top.getKey())?.end).toBe(blocks[position]!.text.length);
        });
    });
  });

  it('turn a selection across formatting and a line break into an anchor core finds on the same words', () => {
    const editor = editorWithMixedBlocks();
    const blocks = reviewBlocks(editor.getEditorState().toJSON() as unknown as LexicalState);
    const range = editor.getEditorState().read(() => {
      const paragraph = $getRoot().getChildren().at(-2);
      const [, bold, after] = $textNodes(paragraph!);
      return $rangeBetween({ key: after!.getKey(), offset: 7, type: 'text' }, { key: bold!.getKey(), offset: 5, type: 'text' });
    });
    expect(range).not.toBeNull();
    const block = blocks[range!.position]!;
    const anchor = makeAnchor(block, range!.start, range!.end);
    expect(anchor.quote).toBe('the report be noted\nand the');
    expect(resolveAnchor(blocks, anchor)).toMatchObject({ start: range!.start, end: range!.end, method: 'exact' });
  });

  it('refuse a range that runs from one block into another', () => {
    const editor = editorWithMixedBlocks();
    const range = editor.getEditorState().read(() => {
      const [first, second] = $getRoot()
        .getChildren()
        .slice(1, 3)
        .map((block) => $textNodes(block)[0]!);
      return $rangeBetween({ key: first!.getKey(), offset: 0, type: 'text' }, { key: second!.getKey(), offset: 3, type: 'text' });
    });
    expect(range).toBeNull();
  });
});

describe('the review copy’s key guard', () => {
  const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
    isEditingKey({ key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...modifiers });

  it('refuses keys that change text', () => {
    for (const typed of ['a', 'Z', ' ', '£', 'é', 'Enter', 'Backspace', 'Delete']) expect(key(typed), typed).toBe(true);
    for (const chord of ['b', 'i', 'u', 'z', 'y', 'x', 'v']) expect(key(chord, { ctrlKey: true }), `Ctrl+${chord}`).toBe(true);
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe(true);
  });

  it('lets through moving, selecting, copying and the app’s shortcuts', () => {
    for (const moving of ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageDown', 'Shift', 'Escape']) expect(key(moving, { shiftKey: true }), moving).toBe(false);
    for (const chord of ['c', 'a', 's', 'o', 'e']) expect(key(chord, { ctrlKey: true }), `Ctrl+${chord}`).toBe(false);
    expect(key('E', { ctrlKey: true, shiftKey: true })).toBe(false);
    expect(key('X', { ctrlKey: true, shiftKey: true })).toBe(false);
  });

  it('lets Tab and Shift+Tab move the keyboard out of the text', () => {
    expect(key('Tab')).toBe(false);
    expect(isFocusKey({ key: 'Tab', ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
    expect(isFocusKey({ key: 'Tab', ctrlKey: true, metaKey: false, altKey: false })).toBe(false);
  });
});
