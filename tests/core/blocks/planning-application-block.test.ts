// The planning application's one definition: its fields fall back to safe
// defaults, its parts read into the minutes model in order (conditions and
// reasons joining the decision before them), and its questions set the fields
// they name.
import { describe, expect, it } from 'vitest';
import {
  applicationSteps,
  decisionSteps,
  planningApplicationBlock,
  speakerSteps,
  titleNamesApplication,
} from '../../../core/blocks/planning-application-block';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { item, lexicalRoot, motionPart, para, planning, person } from '../../fixtures/export/lexical-builders';

const meeting = meetingSchema.parse({ ...createEmptyMeeting(), wording: { resolutionsHeading: 'Resolved –' } });
const blocksOf = (...nodes: Array<Record<string, unknown>>) =>
  readMinutes(lexicalRoot([item('Planning applications'), ...nodes]) as never, meeting).items[0]!.blocks;

describe('planning application fields', () => {
  it('fall back to defaults for anything missing or malformed, so an old or hand-edited file still opens', () => {
    expect(planningApplicationBlock.fields.parse({})).toEqual({
      part: 'application',
      reference: '',
      site: '',
      applicant: '',
      ward: '',
      recommendation: 'none',
      speakerRole: 'objector',
      speakerId: null,
      speakerName: '',
      decision: 'none',
    });
    expect(
      planningApplicationBlock.fields.parse({ part: 'verdict', reference: 23, decision: 'granted', speakerRole: 'heckler', recommendation: null }),
    ).toMatchObject({
      part: 'application',
      reference: '',
      decision: 'none',
      speakerRole: 'objector',
      recommendation: 'none',
    });
  });
});

describe('reading a planning application', () => {
  it('reads the application, its speakers and its decision with numbered conditions, in the order typed', () => {
    const blocks = blocksOf(
      planning('application', 'Single storey rear extension', {
        reference: '17/00340/FUL',
        site: '14 Nottingham Road',
        applicant: 'Mr A Khan',
        ward: 'Gotham',
        recommendation: 'approve-conditions',
      }),
      para('The officer presented the report.'),
      planning('speaker', 'She raised overlooking.', { speakerRole: 'objector', speakerName: 'Mrs J Lowe' }),
      planning('decision', '', { decision: 'approve-conditions' }),
      planning('condition', 'Begin within three years.'),
      planning('condition', 'Obscure glazing.'),
    );
    expect(blocks).toEqual([
      {
        kind: 'planning-application',
        application: {
          reference: '17/00340/FUL',
          site: '14 Nottingham Road',
          proposal: [{ text: 'Single storey rear extension' }],
          applicant: 'Mr A Khan',
          ward: 'Gotham',
          recommendation: 'approve-conditions',
        },
      },
      { kind: 'paragraph', text: [{ text: 'The officer presented the report.' }] },
      { kind: 'planning-speaker', role: 'objector', speaker: { personId: null, name: 'Mrs J Lowe' }, said: [{ text: 'She raised overlooking.' }] },
      {
        kind: 'planning-decision',
        label: 'Resolved –',
        reference: '17/00340/FUL',
        outcome: 'approve-conditions',
        wording: [],
        conditions: [[{ text: 'Begin within three years.' }], [{ text: 'Obscure glazing.' }]],
        reasons: [],
        motion: null,
      },
    ]);
  });

  it('keeps reasons typed without a decision as a decision with no outcome, so nothing typed is lost and the checks can ask', () => {
    const blocks = blocksOf(planning('application', 'Two dwellings', { reference: '23/01234/FUL' }), planning('reason', 'Harm to the green belt.'));
    expect(blocks[1]).toEqual({
      kind: 'planning-decision',
      label: 'Resolved –',
      reference: '23/01234/FUL',
      outcome: 'none',
      wording: [],
      conditions: [],
      reasons: [[{ text: 'Harm to the green belt.' }]],
      motion: null,
    });
  });
});

describe('a planning decision carried by a motion', () => {
  it('takes the motion directly before it as the motion that carried it, so they print as one', () => {
    const blocks = blocksOf(
      planning('application', 'School extension', { reference: '20/00094/FUL' }),
      motionPart('motion', '', { moverName: 'Councillor S Kelly', seconderName: 'Councillor B Berry', for: 7, against: 7, abstain: 0, castingVote: 'for' }),
      motionPart('resolution', ''),
      planning('decision', '', { decision: 'approve-agreement' }),
    );
    expect(blocks.map((block) => block.kind)).toEqual(['planning-application', 'planning-decision']);
    expect(blocks[1]).toMatchObject({
      motion: {
        moved: { mover: { name: 'Councillor S Kelly' }, counts: { for: 7, against: 7, abstain: 0 }, castingVote: 'for', result: 'carried' },
        amendments: [],
      },
    });
  });

  it('leaves a lost motion, or one with its own resolution, standing on its own', () => {
    const lost = blocksOf(
      motionPart('motion', 'That the application be approved', { for: 2, against: 5, abstain: 0 }),
      planning('decision', '', { decision: 'refuse' }),
    );
    expect(lost.map((block) => block.kind)).toEqual(['motion', 'planning-decision']);
    const resolved = blocksOf(
      motionPart('motion', '', { for: 5, against: 2, abstain: 0 }),
      motionPart('resolution', 'A site visit be held.'),
      planning('decision', '', { decision: 'defer' }),
    );
    expect(resolved.map((block) => block.kind)).toEqual(['motion', 'planning-decision']);
    expect(resolved[1]).toMatchObject({ motion: null });
  });
});

describe('planning questions', () => {
  it('ask for the reference (refusing a blank one), site, applicant, ward and recommendation', () => {
    const steps = applicationSteps({ reference: '', site: '', applicant: '', ward: '' });
    expect(steps.map((step) => step.label)).toEqual([
      'Application reference (e.g. 23/01234/FUL)',
      'Site address',
      'Applicant',
      'Ward',
      'Officer’s recommendation',
    ]);
    expect(steps[0]!.toPatch(' 23/01234/FUL ', null)).toEqual({ reference: '23/01234/FUL' });
    expect(steps[0]!.toPatch('  ', null)).toBeNull();
    expect(steps[4]!.toPatch('refuse', null)).toEqual({ recommendation: 'refuse' });
  });

  it('name a speaker from the roster or as typed, and offer the current decision first', () => {
    const roster = [{ ...person('boles', 'Councillor', 'C Boles', 'member'), role: 'member' as const }];
    const [role, name] = speakerSteps(roster as never, { speakerName: '' });
    expect(role!.toPatch('ward-member', null)).toEqual({ speakerRole: 'ward-member' });
    expect(name!.toPatch('Mrs J Lowe', null)).toEqual({ speakerId: null, speakerName: 'Mrs J Lowe' });
    const [decision] = decisionSteps({ decision: 'refuse' });
    expect(decision!.options![0]).toMatchObject({ value: 'refuse', label: 'Refused' });
    expect(decision!.toPatch('approve-agreement', null)).toEqual({ decision: 'approve-agreement' });
  });
});

describe('an item title naming a planning application', () => {
  it('is one that starts with the application’s reference', () => {
    for (const title of ['APP/20/00094: Land at Example School, Wirral', '23/01234/FUL 14 Mill Lane', 'DC/20/12345/FUL: Depot']) {
      expect(titleNamesApplication(title)).toBe(true);
    }
    for (const title of ['Planning Applications Received', 'Minutes of the meeting held on 21/02/2017', '2024/25 budget']) {
      expect(titleNamesApplication(title)).toBe(false);
    }
  });
});
