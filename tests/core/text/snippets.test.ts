import { describe, expect, it } from 'vitest';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { defaultSnippets, fillSnippet, snippetFieldKind, snippetValues, unfilledFields } from '../../../core/text/snippets';

describe('snippets', () => {
  it('fills the previous meeting date from the meeting in UK style', () => {
    const meeting = { ...createEmptyMeeting(), date: '2022-03-23', previousMeetingDate: '2022-01-19' };
    const text = fillSnippet(defaultSnippets[0]!.text, snippetValues(meeting));
    expect(text).toBe('The minutes of the meeting held on 19 January 2022 were approved as a correct record.');
  });
  it('leaves a field without a value visible', () => {
    expect(fillSnippet('Held on {previous date} at {venue}.', { venue: 'Bury Town Hall' })).toBe('Held on {previous date} at Bury Town Hall.');
  });
  it('lists the fields still to ask for, once each, and how to ask', () => {
    const text = fillSnippet('{Member} asked about {topic}; {member} thanked {officer} on {previous date}.', {});
    expect(unfilledFields(text)).toEqual(['member', 'topic', 'officer', 'previous date']);
    expect(unfilledFields(fillSnippet(defaultSnippets[1]!.text, {}))).toEqual([]);
    expect(['member', 'topic', 'officer', 'previous date'].map(snippetFieldKind)).toEqual(['person', 'text', 'person', 'date']);
  });
});
