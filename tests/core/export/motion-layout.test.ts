// A motion in the exported minutes, in the order and words of the house style:
// the app's own (the vote block's wording, the template's label), Wirral's
// "On a motion by … it was – Resolved (7:7 and on the chair's casting vote) –
// that …" and Gotham's "PROPOSED: … SECONDED: …. Vote: Four in favour, one
// abstention." Amendments print with their own movers and result; a vote not
// counted prints no result.
import { describe, expect, it } from 'vitest';
import { motionBlocks } from '../../../core/export/motion-layout';
import { runsText, type LayoutBlock } from '../../../core/export/layout-model';
import { shippedHouseStyles } from '../../../core/house-style/shipped-house-styles';
import { readMinutes } from '../../../core/minutes/read-minutes';
import type { MinuteBlock } from '../../../core/minutes/minutes-model';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { item, lexicalRoot, motionPart, para } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { layoutOf } from './export-test-kit';

const style = (id: string) => shippedHouseStyles().styles.find((entry) => entry.id === id)!.style;
const kelly = { moverId: 'kelly', moverName: 'Councillor S Kelly', seconderId: 'berry', seconderName: 'Councillor B Berry' };

function motionOf(nodes: Array<Record<string, unknown>>, label = 'Resolved –'): Extract<MinuteBlock, { kind: 'motion' }> {
  const meeting = meetingSchema.parse({ ...createEmptyMeeting(), wording: { resolutionsHeading: label } });
  const [block] = readMinutes(lexicalRoot([item('Application'), ...nodes]) as never, meeting).items[0]!.blocks;
  if (block?.kind !== 'motion') throw new Error('not read as a motion');
  return block;
}

const lines = (blocks: LayoutBlock[]) =>
  blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [runsText(block.runs)]
      : block.kind === 'list'
        ? block.items.map((entry, index) => `${block.ordered ? `${index + 1}. ` : '• '}${runsText(entry)}`)
        : [],
  );

const tied = { for: 7, against: 7, abstain: 0, castingVote: 'for' };

describe('a motion in the export', () => {
  it('reads as Wirral prints it: the movers lead into the resolution, with the vote inside its label', () => {
    const motion = motionOf([
      motionPart('motion', '', { ...kelly, ...tied }),
      motionPart('resolution', 'that the application be approved subject to a 106 legal agreement and the following conditions:'),
    ]);
    expect(lines(motionBlocks(motion, style('wirral-planning')))).toEqual([
      'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was –',
      'Resolved (7:7 and on the chair’s casting vote) – that the application be approved subject to a 106 legal agreement and the following conditions:',
    ]);
  });

  it('puts the amendments before “On a motion by … it was –”, which leads straight into the resolution', () => {
    const motion = motionOf([
      motionPart('motion', '', { ...kelly, for: 8, against: 6, abstain: 0 }),
      motionPart('amendment', 'To defer for a site visit', {
        moverName: 'Councillor G Davies',
        seconderName: 'Councillor S Frost',
        for: 6,
        against: 8,
        abstain: 0,
      }),
      motionPart('resolution', 'that the application be approved.'),
    ]);
    expect(lines(motionBlocks(motion, style('wirral-planning')))).toEqual([
      'An amendment was moved by Councillor G Davies and seconded by Councillor S Frost: To defer for a site visit.',
      'On being put to the vote, the amendment was lost (6 for, 8 against).',
      'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was –',
      'Resolved (8:6) – that the application be approved.',
    ]);
  });

  it('reads as Gotham prints it: proposed, seconded, the vote in words, then the resolution', () => {
    const motion = motionOf([
      motionPart('motion', '', { moverName: 'J.P. Anderson', seconderName: 'M.Wilkins', for: 4, against: 0, abstain: 1 }),
      motionPart('resolution', 'That the Council raises no objection.'),
    ]);
    expect(lines(motionBlocks(motion, style('gotham-parish-planning')))).toEqual([
      'PROPOSED: J.P. Anderson SECONDED: M.Wilkins.',
      'Vote: Four in favour, one abstention.',
      'RESOLVED: That the Council raises no objection.',
    ]);
  });

  it('prints amendments with their own movers and result before the vote on the motion, in the app’s own wording without a house style', () => {
    const motion = motionOf(
      [
        motionPart('motion', 'That the report be noted', { ...kelly, for: 6, against: 2, abstain: 0 }),
        motionPart('amendment', 'To add “and reviewed in six months”', {
          moverName: 'Councillor G Davies',
          seconderName: 'Councillor S Frost',
          for: 3,
          against: 5,
          abstain: 0,
        }),
        motionPart('resolution', 'The report be noted.'),
      ],
      'It was agreed:',
    );
    expect(lines(motionBlocks(motion, null))).toEqual([
      'Moved by Councillor S Kelly, seconded by Councillor B Berry: That the report be noted.',
      'An amendment was moved by Councillor G Davies and seconded by Councillor S Frost: To add “and reviewed in six months”.',
      'On being put to the vote, the amendment was lost (For 3, Against 5, Abstentions 0).',
      'On being put to the vote, the motion was carried (For 6, Against 2, Abstentions 0).',
      'It was agreed:',
      '1. The report be noted.',
    ]);
  });

  it('uses a carried motion’s own words as the resolution when none was typed, and says a lost motion was lost', () => {
    const carried = motionOf([motionPart('motion', 'that the site be acquired', { ...kelly, for: 8, against: 0, abstain: 0 })]);
    expect(lines(motionBlocks(carried, style('wirral-planning')))).toEqual([
      'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was –',
      'Resolved (unanimously) – that the site be acquired.',
    ]);
    const lost = motionOf([motionPart('motion', 'that the site be acquired', { ...kelly, for: 5, against: 9, abstain: 0 })]);
    expect(lines(motionBlocks(lost, style('wirral-planning')))).toEqual([
      'that the site be acquired.',
      'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was –',
      'The motion was lost (5:9).',
    ]);
  });

  it('prints no result for a motion not yet counted, and a named vote with the names', () => {
    const uncounted = motionOf([motionPart('motion', 'That the item be deferred', kelly)]);
    expect(lines(motionBlocks(uncounted, null))).toEqual(['Moved by Councillor S Kelly, seconded by Councillor B Berry: That the item be deferred.']);
    const named = motionOf([
      motionPart('motion', 'That the item be deferred', {
        ...kelly,
        recorded: [
          { personId: 'kelly', name: 'Councillor Kelly', choice: 'for' },
          { personId: 'berry', name: 'Councillor Berry', choice: 'for' },
          { personId: 'frost', name: 'Councillor Frost', choice: 'against' },
        ],
      }),
    ]);
    expect(lines(motionBlocks(named, null))).toContain(
      'A recorded vote was taken. For: Councillor Kelly and Councillor Berry. Against: Councillor Frost. Abstaining: none.',
    );
  });

  it('is laid out in the exported minutes where it was typed, its parts together', () => {
    const document = {
      ...seed003Document(),
      content: lexicalRoot([
        item('Pyramid Park'),
        para('Members debated the offer.'),
        motionPart('motion', 'That the site be acquired', { ...kelly, for: 4, against: 1, abstain: 0 }),
        motionPart('resolution', 'The site be acquired.'),
        para('The Chair thanked officers.'),
      ]),
    };
    const text = lines(layoutOf(document).sections.flatMap((section) => section.blocks));
    const from = text.indexOf('Members debated the offer.');
    expect(text.slice(from, from + 6)).toEqual([
      'Members debated the offer.',
      'Moved by Councillor S Kelly, seconded by Councillor B Berry: That the site be acquired.',
      'On being put to the vote, the motion was carried (For 4, Against 1, Abstentions 0).',
      'It was agreed:',
      '1. The site be acquired.',
      'The Chair thanked officers.',
    ]);
  });
});
