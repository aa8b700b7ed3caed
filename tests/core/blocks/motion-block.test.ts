// The motion's one definition: the vote block's fields with a part, read
// into one motion block whose amendments and resolution join it when they
// follow it directly; its questions are the vote block's, split between
// moving (mover, seconder) and putting the question (counts, casting vote).
import { describe, expect, it } from 'vitest';
import { motionBlock, movedSteps, votingSteps } from '../../../core/blocks/motion-block';
import { voteBlock } from '../../../core/blocks/vote-block';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { item, lexicalRoot, motionPart, para } from '../../fixtures/export/lexical-builders';

const meeting = meetingSchema.parse({ ...createEmptyMeeting(), wording: { resolutionsHeading: 'Resolved –' } });
const blocksOf = (...nodes: Array<Record<string, unknown>>) => readMinutes(lexicalRoot([item('Motion'), ...nodes]) as never, meeting).items[0]!.blocks;

describe('motion fields', () => {
  it('are the vote block’s fields and a part, with the same fallbacks', () => {
    const { part, ...vote } = motionBlock.fields.parse({ part: 'nonsense', for: -3, castingVote: 'abstain' });
    expect(part).toBe('motion');
    expect(vote).toEqual(voteBlock.fields.parse({ for: -3, castingVote: 'abstain' }));
  });
});

describe('reading a motion', () => {
  it('joins the amendments and resolution that follow it, each vote read as the vote block reads one', () => {
    const [motion, after] = blocksOf(
      motionPart('motion', 'That the report be noted', { moverName: 'Councillor Kelly', seconderName: 'Councillor Berry', for: 6, against: 2, abstain: 0 }),
      motionPart('amendment', 'To add a review', { moverName: 'Councillor Frost', for: 3, against: 5, abstain: 0 }),
      motionPart('resolution', 'The report be noted.'),
      motionPart('resolution', 'A review be held.'),
      para('The Chair thanked officers.'),
    );
    expect(motion).toMatchObject({
      kind: 'motion',
      label: 'Resolved –',
      moved: { motion: [{ text: 'That the report be noted' }], mover: { name: 'Councillor Kelly' }, seconder: { name: 'Councillor Berry' }, result: 'carried' },
      amendments: [
        {
          motion: [{ text: 'To add a review' }],
          mover: { name: 'Councillor Frost' },
          seconder: null,
          counts: { for: 3, against: 5, abstain: 0 },
          result: 'lost',
        },
      ],
      resolution: [[{ text: 'The report be noted.' }], [{ text: 'A review be held.' }]],
    });
    expect(after).toEqual({ kind: 'paragraph', text: [{ text: 'The Chair thanked officers.' }] });
  });

  it('keeps a resolution that follows no motion in a motion of its own, so nothing typed is lost', () => {
    const [, orphan] = blocksOf(para('Members debated.'), motionPart('resolution', 'The site be sold.', { moverName: 'ignored' }));
    expect(orphan).toMatchObject({
      kind: 'motion',
      moved: { motion: [], mover: null, seconder: null },
      amendments: [],
      resolution: [[{ text: 'The site be sold.' }]],
    });
  });
});

describe('motion questions', () => {
  it('ask for the mover and seconder when moved, and for the figures and casting vote when put', () => {
    expect(movedSteps([]).map((step) => step.label)).toEqual(['Moved by', 'Seconded by']);
    expect(votingSteps([], motionBlock.fields.parse({}), null).map((step) => step.label)).toEqual([
      'Votes for',
      'Votes against',
      'Abstentions',
      'Chair’s casting vote (only on a tie)',
    ]);
  });
});
