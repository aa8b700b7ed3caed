// A committee's own wording travels in its template's wording: a meeting made
// from the template offers it, beside any the meeting itself holds.
import { describe, expect, it } from 'vitest';
import { meetingSnippets } from '../../../core/minutes/meeting-context';
import { committeeSchema } from '../../../core/model/committee';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { snippetValues } from '../../../core/text/snippets';
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
    const { document } = buildMeeting({
      committee,
      template: parsed.template,
      templateId: 'ours',
      date: '2022-03-23',
      venue: '',
      startTime: '',
      agendaItems: [],
      newItemId: () => 'item-1',
    });
    expect(meetingSnippets(document.meeting)).toEqual([committeeWording]);
    // Saving the meeting as a template keeps the wording for the next one.
    const again = templateFromMeeting('Again', '', document.meeting, document.content);
    expect(again.wording).toMatchObject({ snippets: [committeeWording, { name: '', text: 'no name' }, { name: 'No text' }] });
  });

  it('adds the meeting’s own snippets after the template’s', () => {
    const meeting = {
      ...createEmptyMeeting(),
      wording: { resolutionsHeading: 'Resolved:', snippets: [committeeWording] },
      snippets: [{ name: 'Local', text: 'Noted.' }],
    };
    expect(meetingSnippets(meeting).map((snippet) => snippet.name)).toEqual(['Call-in', 'Local']);
    expect(meetingSnippets(createEmptyMeeting())).toEqual([]);
  });

  it('fills {previous date} from the committee’s last meeting when it came before this one', () => {
    const parsed = parseTemplateText('ours.json', templateText());
    if (!parsed.ok) throw new Error(parsed.problem);
    const build = (lastMeetingDate: string) => {
      const committee = committeeSchema.parse({ id: 'cyp', name: 'Children and Young People Scrutiny Committee', lastMeetingDate });
      return buildMeeting({
        committee,
        template: parsed.template,
        templateId: 'ours',
        date: '2022-03-23',
        venue: '',
        startTime: '',
        agendaItems: [],
        newItemId: () => 'item-1',
      }).document.meeting;
    };
    expect(snippetValues(build('2022-01-19'))['previous date']).toBe('19 January 2022');
    // A meeting made again for the same day, or for a day before the last one, has no "previous meeting" to name.
    expect(build('2022-03-23').previousMeetingDate).toBeUndefined();
    expect(build('2022-05-01').previousMeetingDate).toBeUndefined();
    expect(snippetValues(build(''))).not.toHaveProperty('previous date');
  });
});
