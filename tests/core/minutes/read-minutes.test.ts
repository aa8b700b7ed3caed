import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { lexicalStateSchema } from '../../../core/storage/lexical-state';

const content = lexicalStateSchema.parse(JSON.parse(readFileSync(path.join(__dirname, 'fixtures/all-blocks.json'), 'utf8')));
const meeting = meetingSchema.parse({ ...createEmptyMeeting(), numbering: { kind: 'prefixed', prefix: 'CYP', firstNumber: 12 } });

describe('readMinutes', () => {
  const minutes = readMinutes(content, meeting);
  const item = (id: string) => minutes.items.find((candidate) => candidate.id === id)!;

  it('numbers items from the meeting’s scheme in document order and keeps text before the first item', () => {
    expect(minutes.items.map((entry) => `${entry.number} ${entry.title}`)).toEqual([
      'CYP.12 APOLOGIES FOR ABSENCE',
      'CYP.13 DECLARATIONS OF INTEREST',
      'CYP.14 PUBLIC QUESTIONS',
      'CYP.15 MEMBER QUESTION',
      'CYP.16 DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN',
      "CYP.17 CHILDREN'S SERVICES IMPROVEMENT UPDATE",
      'CYP.18 URGENT BUSINESS',
    ]);
    expect(minutes.preamble).toEqual([{ kind: 'paragraph', text: [{ text: 'Present: as listed above.' }] }]);
  });

  it('gathers consecutive declarations into one register block', () => {
    expect(item('declarations').blocks).toEqual([
      {
        kind: 'declarations',
        entries: [
          {
            member: { personId: 'lancaster', name: 'Councillor Lancaster' },
            itemId: 'plan',
            kind: 'personal',
            reason: [{ text: 'as she is a member of Bury2gether.' }],
            leftRoom: false,
          },
          {
            member: { personId: 'wright', name: 'Councillor Wright' },
            itemId: null,
            kind: 'prejudicial',
            reason: [{ text: 'as his wife works with SEN Children in a local school.' }],
            leftRoom: true,
          },
        ],
      },
    ]);
  });

  it('reads standard statements, and keeps edited statement words as the clerk’s paragraph', () => {
    expect(item('public-questions').blocks).toEqual([{ kind: 'no-questions', audience: 'public' }]);
    expect(item('urgent').blocks[0]).toEqual({ kind: 'no-urgent-business' });
    expect(item('urgent').blocks[1]).toEqual({ kind: 'paragraph', text: [{ text: 'There were no declarations, as the chair reminded members.' }] });
  });

  it('joins a question with its response paragraphs', () => {
    expect(item('member-questions').blocks).toEqual([
      {
        kind: 'question',
        audience: 'member',
        askedBy: { personId: 'boles', name: 'Councillor Boles' },
        question: [{ text: 'When will car parking at Knowsley Place be resolved?' }],
        response: [{ text: 'The issues around car parking will be resolved.' }, { text: '\n' }, { text: 'By the summer.' }],
        respondent: { personId: 'tariq', name: 'Councillor Tariq' },
      },
    ]);
  });

  it('reads paragraphs with emphasis, lists, votes, resolutions and actions in order', () => {
    const [paragraph, list, vote, resolutions, action] = item('plan').blocks;
    expect(paragraph).toEqual({
      kind: 'paragraph',
      text: [{ text: 'Councillor Tariq', bold: true }, { text: ' presented the improvement plan to the Committee.' }],
    });
    // The nested point stays under the item it belongs to (not flattened into the list).
    expect(list).toEqual({
      kind: 'list',
      ordered: false,
      items: [[{ text: 'Recruitment and retention' }], [{ text: 'Caseloads' }]],
      sublists: [{ after: 1, ordered: false, items: [[{ text: 'Agency workers' }]] }],
    });
    expect(vote).toMatchObject({
      kind: 'vote',
      vote: {
        mover: { personId: 'wright', name: 'Councillor Wright' },
        seconder: { personId: null, name: 'Councillor Quinn' },
        counts: { for: 4, against: 4, abstain: 1 },
        castingVote: 'for',
        result: 'carried',
        recorded: null,
      },
    });
    expect(resolutions).toEqual({
      kind: 'resolutions',
      heading: 'It was agreed:',
      resolutions: [
        [{ text: 'An appendix explaining the abbreviations and acronyms used within the Improvement Plan to be created.' }],
        [{ text: 'Neurodiversity to be included within the Improvement Plan.' }],
      ],
    });
    expect(action).toEqual({
      kind: 'action',
      action: {
        id: 'a1',
        owner: { personId: 'richards', name: 'Jeanette Richards' },
        description: [{ text: 'to provide the cost of the recruitment campaign video.' }],
        due: '2022-04-30',
      },
    });
  });

  it('reads a planning application’s parts, a motion and a withdrawal after the item’s action, each as one block kind', () => {
    expect(
      item('plan')
        .blocks.slice(5)
        .map((block) => block.kind),
    ).toEqual(['planning-application', 'planning-speaker', 'planning-speaker', 'planning-decision', 'motion', 'withdrawal']);
    expect(item('plan').blocks[8]).toMatchObject({
      outcome: 'approve-conditions',
      conditions: [[{ text: 'The development shall begin within three years.' }], [{ text: 'Obscure glazing to the side window.' }]],
    });
    expect(item('plan').blocks[9]).toMatchObject({
      moved: { result: 'carried' },
      amendments: [{ result: 'lost' }],
      resolution: [[{ text: 'The plan be adopted.' }]],
    });
    expect(item('plan').blocks[10]).toEqual({
      kind: 'withdrawal',
      member: { personId: 'wright', name: 'Councillor Wright' },
      reason: [{ text: 'He had declared a prejudicial interest.' }],
      returned: true,
    });
  });

  it('reads a cabinet decision’s three parts and the item’s exempt and urgent flags', () => {
    expect(item('cabinet')).toMatchObject({ exempt: { paragraph: '3' }, urgent: false });
    expect(item('cabinet').blocks).toEqual([
      {
        kind: 'cabinet-decision',
        decision: [[{ text: 'Cabinet noted the update.' }]],
        reasons: [[{ text: 'This update was provided in response to a resolution of Council.' }]],
        alternatives: [[{ text: 'N/A' }]],
      },
    ]);
    expect(item('urgent').urgent).toBe(true);
  });

  it('keeps the words of unknown nodes and reads the close', () => {
    expect(item('urgent').blocks[2]).toEqual({ kind: 'paragraph', text: [{ text: 'Words in a node from a newer version.' }] });
    expect(minutes.close).toEqual({ chair: { personId: 'wright', name: 'Councillor S Wright' }, startedAt: '17:30', endedAt: '18:45' });
  });

  it('uses the template’s resolutions heading for resolutions typed without a heading', () => {
    const bare = {
      root: { type: 'root' as const, children: [{ type: 'resolution', version: 1, children: [{ type: 'text', version: 1, text: 'Noted.', format: 0 }] }] },
    };
    const withWording = meetingSchema.parse({ ...createEmptyMeeting(), wording: { resolutionsHeading: 'Resolved:' } });
    expect(readMinutes(bare, withWording).preamble).toEqual([{ kind: 'resolutions', heading: 'Resolved:', resolutions: [[{ text: 'Noted.' }]] }]);
    expect(readMinutes(bare, createEmptyMeeting()).preamble[0]).toMatchObject({ heading: 'It was agreed:' });
  });
});

describe('readMinutes: actions between resolutions', () => {
  const text = (value: string) => [{ type: 'text', version: 1, text: value, format: 0 }];
  const node = (type: string, value: string, extra: Record<string, unknown> = {}) => ({ type, version: 1, children: text(value), ...extra });

  it('keeps numbering resolutions across an action arising between them', () => {
    const content = {
      root: {
        type: 'root' as const,
        children: [
          node('resolutions-heading', 'It was agreed:'),
          node('resolution', 'First.'),
          node('action', 'Do the first thing.', { actionId: 'a', ownerName: 'Kelly Barnett' }),
          node('resolution', 'Second.'),
          node('paragraph', 'A later discussion.'),
          node('resolution', 'A new run.'),
        ],
      },
    };
    const blocks = readMinutes(content, createEmptyMeeting()).preamble;
    expect(blocks.map((block) => block.kind)).toEqual(['resolutions', 'action', 'paragraph', 'resolutions']);
    expect(blocks[0]).toMatchObject({ resolutions: [[{ text: 'First.' }], [{ text: 'Second.' }]] });
    expect(blocks[3]).toMatchObject({ heading: 'It was agreed:', resolutions: [[{ text: 'A new run.' }]] });
  });
});

describe('readMinutes: apologies', () => {
  it('gathers apologies into one block, and reads "no apologies"', () => {
    const text = (value: string) => (value ? [{ type: 'text', version: 1, text: value, format: 0 }] : []);
    const content = {
      root: {
        type: 'root' as const,
        children: [
          { type: 'apology', version: 1, children: text('school exams'), personId: 'murphy', name: 'Georgia Murphy — Youth Cabinet Chair' },
          { type: 'apology', version: 1, children: text(''), personId: 'boles', name: 'Councillor Boles' },
          { type: 'minutes-statement', version: 1, children: text('There were no apologies for absence.'), statement: 'no-apologies' },
        ],
      },
    };
    expect(readMinutes(content, createEmptyMeeting()).preamble).toEqual([
      {
        kind: 'apologies',
        entries: [
          { person: { personId: 'murphy', name: 'Georgia Murphy — Youth Cabinet Chair' }, reason: 'school exams' },
          { person: { personId: 'boles', name: 'Councillor Boles' }, reason: '' },
        ],
      },
      { kind: 'apologies', entries: [] },
    ]);
  });
});
