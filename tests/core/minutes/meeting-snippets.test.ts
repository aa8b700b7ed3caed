// A committee's own wording travels in its template's wording: a meeting made
// from the template offers it, beside any the meeting itself holds.
import { describe, expect, it } from 'vitest';
import { meetingSnippets } from '../../../core/minutes/meeting-context';
import { committeeSchema } from '../../../core/model/committee';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { parseTemplateText } from '../../../core/templates/parse-template';
import { templateFromMeeting } from '../../../core/templates/template-from-meeting';

const committeeWording = { name: 'Call-in', text: 'The decision was called in by {member} on {previous date}.' };

function templateText(): string {
  return JSON.stringify({
    formatVersion: 1,
    name: 'Scrutiny with our wording',
    description: '',
    numbering: 'plain',
    wording: { resolutionsHeading: 'It was agreed:', snippets: [committeeWording, { name: '', text: 'no name' }, { name: 'No text' }] },
    items: [{ kind: 'business' }],
  });
}

describe('meetingSnippets', () => {
  it('offers the template’s wording to a meeting made from it, skipping entries without a name or text', () => {
    const parsed = parseTemplateText('ours.json', templateText());
    if (!parsed.ok) throw new Error(parsed.problem);
    const committee = committeeSchema.parse({ id: 'cyp', name: 'Children and Young People Scrutiny Committee' });
    const { document } = buildMeeting({ committee, template: parsed.template, templateId: 'ours', date: '2022-03-23', venue: '', startTime: '', agendaItems: [], newItemId: () => 'item-1' });
    expect(meetingSnippets(document.meeting)).toEqual([committeeWording]);
    // Saving the meeting as a template keeps the wording for the next one.
    const again = templateFromMeeting('Again', '', document.meeting, document.content);
    expect(again.wording).toMatchObject({ snippets: [committeeWording, { name: '', text: 'no name' }, { name: 'No text' }] });
  });

  it('adds the meeting’s own snippets after the template’s', () => {
    const meeting = { ...createEmptyMeeting(), wording: { resolutionsHeading: 'Resolved:', snippets: [committeeWording] }, snippets: [{ name: 'Local', text: 'Noted.' }] };
    expect(meetingSnippets(meeting).map((snippet) => snippet.name)).toEqual(['Call-in', 'Local']);
    expect(meetingSnippets(createEmptyMeeting())).toEqual([]);
  });
});
