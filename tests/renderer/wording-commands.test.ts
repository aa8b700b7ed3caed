// @vitest-environment jsdom
// The slash menu's wording: the template's, then the committee's (as the
// meeting has it), then the built-in wording no one has reworded; each name
// once; and the command that opens the committee wording editor.
import { describe, expect, it } from 'vitest';
import { createEmptyMeeting } from '../../core/model/meeting';
import { defaultSnippets } from '../../core/text/snippets';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';

const wordingTitles = (meeting: ReturnType<typeof createEmptyMeeting>) =>
  minutesCommands(meeting)
    .filter((command) => command.id.startsWith('snippet-'))
    .map((command) => command.title);

describe('wording in the slash menu', () => {
  it('offers each name once: the meeting’s wording replaces the template’s and the built-in wording of that name', () => {
    const meeting = {
      ...createEmptyMeeting(),
      wording: { resolutionsHeading: 'It was agreed:', snippets: [{ name: 'Call-in', text: 'Called in by {member}.' }] },
      snippets: [
        { name: 'report NOTED', text: 'The {committee} noted the report.' },
        { name: 'call-in', text: 'The decision was called in by {member}.' },
      ],
    };
    const titles = wordingTitles(meeting);
    expect(titles.slice(0, 2)).toEqual(['Wording: call-in', 'Wording: report NOTED']);
    expect(titles.filter((title) => title.toLowerCase() === 'wording: report noted')).toHaveLength(1);
    expect(titles).toHaveLength(2 + defaultSnippets.length - 1);
  });

  it('lists the committee wording editor in the slash menu', () => {
    const command = minutesCommands(createEmptyMeeting()).find((candidate) => candidate.id === 'edit-committee-wording');
    expect(command).toMatchObject({ title: 'Edit committee wording…', shortcut: null });
  });
});
