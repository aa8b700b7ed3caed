// The order of the slash menu's matches: a command whose title has the typed
// word nearer its start comes first, so "/prev" highlights "Wording: Previous
// minutes approved" (the word's second in the title) before "Go to the
// previous agenda item" (its fourth), and Enter inserts the wording rather than
// jumping the caret away (clerk dogfood). Equal places keep the command list's
// order, and matches found only by keywords stay after those found by title.
import type { PromptOption } from '../../../core/blocks/prompt-step';
import { wordsOf } from '../prompt/prompt-types';

/** Where the first typed word first starts a word of the title; Infinity when the title alone does not match (keywords did). */
function placeInTitle(label: string, typed: ReadonlyArray<string>): number {
  const words = wordsOf(label);
  if (!typed.every((part) => words.some((word) => word.startsWith(part)))) return Infinity;
  return words.findIndex((word) => word.startsWith(typed[0]!));
}

/** The slash menu's matches (already filtered by filterOptions), in the order to offer them. */
export function slashMenuOrder<O extends PromptOption>(matches: ReadonlyArray<O>, query: string): O[] {
  const typed = wordsOf(query);
  if (typed.length === 0) return [...matches];
  return matches
    .map((option, index) => ({ option, index, place: placeInTitle(option.label, typed) }))
    .sort((a, b) => (a.place === b.place ? a.index - b.index : a.place - b.place))
    .map((entry) => entry.option);
}
