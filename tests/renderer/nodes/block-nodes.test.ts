// @vitest-environment jsdom
// Every block node survives JSON and HTML round trips with all its fields,
// and JSON written by an older version (fields missing) still loads.
import { describe, expect, it } from 'vitest';
import { textJson } from '../../../core/minutes/serialized-nodes';
import { roundTripHtml, roundTripJson } from './node-harness';

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const;
const withText = (text: string) => ({ children: [textJson(text)] });

const blocks: Record<string, Record<string, unknown>> = {
  declaration: {
    type: 'declaration',
    ...element,
    ...withText('as she is a member of Bury2gether.'),
    memberId: 'p-lancaster',
    memberName: 'Councillor Lancaster',
    itemId: 'item-3',
    kind: 'prejudicial',
    leftRoom: true,
  },
  apology: { type: 'apology', ...element, ...withText('school exams'), personId: 'murphy', name: 'Georgia Murphy — Youth Cabinet Chair' },
  statement: { type: 'minutes-statement', ...element, ...withText('There were no public questions.'), statement: 'no-public-questions' },
  question: {
    type: 'question',
    ...element,
    ...withText('When will the car park reopen?'),
    questionId: 'q-1',
    part: 'response',
    audience: 'member',
    askedById: 'p-1',
    askedByName: 'Councillor Boles',
    respondentId: 'p-2',
    respondentName: 'Jeanette Richards',
  },
  resolutionsHeading: { type: 'resolutions-heading', ...element, ...withText('It was agreed:'), style: 'bulleted' },
  resolution: { type: 'resolution', ...element, ...withText('Neurodiversity to be included within the Improvement Plan.') },
  cabinet: { type: 'cabinet-decision', ...element, ...withText('Cabinet noted the update.'), part: 'reasons', keyDecision: 'not-recorded' },
  vote: {
    type: 'vote',
    ...element,
    ...withText('That the plan be sent to all councillors.'),
    moverId: 'p-1',
    moverName: 'Councillor Wright',
    seconderId: null,
    seconderName: 'Councillor Quinn',
    for: 4,
    against: 4,
    abstain: 1,
    recorded: [{ personId: 'p-1', name: 'Councillor Wright', choice: 'for' }],
    castingVote: 'for',
  },
  action: {
    type: 'action',
    ...element,
    ...withText('provide the cost of the recruitment campaign video.'),
    actionId: 'a-1',
    ownerId: 'p-2',
    ownerName: 'Jeanette Richards',
    due: '2022-04-30',
  },
  planningApplication: {
    type: 'planning-application',
    ...element,
    ...withText('Single storey rear extension'),
    part: 'application',
    reference: '17/00340/FUL',
    site: '14 Nottingham Road, Gotham',
    applicant: 'Mr A Khan',
    ward: 'Gotham',
    recommendation: 'approve-conditions',
    speakerRole: 'objector',
    speakerId: null,
    speakerName: '',
    decision: 'none',
  },
  planningSpeaker: {
    type: 'planning-application',
    ...element,
    ...withText('She was concerned about overlooking.'),
    part: 'speaker',
    reference: '',
    site: '',
    applicant: '',
    ward: '',
    recommendation: 'none',
    speakerRole: 'ward-member',
    speakerId: 'p-1',
    speakerName: 'Councillor Boles',
    decision: 'none',
  },
  motionAmendment: {
    type: 'motion',
    ...element,
    ...withText('To add a review in six months.'),
    moverId: 'p-1',
    moverName: 'Councillor Boles',
    seconderId: null,
    seconderName: 'Councillor Quinn',
    for: 2,
    against: 5,
    abstain: 0,
    recorded: null,
    castingVote: null,
    part: 'amendment',
  },
  withdrawal: {
    type: 'withdrawal',
    ...element,
    ...withText('He had declared a prejudicial interest.'),
    memberId: 'p-2',
    memberName: 'Councillor Foulkes',
    returned: false,
  },
  close: { type: 'meeting-close', version: 1, chairId: 'p-1', chairName: 'Councillor S Wright', startedAt: '17:30', endedAt: '18:45' },
};

describe('block nodes', () => {
  for (const [name, json] of Object.entries(blocks)) {
    it(`${name} round-trips through JSON unchanged`, () => {
      const [written] = roundTripJson([json]) as Array<Record<string, unknown>>;
      expect(written).toEqual(json);
    });
    it(`${name} re-imports from its HTML as the same node`, () => {
      const { children } = roundTripHtml([json]);
      const [imported] = children as Array<Record<string, unknown>>;
      // HTML import does not carry text direction; everything else must match.
      const { direction: _ignored, ...expected } = json;
      expect(imported).toMatchObject(expected);
    });
  }

  it('a cabinet decision part shows what the clerk said about a key decision beside its heading, and nothing until then', () => {
    expect(roundTripHtml([{ ...blocks.cabinet, part: 'decision', keyDecision: 'not-key' }]).html).toContain('data-heading="Decision (not a key decision):"');
    expect(roundTripHtml([{ ...blocks.cabinet, keyDecision: 'key' }]).html).toContain('data-heading="Reasons for the decision (a key decision):"');
    expect(roundTripHtml([blocks.cabinet]).html).toContain('data-heading="Reasons for the decision:"');
  });

  it('the vote shows a result computed from its counts', () => {
    const { html } = roundTripHtml([blocks.vote]);
    // Recorded vote wins: one named vote for, none against.
    expect(html).toContain('data-result="carried"');
    // Counts that lose: lost without names; beside the named list the names decide.
    const lostCounts = { ...blocks.vote, for: 1, against: 5, abstain: 0, castingVote: null };
    expect(roundTripHtml([{ ...lostCounts, recorded: null }]).html).toContain('data-result="lost"');
    const named = roundTripHtml([lostCounts]).html;
    expect(named).toContain('data-result="carried"');
    expect(named).toContain('For 1, against 0, abstentions 0: carried.');
  });

  it('loads blocks written by an older version with fields missing, using safe defaults', () => {
    const old = [
      { type: 'declaration', ...element, ...withText('as a school governor.'), memberName: 'Councillor Boles', kind: 'disclosable-pecuniary' },
      { type: 'vote', ...element, ...withText('That the report be noted.'), for: 3, against: 'lots' },
      { type: 'action', ...element, ...withText('circulate the slides'), due: '30/04/2022' },
      { type: 'meeting-close', version: 1, startedAt: '5.30pm' },
    ];
    const [declaration, vote, action, close] = roundTripJson(old) as Array<Record<string, unknown>>;
    expect(declaration).toMatchObject({ memberId: null, memberName: 'Councillor Boles', kind: 'disclosable-pecuniary', leftRoom: true, itemId: null });
    expect(vote).toMatchObject({ for: 3, against: 0, abstain: 0, recorded: null, castingVote: null });
    expect(action).toMatchObject({ ownerName: '', due: null });
    expect(action?.actionId).toMatch(/\S/); // a new id, so the action log can tell it from others
    expect(close).toMatchObject({ startedAt: null, endedAt: null, chairName: '' });
  });

  it('loads a motion written before any vote was taken, and shows an amendment’s movers and result', () => {
    const [resolution] = roundTripJson([{ type: 'motion', ...element, ...withText('The plan be adopted.'), part: 'resolution' }]) as Array<
      Record<string, unknown>
    >;
    expect(resolution).toMatchObject({ part: 'resolution', for: 0, recorded: null, castingVote: null, moverName: '' });
    const { html } = roundTripHtml([blocks.motionAmendment]);
    expect(html).toContain('data-lead="Amendment (moved by Councillor Boles, seconded by Councillor Quinn):"');
    expect(html).toContain('data-summary="For 2, against 5, abstentions 0: lost."');
  });

  it('loads a withdrawal with no return recorded as one who came back, and shows the sentence the minutes print', () => {
    const [old] = roundTripJson([{ type: 'withdrawal', ...element, memberName: 'Councillor Foulkes' }]) as Array<Record<string, unknown>>;
    expect(old).toMatchObject({ memberId: null, returned: true });
    expect(roundTripHtml([blocks.withdrawal]).html).toContain('data-lead="Councillor Foulkes left the meeting during this item and did not return."');
  });

  it('loads a planning part with only some fields, and shows the application’s details and a speaker as the export words them', () => {
    const [condition] = roundTripJson([{ type: 'planning-application', ...element, ...withText('Begin within three years.'), part: 'condition' }]) as Array<
      Record<string, unknown>
    >;
    expect(condition).toMatchObject({ part: 'condition', reference: '', decision: 'none', speakerRole: 'objector' });
    const { html } = roundTripHtml([blocks.planningApplication, blocks.planningSpeaker]);
    expect(html).toContain('data-lead="Application 17/00340/FUL, 14 Nottingham Road, Gotham – proposal:"');
    expect(html).toContain('data-details="(Applicant: Mr A Khan; Ward: Gotham; Officer’s recommendation: Approve subject to conditions)"');
    expect(html).toContain('data-lead="Councillor Boles (ward member) addressed the Committee."');
  });
});
