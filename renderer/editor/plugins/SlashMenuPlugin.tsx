// The slash menu: "/" then a few letters lists matching blocks and actions;
// Enter (or Tab) runs the highlighted one. Built from the same command list as
// the shortcuts, so the two never disagree.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useMemo, useState } from 'react';
import type { CommandContext, MinutesCommand } from '../commands/command-types';
import { runMinutesCommand } from '../commands/run-command';
import { $removeSlashQuery } from '../commands/slash-query';
import { slashMenuOrder } from '../commands/slash-rank';
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
    const matches = slashMenuOrder(
      filterOptions(
        commands.map((command) => ({ value: command.id, label: command.title, keywords: command.keywords })),
        query ?? '',
      ),
      query ?? '',
    );
    return matches.map((match) => new CommandOption(byId.get(match.value)!));
  }, [commands, query]);

  const onSelectOption = (option: CommandOption, _textNode: TextNode | null, closeMenu: () => void) => {
    // Runs after the menu's own update (which may have split the text at a
    // stale query), before the command's: the block goes where the "/" was.
    editor.update(() => void $removeSlashQuery(), { discrete: true });
    closeMenu();
    runMinutesCommand(option.command, context());
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
