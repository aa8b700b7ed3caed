// The planning committee template, shaped on Wirral's Planning Committee
// (reference wirral-planning-extract.txt): minutes of the last meeting near
// the top, declarations worded as Wirral asks for them, the applications, then
// appeals; "Resolved –", and wording for the sentences every application has.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateSnippets, resolutionsHeading } from '../../../core/minutes/meeting-context';
import { committeeSchema } from '../../../core/model/committee';
import { fillSnippet } from '../../../core/text/snippets';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { parseAgendaLines } from '../../../core/templates/agenda-lines';
import { buildTemplateCatalogue } from '../../../core/templates/template-catalogue';

const directory = path.resolve(__dirname, '../../../templates');
const shipped = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .map((fileName) => ({ fileName, text: readFileSync(path.join(directory, fileName), 'utf8') }));
const wirralExtract = readFileSync('/work/shared/reference/wirral-planning-extract.txt', 'utf8');

describe('the planning committee template', () => {
  const catalogue = buildTemplateCatalogue(shipped, []);
  const entry = catalogue.templates.find((candidate) => candidate.id === 'planning-committee')!;
  const committee = committeeSchema.parse({ id: 'planning', name: 'Planning Committee', councilName: 'Wirral Council', roster: [], quorum: 4 });
  let counter = 0;
  const { document } = buildMeeting({
    committee,
    template: entry.template,
    templateId: 'planning-committee',
    date: '2020-06-18',
    venue: 'Microsoft Teams',
    startTime: '18:00',
    agendaItems: parseAgendaLines('3. APP/20/00094 Land at Example Road – erection of a two-storey school building'),
    newItemId: () => `item-${++counter}`,
  });
  const headings = document.content.root.children.filter((node) => node.type === 'agenda-item') as unknown as Array<{
    standing: string | null;
    children: Array<{ text: string }>;
  }>;

  it('loads with the shipped templates, with no problems', () => {
    expect(catalogue.problems).toEqual([]);
    expect(entry.template.name).toBe('Planning committee');
  });

  it('lays out a meeting with the application between the standing items, its title whole', () => {
    expect(headings.map((item) => [item.children[0]?.text, item.standing])).toEqual([
      ['Apologies for absence', 'apologies'],
      ['Minutes of the last meeting', 'previous-minutes'],
      ['Declarations of interest', 'declarations'],
      ['APP/20/00094 Land at Example Road – erection of a two-storey school building', null],
      ['Planning appeals', 'planning-appeals'],
      ['Urgent business', 'urgent-business'],
    ]);
  });

  it('does not say the last minutes were approved before the committee has approved them', () => {
    const texts = document.content.root.children.map((node) => JSON.stringify(node));
    expect(texts.join('\n')).not.toMatch(/were approved|agreed as a correct record/);
  });

  it('words the declarations and the application’s sentences as Wirral does, and resolutions “Resolved –”', () => {
    expect(resolutionsHeading(document.meeting)).toBe('Resolved –');
    const declarations = entry.template.items.find((item) => item.kind === 'standing' && item.key === 'declarations');
    expect(wirralExtract).toContain((declarations as { text: string }).text);
    const snippets = new Map(templateSnippets(document.meeting).map((snippet) => [snippet.name, snippet.text]));
    expect(wirralExtract).toContain(fillSnippet(snippets.get('Application submitted')!, { officer: 'Corporate Director of Regeneration and Place' }));
    for (const name of ['Ward councillor addressed the committee', 'Applicant addressed the committee']) expect(wirralExtract).toContain(snippets.get(name)!);
    expect(snippets.get('Approved subject to conditions')).toBe('That the application be approved subject to the following conditions:');
  });
});
