// A council's template may word resolutions as bullet points
// (wording.resolutionsStyle): a new meeting from it gets bulleted runs, and a
// misspelt style is named with its fix instead of quietly giving numbers.
import { describe, expect, it } from 'vitest';
import { resolutionsBulleted, resolutionsHeading } from '../../../core/minutes/meeting-context';
import { committeeSchema } from '../../../core/model/committee';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { parseTemplateText } from '../../../core/templates/parse-template';

const scrutiny = (wording: Record<string, unknown>) => JSON.stringify({ formatVersion: 1, name: 'CYP scrutiny', wording, items: [{ kind: 'business' }] });

describe('template wording: resolutions style', () => {
  it('a bulleted template makes meetings whose resolutions are bulleted, with its heading', () => {
    const parsed = parseTemplateText('cyp.json', scrutiny({ resolutionsHeading: 'It Was Agreed:', resolutionsStyle: 'bulleted' }));
    if (!parsed.ok) throw new Error(parsed.problem);
    const committee = committeeSchema.parse({ id: 'cyp', name: 'Children and Young People Scrutiny Committee', councilName: 'Bury Council' });
    const { document } = buildMeeting({ committee, template: parsed.template, templateId: 'cyp', date: '2026-02-10', venue: '', startTime: '', agendaItems: [{ title: 'Plan' }], newItemId: () => 'item-1' });
    expect([resolutionsHeading(document.meeting), resolutionsBulleted(document.meeting)]).toEqual(['It Was Agreed:', true]);
  });

  it('a misspelt style is named with its fix', () => {
    const parsed = parseTemplateText('cyp.json', scrutiny({ resolutionsStyle: 'bullets' }));
    expect(parsed.ok ? 'read' : parsed.problem).toContain('field “wording.resolutionsStyle” is not right. Fix: use one of "numbered", "bulleted".');
  });
});
