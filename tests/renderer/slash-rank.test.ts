// The slash menu's order: "/prev" must highlight the previous-minutes wording,
// not "Go to the previous agenda item" (clerk dogfood: Enter jumped the caret away).
import { describe, expect, it } from 'vitest';
import { createEmptyMeeting } from '../../core/model/meeting';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { snippetCommands } from '../../renderer/editor/commands/snippet-commands';
import { slashMenuOrder } from '../../renderer/editor/commands/slash-rank';
import { filterOptions } from '../../renderer/editor/prompt/prompt-types';

const meeting = createEmptyMeeting();
const options = [...minutesCommands(meeting), ...snippetCommands(meeting)].map((command) => ({
  value: command.id,
  label: command.title,
  keywords: command.keywords,
}));
const offered = (query: string) => slashMenuOrder(filterOptions(options, query), query).map((option) => option.label);

describe('the slash menu’s order', () => {
  it('offers the previous-minutes wording first for “/prev”', () => {
    const labels = offered('prev');
    expect(labels[0]).toBe('Wording: Previous minutes approved');
    expect(labels).toContain('Go to the previous agenda item');
  });

  it('keeps what already came first for the queries the entry tests type', () => {
    expect(offered('agenda')[0]).toBe('Agenda item');
    expect(offered('no member')[0]).toBe('There were no member questions');
    expect(offered('')).toEqual(options.map((option) => option.label));
  });

  it('keeps keyword-only matches after title matches, and the list’s order between equals', () => {
    const list = [
      { value: 'a', label: 'Go to the next item', keywords: 'vote' },
      { value: 'b', label: 'Recorded vote' },
      { value: 'c', label: 'Vote' },
      { value: 'd', label: 'Vote again' },
    ];
    expect(slashMenuOrder(filterOptions(list, 'vote'), 'vote').map((option) => option.value)).toEqual(['c', 'd', 'b', 'a']);
  });
});
