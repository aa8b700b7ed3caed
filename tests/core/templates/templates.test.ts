import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { committeeSchema } from '../../../core/model/committee';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { importRosterLines } from '../../../core/model/roster-import';
import { markAttendance } from '../../../core/model/attendance';
import { buildMinutesHeading } from '../../../core/model/minutes-heading';
import { resolutionsHeading } from '../../../core/minutes/meeting-context';
import { buildMeeting, type AgendaItemInput } from '../../../core/templates/build-meeting';
import { parseAgendaLines } from '../../../core/templates/agenda-lines';
import { buildTemplateCatalogue, type TemplateFile } from '../../../core/templates/template-catalogue';
import { parseTemplateText } from '../../../core/templates/parse-template';
import { templateFromMeeting } from '../../../core/templates/template-from-meeting';
import type { MeetingTemplate } from '../../../core/templates/meeting-template';
import { parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { serializeMinutesDocument } from '../../../core/storage/minutes-document';

function filesIn(directory: string): TemplateFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((fileName) => ({ fileName, text: readFileSync(path.join(directory, fileName), 'utf8') }));
}

const shipped = filesIn(path.resolve(__dirname, '../../../templates'));
const broken = filesIn(path.resolve(__dirname, 'broken-templates'));

function template(id: string): MeetingTemplate {
  const entry = buildTemplateCatalogue(shipped, []).templates.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no shipped template ${id}`);
  return entry.template;
}

let counter = 0;
const committee = committeeSchema.parse({
  id: 'cyp',
  name: 'Children and Young People Scrutiny Committee',
  councilName: 'Bury Council',
  roster: importRosterLines('Councillor S Wright (Chair)\nCouncillor C Boles\nRetired Person — Former Officer', (i) => `p${i}`).people.map((person, index) =>
    index === 2 ? { ...person, retired: true } : person,
  ),
  quorum: 3,
  glossary: [{ acronym: 'ILAC', meaning: 'Inspection of Local Authority Children’s Services' }],
  numberingPrefix: 'CYP',
  lastMinuteNumber: 11,
  lastMeetingDate: '2022-01-19',
});

describe('template catalogue', () => {
  it('loads every shipped template, the everyday ones first', () => {
    const catalogue = buildTemplateCatalogue(shipped, []);
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.templates.map((entry) => entry.id)).toEqual(['committee', 'cabinet', 'scrutiny', 'planning-committee', 'parish-council', 'blank']);
  });

  it('leaves out broken templates with the file, the field and the fix, and keeps the good one', () => {
    const catalogue = buildTemplateCatalogue([], broken);
    expect(catalogue.templates.map((entry) => entry.id)).toEqual(['fine']);
    expect(catalogue.problems).toEqual([
      'Template “bad-comma.json” is not valid JSON at line 4, column 3. Fix: check for a missing comma, quote or bracket there.',
      'Template “missing-title.json”: field “items[1].title” is missing. Fix: add it, as text in double quotes.',
      'Template “no-business.json”: field “items” needs exactly one { "kind": "business" } entry, to mark where the items of business go. Fix: correct it and reopen the New meeting dialog.',
      'Template “wrong-numbering.json”: field “numbering” is not right. Fix: use one of "committee-prefix", "plain".',
    ]);
  });

  it.each([
    [{ name: 'X', items: [{ kind: 'business' }] }, 'field “formatVersion” is missing. Fix: set it to 1.'],
    [
      { formatVersion: 2, name: 'X', items: [{ kind: 'business' }] },
      'was made for a newer version of Minute Book (format 2). Fix: update Minute Book, or use a template made for this version (format 1).',
    ],
    [{ formatVersion: 1, name: 'X', items: {} }, 'field “items” is not right. Fix: make it a list in [ ].'],
    [
      { formatVersion: 1, name: 'X', heading: { present: 3 }, items: [{ kind: 'business' }] },
      'field “heading.present” is not right. Fix: make it text in double quotes.',
    ],
    [
      { formatVersion: 1, name: 'X', wording: { resolutionsHeading: ' ' }, items: [{ kind: 'business' }] },
      'field “wording.resolutionsHeading” is not right. Fix: write something in it: it may not be empty.',
    ],
    [
      { formatVersion: 1, name: 'X', items: [{ kind: 'standin', key: 'a', title: 'A' }, { kind: 'business' }] },
      'field “items[0].kind” is not right. Fix: give "kind" as "standing" or "business".',
    ],
    [
      [],
      'is not a template: it holds a list where an object in { } with "formatVersion", "name" and "items" belongs. Fix: start from a copy of templates/blank.json.',
    ],
  ])('tells missing from wrong and says how to fix it: %j', (json, expected) => {
    const parsed = parseTemplateText('t.json', JSON.stringify(json));
    expect(parsed.ok ? 'read' : parsed.problem).toContain(expected);
  });

  it('reads a template saved by Notepad with a byte order mark', () => {
    const text = `\uFEFF${shipped.find((file) => file.fileName === 'blank.json')!.text}`;
    expect(buildTemplateCatalogue([], [{ fileName: 'notepad.json', text }])).toMatchObject({ templates: [{ id: 'notepad' }], problems: [] });
  });

  it("lets a council's own template replace a shipped one of the same name", () => {
    const own = [
      {
        fileName: 'committee.json',
        text: shipped.find((file) => file.fileName === 'committee.json')!.text.replace('"name": "Committee"', '"name": "Bury committee"'),
      },
    ];
    const entry = buildTemplateCatalogue(shipped, own).templates.find((candidate) => candidate.id === 'committee');
    expect(entry).toMatchObject({ source: 'own', template: { name: 'Bury committee' } });
  });
});

describe('buildMeeting', () => {
  const build = (id: string, agendaItems: AgendaItemInput[] = [{ title: 'Draft Bury Children Services Improvement Plan', reportName: 'Improvement plan' }]) =>
    buildMeeting({
      committee,
      template: template(id),
      templateId: id,
      date: '2022-03-23',
      venue: 'Town Hall, Bury',
      startTime: '18:00',
      agendaItems,
      newItemId: () => `item-${++counter}`,
    });

  it("lays out seed 000's standing items around the items of business", () => {
    const { document } = build('committee');
    const items = document.content.root.children.filter((node) => node.type === 'agenda-item') as unknown as Array<{
      standing: string | null;
      reportName: string | null;
      children: Array<{ text: string }>;
    }>;
    expect(items.map((item) => [item.children[0]!.text, item.standing])).toEqual([
      ['Apologies for absence', 'apologies'],
      ['Declarations of interest', 'declarations'],
      ['Public questions', 'public-questions'],
      ['Member questions', 'member-questions'],
      ['Draft Bury Children Services Improvement Plan', null],
      ['Urgent business', 'urgent-business'],
    ]);
    expect(items[4]!.reportName).toBe('Improvement plan');
    expect(new Set(document.content.root.children.map((node) => (node as { itemId?: string }).itemId).filter(Boolean)).size).toBe(6);
  });

  it('snapshots the roster without retired people and carries quorum, glossary, wording and numbering', () => {
    const { document, committee: movedOn } = build('committee');
    expect(document.meeting).toMatchObject({
      councilName: 'Bury Council',
      committeeName: 'Children and Young People Scrutiny Committee',
      date: '2022-03-23',
      venue: 'Town Hall, Bury',
      startTime: '18:00',
      quorum: 3,
      numbering: { kind: 'prefixed', prefix: 'CYP', firstNumber: 12 },
      wording: { resolutionsHeading: 'It was agreed:' },
    });
    expect(document.meeting.roster.map((person) => person.name)).toEqual(['S Wright', 'C Boles']);
    expect(movedOn).toMatchObject({ lastMinuteNumber: 17, lastMeetingDate: '2022-03-23' });
  });

  it('ends every cabinet item of business with the three decision parts and words resolutions "Resolved:"', () => {
    const { document } = build('cabinet', [{ title: 'Children’s Services Improvement Programme', reportName: null }]);
    const types = document.content.root.children.map((node) =>
      node.type === 'cabinet-decision' ? `cabinet:${String((node as { part?: string }).part)}` : node.type,
    );
    const at = types.indexOf('cabinet:decision');
    expect(types.slice(at, at + 4)).toEqual(['cabinet:decision', 'cabinet:reasons', 'cabinet:alternatives', 'agenda-item']);
    expect(document.meeting.wording.resolutionsHeading).toBe('Resolved:');
  });

  it("prints the heading in the template's layout and words resolutions its way", () => {
    const { document } = build('parish-council');
    const meeting = { ...document.meeting, attendance: document.meeting.roster.map((person) => markAttendance(undefined, person.id, 'present')) };
    expect(buildMinutesHeading(meeting).slice(0, 3)).toEqual([
      { label: 'Minutes of the meeting of', text: 'Children and Young People Scrutiny Committee' },
      { label: 'Held on', text: '23 March 2022' },
      { label: 'Present:', text: 'Councillor S Wright (Chair)' },
    ]);
    expect(resolutionsHeading(meeting)).toBe('Resolved:');
    expect(resolutionsHeading(build('committee').document.meeting)).toBe('It was agreed:');
  });

  it('gives the meeting the committee’s contact officer unless the clerk gave another, and none when neither did', () => {
    const details = { template: template('committee'), templateId: 'committee', date: '2022-03-23', venue: '', startTime: '', agendaItems: [] };
    const withDefault = { ...committee, defaultContact: 'Alan Maher, Democratic Services' };
    expect(buildMeeting({ ...details, committee: withDefault, newItemId: () => `item-${++counter}` }).document.meeting.contact).toBe(
      'Alan Maher, Democratic Services',
    );
    expect(
      buildMeeting({ ...details, committee: withDefault, contact: 'Katy Brown Committee Officer', newItemId: () => `item-${++counter}` }).document.meeting
        .contact,
    ).toBe('Katy Brown Committee Officer');
    expect(build('committee').document.meeting).not.toHaveProperty('contact');
  });

  it('makes a document that saves and opens again unchanged', () => {
    const { document } = build('parish-council');
    const reopened = parseMinutesFile(new TextEncoder().encode(serializeMinutesDocument(document)));
    expect(reopened.ok && reopened.document).toEqual(document);
    expect(document.meeting.numbering).toEqual({ kind: 'plain' });
  });
});

describe('templateFromMeeting', () => {
  it("keeps a meeting's standing items and wording but not its own business", () => {
    const { document } = buildMeeting({
      committee,
      template: template('cabinet'),
      templateId: 'cabinet',
      date: '2022-04-06',
      venue: '',
      startTime: '',
      agendaItems: [{ title: 'Budget' }],
      newItemId: () => `item-${++counter}`,
    });
    const saved = templateFromMeeting('Our cabinet', '', document.meeting, document.content);
    expect(saved.items).toEqual(template('cabinet').items);
    expect(saved).toMatchObject({ businessItemEnding: 'cabinet-decision', numbering: 'committee-prefix', wording: { resolutionsHeading: 'Resolved:' } });
    expect(templateFromMeeting('Empty', '', createEmptyMeeting(), { root: { type: 'root', children: [] } }).items).toEqual([{ kind: 'business' }]);
  });
});

describe('agenda lines', () => {
  it('reads titles, report names, exempt paragraphs and numbering from pasted agenda lines', () => {
    expect(
      parseAgendaLines(
        '5. Draft Bury Children Services Improvement Plan — Report of the Executive Director\n\n• Acquisition of land at Chamberhall - Report of the Leader [exempt paragraph 3]\nUrgent business [Exempt 1]\nWork programme',
      ),
    ).toEqual([
      { title: 'Draft Bury Children Services Improvement Plan', reportName: 'Report of the Executive Director', exemptParagraph: null },
      { title: 'Acquisition of land at Chamberhall', reportName: 'Report of the Leader', exemptParagraph: '3' },
      { title: 'Urgent business', reportName: null, exemptParagraph: '1' },
      { title: 'Work programme', reportName: null, exemptParagraph: null },
    ]);
  });

  it('marks an exempt item on its agenda-item node', () => {
    const { document } = buildMeeting({
      committee,
      template: template('blank'),
      templateId: 'blank',
      date: '2022-03-23',
      venue: '',
      startTime: '',
      agendaItems: parseAgendaLines('Land sale [exempt 3]'),
      newItemId: () => `item-${++counter}`,
    });
    expect(document.content.root.children[0]).toMatchObject({ type: 'agenda-item', exemptParagraph: '3', children: [{ text: 'Land sale' }] });
  });
});
