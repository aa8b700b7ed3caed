// Checks on a motion: what was moved must be said; its figures and each
// amendment's add up by the vote block's own rules; a resolution under a
// motion the figures say was lost holds back the public version; parts that
// follow no motion are pointed out.
import { describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../core/checks/minutes-checks';
import { blocksPublicVersion } from '../../../core/checks/publication-blockers';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { item, lexicalRoot, motionPart, para, person } from '../../fixtures/export/lexical-builders';

const meeting = meetingSchema.parse({
  ...createEmptyMeeting(),
  roster: [
    person('kelly', 'Councillor', 'S Kelly', 'chair'),
    person('berry', 'Councillor', 'B Berry', 'member'),
    person('frost', 'Councillor', 'S Frost', 'member'),
  ],
  attendance: [
    { personId: 'kelly', status: 'present' },
    { personId: 'berry', status: 'present' },
    { personId: 'frost', status: 'present' },
  ],
});
const movers = { moverId: 'kelly', moverName: 'Councillor Kelly', seconderId: 'berry', seconderName: 'Councillor Berry' };
const warningsOf = (...nodes: Array<Record<string, unknown>>) =>
  checkMinutes(meeting, readMinutes(lexicalRoot([item('Motion'), ...nodes]) as never, meeting))
    .filter((warning) => warning.kind !== 'empty-item')
    .map((warning) => [warning.kind, warning.message, blocksPublicVersion(warning)]);

describe('motion checks', () => {
  it('ask what was moved', () => {
    expect(warningsOf(motionPart('motion', '', movers))).toEqual([
      ['vote-motion', 'This motion does not say what was moved: type the motion after “Motion” (Ctrl+Alt+O), or the resolution it carried.', true],
    ]);
    expect(warningsOf(motionPart('motion', '', movers), motionPart('resolution', 'The report be noted.'))).toEqual([]);
  });

  it('check the motion’s and each amendment’s figures by the vote block’s rules', () => {
    expect(
      warningsOf(
        motionPart('motion', 'That the report be noted', { ...movers, for: 3, against: 2, abstain: 0 }),
        motionPart('amendment', 'To add a review', { for: 1, against: 1, abstain: 0, castingVote: 'against' }),
      ),
    ).toEqual([['vote-counts', 'Vote on the motion: 5 votes were counted but only 3 voting members were present.', false]]);
    expect(warningsOf(motionPart('motion', 'That the report be noted', { ...movers, for: 2, against: 1, abstain: 0, castingVote: 'for' }))).toEqual([
      ['vote-counts', 'Vote on the motion: a casting vote is recorded but the vote was not tied.', false],
    ]);
    expect(
      warningsOf(motionPart('motion', 'That the report be noted', movers), motionPart('amendment', 'To add a review', { for: 2, against: 2, abstain: 1 })),
    ).toEqual([['vote-counts', 'Vote on amendment 1: 5 votes were counted but only 3 voting members were present.', false]]);
  });

  it('hold back a resolution recorded under a motion that was lost', () => {
    expect(
      warningsOf(motionPart('motion', 'That the site be sold', { ...movers, for: 1, against: 2, abstain: 0 }), motionPart('resolution', 'The site be sold.')),
    ).toEqual([
      [
        'motion-result',
        'A resolution is recorded under a motion the vote says was lost: check the figures and the casting vote, or delete the resolution.',
        true,
      ],
    ]);
    // Agreed by assent: a resolution with no figures is not a lost motion.
    expect(warningsOf(motionPart('motion', 'That the site be sold', movers), motionPart('resolution', 'The site be sold.'))).toEqual([]);
  });

  it('point out an amendment or resolution that follows no motion', () => {
    expect(warningsOf(para('Members debated.'), motionPart('resolution', 'The site be sold.')).map(([kind]) => kind)).toEqual(['motion-order']);
  });
});
