// A meeting made from a committee offers the template's wording and the
// committee's, each name once: the committee's wording is the nearer, so it
// replaces the template's where both name the same snippet.
import { describe, expect, it } from 'vitest';
import { meetingOwnSnippets, meetingSnippets } from '../../../core/minutes/meeting-context';
import { committeeSchema } from '../../../core/model/committee';
import { mergeSnippets, snippetListProblem } from '../../../core/model/wording-snippet';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { parseTemplateText } from '../../../core/templates/parse-template';

const approved = { name: 'Previous minutes approved', text: 'The minutes of the meeting held on {previous date} were approved as a correct record.' };
const callIn = { name: 'Call-in', text: 'The decision was called in by {member}.' };

function meetingFrom(templateSnippets: unknown[], committeeSnippets: unknown[]) {
  const parsed = parseTemplateText(
    'ours.json',
    JSON.stringify({
      formatVersion: 1,
      name: 'Ours',
      description: '',
      numbering: 'plain',
      wording: { resolutionsHeading: 'It was agreed:', snippets: templateSnippets },
      items: [{ kind: 'business' }],
    }),
  );
  if (!parsed.ok) throw new Error(parsed.problem);
  const committee = committeeSchema.parse({ id: 'licensing', name: 'Licensing Committee', snippets: committeeSnippets });
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
}

describe('committee wording in a new meeting', () => {
  it('offers the template’s and the committee’s wording together', () => {
    const meeting = meetingFrom([approved], [callIn]);
    expect(meetingSnippets(meeting)).toEqual([approved, callIn]);
    expect(meetingOwnSnippets(meeting)).toEqual([callIn]);
  });

  it('offers wording both have once, and the committee’s words where they differ', () => {
    const same = meetingFrom([approved, callIn], [callIn]);
    expect(meetingSnippets(same)).toEqual([approved, callIn]);
    // Nothing the template already says the same way is copied into the meeting.
    expect(meetingOwnSnippets(same)).toEqual([]);
    const reworded = { name: 'previous MINUTES approved', text: 'The minutes of {previous date} were agreed.' };
    const differs = meetingFrom([approved, callIn], [reworded]);
    expect(meetingSnippets(differs)).toEqual([reworded, callIn]);
  });

  it('leaves a meeting from a committee with no wording as it was', () => {
    const meeting = meetingFrom([approved], []);
    expect(meeting).not.toHaveProperty('snippets');
    expect(meetingSnippets(meeting)).toEqual([approved]);
  });
});

describe('mergeSnippets and snippetListProblem', () => {
  it('keeps each name once, in the first list’s order, with the later wording', () => {
    const later = { name: 'call-in', text: 'Called in.' };
    expect(mergeSnippets([callIn, approved], [later, { name: 'New', text: 'New.' }])).toEqual([later, approved, { name: 'New', text: 'New.' }]);
  });

  it('names the snippet whose name or wording cannot be kept', () => {
    expect(snippetListProblem([callIn, approved])).toBeNull();
    expect(snippetListProblem([callIn, { name: 'Empty', text: ' ' }])).toBe('“Empty”: Each piece of wording needs some text.');
    expect(snippetListProblem([{ name: ' ', text: 'Words.' }])).toBe('Wording 1: Each piece of wording needs a name.');
    expect(snippetListProblem([{ name: 'x'.repeat(81), text: 'Words.' }])).toMatch(/^“x+”: A name can be at most 80 characters\.$/);
    expect(snippetListProblem([callIn, { ...callIn, name: 'CALL-IN' }])).toBe('Two pieces of wording are called “CALL-IN”; give each its own name.');
  });
});
