import { describe, expect, it } from 'vitest';
import { libraryMeetingOf } from '../../../core/library/library-meeting';
import { planSearch } from '../../../core/library/search-query';
import { testMinutes } from './library-documents';

describe('what the library keeps of a minutes file', () => {
  const meeting = libraryMeetingOf(
    testMinutes({
      committeeId: 'planning',
      committeeName: 'Planning and Development',
      date: '2017-02-28',
      prefix: 'CA',
      firstNumber: 118,
      items: [
        { title: 'Declarations of interest', blocks: [{ kind: 'declaration', member: 'Councillor Royce', text: 'Lives next to the site' }] },
        {
          title: 'Rushcliffe Borough Council local plan',
          itemId: 'item-plan',
          blocks: [
            { kind: 'text', text: 'The committee discussed   the building plots.' },
            { kind: 'resolution', text: 'The response be sent by the Clerk.' },
            { kind: 'action', text: 'Score the sites', owner: 'Ken Mafham', due: '2017-03-31', actionId: 'action-score' },
          ],
        },
      ],
    }),
  );

  it('cuts the text into passages under their minute numbers, names from fields kept for searching', () => {
    expect(meeting).toMatchObject({ committeeId: 'planning', committeeName: 'Planning and Development', date: '2017-02-28' });
    expect(meeting.passages.map((passage) => [passage.minuteNumber, passage.kind, passage.text, passage.names])).toEqual([
      ['CA.118', 'title', 'Declarations of interest', []],
      ['CA.118', 'declaration', 'Councillor Royce: Lives next to the site', ['Councillor Royce']],
      ['CA.119', 'title', 'Rushcliffe Borough Council local plan', []],
      ['CA.119', 'text', 'The committee discussed the building plots.', []],
      ['CA.119', 'resolution', 'The response be sent by the Clerk.', []],
      ['CA.119', 'action', 'Score the sites', ['Ken Mafham']],
    ]);
    expect(meeting.passages[3]?.itemId).toBe('item-plan');
  });

  it('lists the actions with owner, due date and the minute they came from', () => {
    expect(meeting.actions).toEqual([
      {
        actionId: 'action-score',
        owner: 'Ken Mafham',
        description: 'Score the sites',
        due: '2017-03-31',
        itemId: 'item-plan',
        minuteNumber: 'CA.119',
        itemTitle: 'Rushcliffe Borough Council local plan',
      },
    ]);
  });
});

describe('reading the search box', () => {
  it('looks up a minute number as a minute, and as the phrase it makes in a sentence', () => {
    expect(planSearch(' ca.119 ')).toEqual({ minuteNumber: 'CA.119', match: '"ca 119"' });
    expect(planSearch('CYP/12')).toEqual({ minuteNumber: 'CYP/12', match: '"CYP 12"' });
  });

  it('quotes every word and keeps "phrases" together, so nothing typed is FTS5 syntax', () => {
    expect(planSearch('building "local plan" NEAR(')).toEqual({ minuteNumber: null, match: '"local plan" "building" "NEAR"' });
    expect(planSearch('J.P. Anderson')).toEqual({ minuteNumber: null, match: '"J" "P" "Anderson"' });
    expect(planSearch('  "" () ')).toEqual({ minuteNumber: null, match: null });
    expect(planSearch('2017')).toEqual({ minuteNumber: null, match: '"2017"' });
  });
});
