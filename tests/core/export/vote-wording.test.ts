// The vote in exported minutes reads as a sentence a council publishes:
// "On being put to the vote, the motion was carried (For 4, Against 0,
// Abstentions 0)." — not the page's note-like "For 4, against 0, abstentions 0: carried."
import { describe, expect, it } from 'vitest';
import { runsText } from '../../../core/export/layout-model';
import { item, lexicalRoot, vote } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { layoutOf } from './export-test-kit';

function printedVote(counts: { for: number; against: number; abstain: number }, castingVote: 'for' | 'against' | null = null) {
  const motion = { ...vote('That the site be acquired.', counts), castingVote };
  const blocks = layoutOf({ ...seed003Document(), content: lexicalRoot([item('Pyramid Park'), motion]) }).sections.flatMap((section) => section.blocks);
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [runsText(block.runs)] : []));
}

describe('the vote in the export', () => {
  it('says the motion was carried or lost, then the figures', () => {
    expect(printedVote({ for: 4, against: 0, abstain: 0 })).toEqual([
      'That the site be acquired.',
      'On being put to the vote, the motion was carried (For 4, Against 0, Abstentions 0).',
    ]);
    expect(printedVote({ for: 1, against: 3, abstain: 1 })).toContain('On being put to the vote, the motion was lost (For 1, Against 3, Abstentions 1).');
  });

  it('names the chair’s casting vote on a tie', () => {
    expect(printedVote({ for: 2, against: 2, abstain: 0 }, 'for')).toContain(
      'On being put to the vote, the motion was carried on the chair’s casting vote (For 2, Against 2, Abstentions 0).',
    );
    expect(printedVote({ for: 2, against: 2, abstain: 0 }, 'against')).toContain(
      'On being put to the vote, the motion was lost on the chair’s casting vote (For 2, Against 2, Abstentions 0).',
    );
  });
});
