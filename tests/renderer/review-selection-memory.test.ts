// @vitest-environment jsdom
// The words the chair last chose in the page, remembered for the Review panel:
// the focus leaving the page must update them even when the browser's late
// selection event finds the selection already in the panel's comment field.
import { $createParagraphNode, $getRoot, ElementNode } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import { rememberedRange, watchSelection } from '../../renderer/review/selection-memory';
import { cabinetMinutesInPage } from './review-page-kit';

function watchedEditor() {
  const { editor, root } = cabinetMinutesInPage();
  watchSelection(editor);
  return { editor, root };
}

/** The text node of the paragraph that reads `text`. */
function textNode(root: HTMLElement, text: string): Text {
  const paragraph = [...root.querySelectorAll('p')].find((element) => element.textContent === text);
  const node = paragraph?.querySelector('span')?.firstChild ?? paragraph?.firstChild;
  if (!(node instanceof Text)) throw new Error(`No text node reads “${text}”.`);
  return node;
}

describe('the remembered selection', () => {
  it('follows the selection as the focus leaves the page, with no selection event after', () => {
    const { editor, root } = watchedEditor();
    const members = textNode(root, 'Members asked whether the increase would affect tenants on universal credit.');
    const housing = textNode(root, 'The Cabinet Member for Housing presented the report on rent levels for 2022/23.');
    window.getSelection()!.setBaseAndExtent(members, 0, members, 0);
    document.dispatchEvent(new Event('selectionchange'));
    expect(rememberedRange(editor)).toMatchObject({ start: 0, end: 0 });

    // Shift+ArrowUp: across two paragraphs. The focus moves to the comment field before the browser says so.
    window.getSelection()!.setBaseAndExtent(members, 0, housing, 10);
    root.dispatchEvent(new FocusEvent('focusout'));
    expect(rememberedRange(editor)).toBeNull();

    window.getSelection()!.setBaseAndExtent(housing, 55, housing, 66);
    root.dispatchEvent(new FocusEvent('focusout'));
    expect(rememberedRange(editor)).toMatchObject({ start: 55, end: 66 });
  });
});

describe('remembering the selection on every key', () => {
  it('reads no block until the range is asked for, and then gives the range as it was when selected', () => {
    const { editor, root } = watchedEditor();
    const housing = textNode(root, 'The Cabinet Member for Housing presented the report on rent levels for 2022/23.');
    const counted = vi.spyOn(ElementNode.prototype, 'getIndexWithinParent');
    window.getSelection()!.setBaseAndExtent(housing, 55, housing, 66);
    document.dispatchEvent(new Event('selectionchange'));
    window.getSelection()!.setBaseAndExtent(housing, 4, housing, 4);
    document.dispatchEvent(new Event('selectionchange'));
    expect(counted).not.toHaveBeenCalled();

    const asOfSelection = rememberedRange(editor);
    expect(asOfSelection).toMatchObject({ start: 4, end: 4 });
    // A block put in before it afterwards: the range still names the block where the words were when selected.
    editor.update(() => $getRoot().getFirstChildOrThrow().insertBefore($createParagraphNode()), { discrete: true });
    expect(rememberedRange(editor)).toEqual(asOfSelection);
    counted.mockRestore();
  });
});
