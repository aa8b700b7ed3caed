// @vitest-environment jsdom
// The words the chair last chose in the page, remembered for the Review panel:
// the focus leaving the page must update them even when the browser's late
// selection event finds the selection already in the panel's comment field.
import { describe, expect, it } from 'vitest';
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
