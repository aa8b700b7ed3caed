// Completes roster names as the clerk types: "Councillor T" offers
// "Councillor Tariq"; Enter or Tab takes it. So a name is spelt one way.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isElementNode, $isRangeSelection, $isTextNode, type TextNode } from 'lexical';
import { useCallback, useRef, useState } from 'react';
import type { Person } from '../../../core/model/person';
import { completeName } from '../../../core/text/names';
import { TypeaheadMenuList } from '../TypeaheadMenuList';
import { $blockOf } from '../minutes-block-list';

class NameOption extends MenuOption {
  constructor(readonly name: string) {
    super(name);
  }
}

export function NameCompletionPlugin({ roster }: { roster: Person[] }) {
  const [editor] = useLexicalComposerContext();
  const [options, setOptions] = useState<NameOption[]>([]);
  // The list the menu was last given, kept here so it can be emptied at once.
  const shown = useRef<NameOption[]>([]);

  const triggerFn = useCallback(
    (text: string): MenuTextMatch | null => {
      const completion = completeName(text.slice(-60), roster);
      if (!completion) {
        // The menu closes on React's next render, but until then its Enter and
        // Tab handlers still hold this list. Emptied now, a key pressed before
        // that render (a busy laptop, a fast clerk) does what it does in text:
        // Enter ends the paragraph instead of being swallowed by a stale menu.
        shown.current.length = 0;
        return null;
      }
      const same = shown.current.length > 0 && shown.current.map((option) => option.name).join('\n') === completion.suggestions.join('\n');
      if (!same) {
        shown.current = completion.suggestions.map((name) => new NameOption(name));
        setOptions(shown.current);
      }
      const replaceable = text.slice(text.length - completion.replace);
      return { leadOffset: text.length - completion.replace, matchingString: replaceable, replaceableString: replaceable };
    },
    [roster],
  );

  const onSelectOption = (option: NameOption, _textNode: TextNode | null, closeMenu: () => void) => {
    // Replace the typed start of the name, found again from the caret: the
    // menu's own node can be a keystroke behind when the clerk types fast.
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return closeMenu();
      const anchor = selection.anchor.getNode();
      const block = $blockOf(anchor);
      if (!$isTextNode(anchor) || !$isElementNode(block)) return closeMenu();
      const texts = block.getAllTextNodes();
      const offset = selection.anchor.offset;
      const completion = completeName(textBeforeCaret(texts, anchor, offset).slice(-60), roster);
      if (completion?.suggestions.includes(option.name)) {
        // Remove the typed start (it may span text nodes), then put the name in its place.
        const fromAnchor = Math.min(completion.replace, offset);
        anchor.spliceText(offset - fromAnchor, fromAnchor, '', false);
        let remaining = completion.replace - fromAnchor;
        for (let index = texts.indexOf(anchor) - 1; remaining > 0 && index >= 0; index--) {
          const previous = texts[index]!;
          const size = previous.getTextContentSize();
          const take = Math.min(remaining, size);
          previous.spliceText(size - take, take, '', false);
          remaining -= take;
        }
        anchor.spliceText(offset - fromAnchor, 0, option.name, true);
      }
      closeMenu();
    });
  };

  if (roster.length === 0) return null;
  return (
    <LexicalTypeaheadMenuPlugin<NameOption>
      onQueryChange={() => undefined}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchorRef, { selectedIndex, selectOptionAndCleanUp }) => (
        <TypeaheadMenuList
          anchor={anchorRef}
          label="Names"
          className="mb-slash-menu mb-name-menu"
          options={options}
          selectedIndex={selectedIndex}
          onChoose={selectOptionAndCleanUp}
          render={(option) => option.name}
        />
      )}
    />
  );
}

/** The block's text up to the caret. */
function textBeforeCaret(texts: TextNode[], anchor: TextNode, offset: number): string {
  let text = '';
  for (const node of texts) {
    if (node.is(anchor)) return text + node.getTextContent().slice(0, offset);
    text += node.getTextContent();
  }
  return text;
}
