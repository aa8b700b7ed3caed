// A minute with nothing under it: a new meeting starts with the template's
// standing items as empty headings, and seed 004's dogfood exported five of
// them ("CYP.2 DECLARATIONS OF INTEREST" and nothing) with "No problems found".
import { describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../core/checks/minutes-checks';
import type { AgendaItemMinutes, MinuteBlock } from '../../../core/minutes/minutes-model';
import { createEmptyMeeting } from '../../../core/model/meeting';

const item = (id: string, blocks: MinuteBlock[]): AgendaItemMinutes => ({
  id,
  number: `CYP.${id}`,
  title: 'Declarations of interest',
  exempt: null,
  urgent: false,
  blocks,
});
const emptyIds = (...items: AgendaItemMinutes[]) =>
  checkMinutes(createEmptyMeeting(), { preamble: [], items, close: null })
    .filter((warning) => warning.kind === 'empty-item')
    .map((warning) => [warning.itemId, warning.itemNumber, warning.blockIndex]);

describe('empty items', () => {
  it('flags an item with no blocks, or only blank paragraphs and lists, pointing at the item', () => {
    expect(
      emptyIds(
        item('1', []),
        item('2', [
          { kind: 'paragraph', text: [{ text: '  ' }] },
          { kind: 'list', ordered: false, items: [[]] },
        ]),
      ),
    ).toEqual([
      ['1', 'CYP.1', null],
      ['2', 'CYP.2', null],
    ]);
  });

  it('does not flag words, standard lines or other blocks', () => {
    expect(
      emptyIds(
        item('1', [{ kind: 'paragraph', text: [{ text: 'The update was noted.' }] }]),
        item('2', [
          { kind: 'no-questions', audience: 'public' },
          { kind: 'paragraph', text: [] },
        ]),
        item('3', [{ kind: 'no-urgent-business' }]),
        item('4', [{ kind: 'resolutions', heading: 'It Was Agreed:', resolutions: [[{ text: 'The update be noted' }]], bulleted: true }]),
      ),
    ).toEqual([]);
  });
});

describe('the standard line an empty item is offered', () => {
  const messageFor = (title: string) =>
    checkMinutes(createEmptyMeeting(), { preamble: [], items: [{ ...item('1', []), title }], close: null }).find((warning) => warning.kind === 'empty-item')
      ?.message;

  it.each([
    ['Declarations of interest', '“There were no declarations.”'],
    ['MEMBERS’ CODE OF CONDUCT - DECLARATIONS OF INTEREST', '“There were no declarations.”'],
    ['Apologies for Absence', '“There were no apologies for absence.”'],
    ['Public question time', '“There were no public questions.”'],
    ['Member question time', '“There were no member questions.”'],
    ['Urgent business', '“There was no urgent business raised at the meeting.”'],
  ])('offers the line that fits “%s”', (title, line) => {
    expect(messageFor(title)).toBe(
      `Nothing is minuted under this item yet: write what happened, the standard line from the / menu (${line}), or remove the item.`,
    );
  });

  it('offers no declarations line under an item of business (clerk dogfood bug 7)', () => {
    for (const title of ['Council Plan Objectives - Update January to March 2024', 'People Strategy 2024', 'Minutes of the Last Meeting']) {
      expect(messageFor(title)).toBe('Nothing is minuted under this item yet: write what happened, or remove the item.');
    }
  });
});
