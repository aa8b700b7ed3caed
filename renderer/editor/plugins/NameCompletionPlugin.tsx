// Completes roster names as the clerk types: "Councillor T" offers
// "Councillor Tariq"; Enter or Tab takes it. So a name is spelt one way.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, type TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import type { Person } from '../../../core/model/person';
import { completeName } from '../../../core/text/names';
import { TypeaheadMenuList } from '../TypeaheadMenuList';

class NameOption extends MenuOption {
  constructor(readonly name: string) {
    super(name);
  }
}

export function NameCompletionPlugin({ roster }: { roster: Person[] }) {
  const [editor] = useLexicalComposerContext();
  const [suggestions, setSuggestions] = useState<string[]>([]);

  const triggerFn = useCallback(
    (text: string): MenuTextMatch | null => {
      const completion = completeName(text.slice(-60), roster);
      if (!completion) return null;
      setSuggestions((previous) => (previous.join('\n') === completion.suggestions.join('\n') ? previous : completion.suggestions));
      const replaceable = text.slice(text.length - completion.replace);
      return { leadOffset: text.length - completion.replace, matchingString: replaceable, replaceableString: replaceable };
    },
    [roster],
  );

  const options = useMemo(() => suggestions.map((name) => new NameOption(name)), [suggestions]);

  const onSelectOption = (option: NameOption, textNode: TextNode | null, closeMenu: () => void) => {
    editor.update(() => {
      if (textNode) {
        const completed = $createTextNode(option.name).setFormat(textNode.getFormat());
        textNode.replace(completed);
        completed.select();
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
