// Agenda lines as councils print them, each case copied from a real agenda or
// minutes in /work/shared/reference/ or the clerk dogfood report.
import { describe, expect, it } from 'vitest';
import { parseAgendaLines, readAgendaLines } from '../../../core/templates/agenda-lines';

const titles = (text: string) => parseAgendaLines(text).map((item) => item.title);

describe('agenda lines read as councils write them', () => {
  it('keeps the words after a dash of any kind in the title (NEDDC, Gotham)', () => {
    expect(parseAgendaLines('Council Plan Objectives - Update January to March 2024')).toEqual([
      { title: 'Council Plan Objectives - Update January to March 2024', reportName: null, exemptParagraph: null },
    ]);
    expect(titles('RBC village Local Plan part 2 ‘Further Options’ Consultation 17th February – 31st March')).toEqual([
      'RBC village Local Plan part 2 ‘Further Options’ Consultation 17th February – 31st March',
    ]);
    expect(titles('Members’ Code of Conduct — Declarations of Interest')).toEqual(['Members’ Code of Conduct — Declarations of Interest']);
  });

  it('drops the agenda’s own numbering: “4/”, “1.”, “2)”, “(a)”, “b)”, “5.1”, “Item 7:”', () => {
    expect(
      titles(
        [
          '4/ Progress from the Minutes, not on the Agenda',
          '10/ Date & Time of Next Meeting:',
          '1. Apologies for Absence',
          '2) Declarations of Interest',
          '(a) Acquisition of land at Chamberhall',
          'b) Work programme',
          '5.1 Budget monitoring',
          'Item 7: Urgent business',
        ].join('\n'),
      ),
    ).toEqual([
      'Progress from the Minutes, not on the Agenda',
      'Date & Time of Next Meeting',
      'Apologies for Absence',
      'Declarations of Interest',
      'Acquisition of land at Chamberhall',
      'Work programme',
      'Budget monitoring',
      'Urgent business',
    ]);
  });

  it('keeps a title that only starts like a number: a planning reference, a name with a dot', () => {
    expect(titles('17/00340/FUL 14 Nottingham Road\nE.ON energy contract')).toEqual(['17/00340/FUL 14 Nottingham Road', 'E.ON energy contract']);
  });

  it('reads a line copied from the council website, dropping its number and “pdf icon PDF 400 KB”, and says it guessed the number', () => {
    expect(
      readAgendaLines('5 Council Plan Objectives - Update January to March 2024 pdf icon PDF 400 KB\nMinutes of the Last Meeting pdf icon PDF 246 KB'),
    ).toEqual([
      {
        line: 1,
        item: { title: 'Council Plan Objectives - Update January to March 2024', reportName: null, exemptParagraph: null },
        doubts: ['The “5” at the start was read as the agenda’s number and left out of the title.'],
      },
      { line: 2, item: { title: 'Minutes of the Last Meeting', reportName: null, exemptParagraph: null }, doubts: [] },
    ]);
  });

  it('still takes “— Report of …” after a title as the report’s name', () => {
    expect(parseAgendaLines('People Strategy 2024 – Report of Councillor N Barker, Leader of the Council')).toEqual([
      { title: 'People Strategy 2024', reportName: 'Report of Councillor N Barker, Leader of the Council', exemptParagraph: null },
    ]);
  });
});
