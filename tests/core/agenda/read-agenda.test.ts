// The agenda reader on the reference councils' layouts, item by item, and on
// the lines that must never become items or details.
import { describe, expect, it } from 'vitest';
import { agendaLineOf, itemFromAgendaLine } from '../../../core/agenda/agenda-line';
import { readAgenda } from '../../../core/agenda/read-agenda';
import { asReadParagraphs, buryScrutiny, gothamPlanning, neddcCabinet, wirralPlanning } from '../../fixtures/agenda/agenda-fixtures';

describe('readAgenda on the reference councils’ agendas', () => {
  for (const fixture of [buryScrutiny, gothamPlanning, neddcCabinet, wirralPlanning]) {
    it(`${fixture.file}: date, time, venue and every item`, () => {
      const agenda = readAgenda(asReadParagraphs(fixture));
      expect({ date: agenda.date, startTime: agenda.startTime, venue: agenda.venue }).toEqual({
        date: fixture.expected.date,
        startTime: fixture.expected.startTime,
        venue: fixture.expected.venue,
      });
      expect(agenda.items.map((item) => item.title)).toEqual(fixture.expected.items.map((item) => item.title));
      fixture.expected.items.forEach((expected, index) => expect(agenda.items[index], `item ${index + 1}`).toEqual(expected));
      expect(agenda.notes).toEqual([]);
    });
  }
});

describe('readAgenda never', () => {
  it('takes a time or date on the front sheet for an item', () => {
    const agenda = readAgenda([{ text: '4.00 pm' }, { text: '23/05/2024' }, { text: '1. Apologies' }]);
    expect(agenda.items.map((item) => item.title)).toEqual(['Apologies']);
    expect(agenda.startTime).toBe('16:00');
    expect(agenda.date).toBe('2024-05-23');
  });

  it('marks the exclusion resolution itself as exempt, only the item it precedes', () => {
    const agenda = readAgenda([
      { text: '1. Exclusion of the press and public' },
      { text: 'under paragraph 3 of Part 1 of Schedule 12A' },
      { text: '2. Disposal of a depot' },
      { text: 'Exempt information: paragraphs 3 and 5 of Part 1 of Schedule 12A' },
    ]);
    expect(agenda.items.map((item) => item.exemptParagraph)).toEqual([null, '3']);
    expect(agenda.notes.join(' ')).toMatch(/paragraphs 3, 5 of Schedule 12A; only paragraph 3 is kept/);
  });

  it('invents details the agenda does not give: it says what is missing instead', () => {
    const agenda = readAgenda([{ text: 'Agenda' }, { text: 'Apologies' }]);
    expect(agenda).toMatchObject({ date: null, startTime: null, venue: null, items: [] });
    expect(agenda.notes).toEqual([
      'The agenda’s date was not found. Check the date before starting.',
      'The agenda’s start time was not found.',
      'The agenda’s venue was not found.',
      'No numbered items of business were found in the agenda.',
    ]);
  });

  it('loses a title whose number stands alone on the line before it', () => {
    const agenda = readAgenda([{ text: '7.' }, { text: 'Budget monitoring' }, { text: 'Report of the Treasurer' }]);
    expect(agenda.items).toEqual([{ title: 'Budget monitoring', reportName: 'Report of the Treasurer', exemptParagraph: null }]);
  });

  it('uses headings as items when an agenda numbers nothing', () => {
    const agenda = readAgenda([
      { text: 'Date: 1 April 2025' },
      { text: 'Apologies', heading: true },
      { text: 'Budget', heading: true },
      { text: 'Report of the Clerk' },
    ]);
    expect(agenda.items).toEqual([
      { title: 'Apologies', reportName: null, exemptParagraph: null },
      { title: 'Budget', reportName: 'Report of the Clerk', exemptParagraph: null },
    ]);
  });
});

describe('the agenda line bridge', () => {
  it('writes an item as a line the pasted-agenda parser reads back unchanged', () => {
    for (const item of [...buryScrutiny.expected.items, ...wirralPlanning.expected.items, ...gothamPlanning.expected.items]) {
      expect(itemFromAgendaLine(agendaLineOf(item))).toEqual(item);
    }
  });
});
