// A council's template may word resolutions as bullet points
// (wording.resolutionsStyle): a new meeting from it gets bulleted runs, and a
// misspelt style is named with its fix instead of quietly giving numbers.
import { describe, expect, it } from 'vitest';
import { resolutionsBulleted, resolutionsHeading } from '../../../core/minutes/meeting-context';
import { committeeSchema } from '../../../core/model/committee';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { parseTemplateText } from '../../../core/templates/parse-template';
import { templateFromMeeting } from '../../../core/templates/template-from-meeting';

const scrutiny = (wording: Record<string, unknown>) => JSON.stringify({ formatVersion: 1, name: 'CYP scrutiny', wording, items: [{ kind: 'business' }] });
const committee = committeeSchema.parse({ id: 'cyp', name: 'Children and Young People Scrutiny Committee', councilName: 'Bury Council' });
const meetingFrom = (text: string) => {
  const parsed = parseTemplateText('cyp.json', text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return buildMeeting({
    committee,
    template: parsed.template,
    templateId: 'cyp',
    date: '2026-02-10',
    venue: '',
    startTime: '',
    agendaItems: [{ title: 'Plan' }],
    newItemId: () => 'item-1',
  }).document;
};

describe('template wording: resolutions style', () => {
  it('a bulleted template makes meetings whose resolutions are bulleted, with its heading', () => {
    const document = meetingFrom(scrutiny({ resolutionsHeading: 'It Was Agreed:', resolutionsStyle: 'bulleted' }));
    expect([resolutionsHeading(document.meeting), resolutionsBulleted(document.meeting)]).toEqual(['It Was Agreed:', true]);
  });

  it('a meeting worded in the Attendance panel and saved as a template words the next meeting the same way', () => {
    const first = meetingFrom(scrutiny({ resolutionsHeading: 'It was agreed:' }));
    const worded = { ...first.meeting, wording: { ...first.meeting.wording, resolutionsHeading: 'It Was Agreed:', resolutionsStyle: 'bulleted' } };
    const next = meetingFrom(JSON.stringify(templateFromMeeting('CYP 2026', '', worded, first.content)));
    expect([resolutionsHeading(next.meeting), resolutionsBulleted(next.meeting)]).toEqual(['It Was Agreed:', true]);
  });

  it('a misspelt style is named with its fix', () => {
    const parsed = parseTemplateText('cyp.json', scrutiny({ resolutionsStyle: 'bullets' }));
    expect(parsed.ok ? 'read' : parsed.problem).toContain('field “wording.resolutionsStyle” is not right. Fix: use one of "numbered", "bulleted".');
  });
});
