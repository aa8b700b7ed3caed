// The slash menu: "/" then a few letters lists matching blocks and actions;
// Enter (or Tab) runs the highlighted one. Built from the same command list as
// the shortcuts, so the two never disagree.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isRangeSelection, type TextNode } from 'lexical';
import { useMemo, useState } from 'react';
import type { CommandContext, MinutesCommand } from '../commands/minutes-commands';
import { filterOptions } from '../prompt/prompt-types';
import { TypeaheadMenuList } from '../TypeaheadMenuList';

class CommandOption extends MenuOption {
  constructor(readonly command: MinutesCommand) {
    super(command.id);
  }
}

export function SlashMenuPlugin({ commands, context }: { commands: MinutesCommand[]; context: () => CommandContext }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const triggerFn = useBasicTypeaheadTriggerMatch('/', { minLength: 0, allowWhitespace: true, maxLength: 40 });

  const options = useMemo(() => {
    const byId = new Map(commands.map((command) => [command.id, command]));
    const matches = filterOptions(
      commands.map((command) => ({ value: command.id, label: command.title, keywords: command.keywords })),
      query ?? '',
    );
    return matches.map((match) => new CommandOption(byId.get(match.value)!));
  }, [commands, query]);

  const onSelectOption = (option: CommandOption, textNode: TextNode | null, closeMenu: () => void, matchingString: string) => {
    editor.update(
      () => {
        // Remove the typed "/query" before the block goes in: the menu's node
        // when it still holds it, else found by its text in the caret's block
        // (the menu's node can lag behind fast typing).
        const typed = `/${matchingString}`;
        if (textNode?.isAttached() && textNode.getTextContent() === typed) {
          textNode.remove();
          return;
        }
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        const block = selection.anchor.getNode().getTopLevelElement();
        const holder = block?.getAllTextNodes().findLast((node) => node.getTextContent().includes(typed));
        if (holder) holder.spliceText(holder.getTextContent().lastIndexOf(typed), typed.length, '', true);
      },
      { discrete: true },
    );
    closeMenu();
    option.command.run(context());
  };

  return (
    <LexicalTypeaheadMenuPlugin<CommandOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchorRef, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => (
        <TypeaheadMenuList
          anchor={anchorRef}
          label="Insert block"
          className="mb-slash-menu"
          options={options}
          selectedIndex={selectedIndex}
          onChoose={selectOptionAndCleanUp}
          onHighlight={setHighlightedIndex}
          render={(option) => (
            <>
              <span>{option.command.title}</span>
              {option.command.shortcut && <kbd>{option.command.shortcut}</kbd>}
            </>
          )}
        />
      )}
    />
  );
}
