// Comparing two versions block by block: added, removed and changed blocks,
// words within changed blocks, items matched by id when they move.
import { describe, expect, it } from 'vitest';
import { compareVersions, type BlockComparison } from '../../../core/review/compare-versions';
import type { LexicalState } from '../../../core/storage/lexical-state';
import { cabinetMinutes, contentOf, type Part } from './review-fixtures';

const summary = (blocks: BlockComparison[]) => blocks.map((block) => `${block.change}: ${block.after ?? block.before}`);
const marked = (block: BlockComparison) =>
  block.words.map((w) => (w.change === 'same' ? w.text : w.change === 'added' ? `[+${w.text}]` : `[-${w.text}]`)).join('');

describe('compareVersions', () => {
  it('finds nothing changed between identical versions', () => {
    const result = compareVersions(contentOf(cabinetMinutes), contentOf(cabinetMinutes));
    expect(result.counts).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(result.items.map((item) => [item.itemId, item.change])).toEqual([
      ['a1', 'same'],
      ['a2', 'same'],
      ['a3', 'same'],
    ]);
  });

  it('marks added, removed and changed blocks, and the words changed inside a block', () => {
    const after: Part[] = [
      cabinetMinutes[0]!,
      cabinetMinutes[1]!,
      'Councillor Khan also sent apologies.',
      cabinetMinutes[2]!,
      'The Cabinet Member for Housing introduced the report on rent levels for 2022/23.',
      cabinetMinutes[5]!,
    ];
    const result = compareVersions(contentOf(cabinetMinutes), contentOf(after));
    const [apologies, housing, urgent] = result.items;
    expect(summary(apologies!.blocks)).toEqual(['same: Apologies were received from Councillor Smith.', 'added: Councillor Khan also sent apologies.']);
    expect(housing!.change).toBe('changed');
    expect(summary(housing!.blocks)).toEqual([
      'changed: The Cabinet Member for Housing introduced the report on rent levels for 2022/23.',
      'removed: Members asked whether the increase would affect tenants on universal credit.',
    ]);
    expect(marked(housing!.blocks[0]!)).toBe('The Cabinet Member for Housing [-presented][+introduced] the report on rent levels for 2022/23.');
    expect(urgent).toMatchObject({ itemId: 'a3', change: 'changed' });
    expect(summary(urgent!.blocks)).toEqual(['removed: There was no urgent business.']);
    expect(result.counts).toEqual({ added: 1, removed: 2, changed: 1 });
  });

  it('matches items by id when they are reordered, and shows a retitled item', () => {
    const after: Part[] = [
      cabinetMinutes[2]!,
      ...cabinetMinutes.slice(3, 5),
      { item: 'a1', title: 'Apologies' },
      cabinetMinutes[1]!,
      ...cabinetMinutes.slice(5),
    ];
    const result = compareVersions(contentOf(cabinetMinutes), contentOf(after));
    expect(result.items.map((item) => [item.itemId, item.change])).toEqual([
      ['a2', 'same'],
      ['a1', 'changed'],
      ['a3', 'same'],
    ]);
    expect(result.items[1]!.titleWords?.filter((w) => w.change !== 'same').map((w) => w.change + w.text)).toEqual(['removed for absence']);
  });

  it('shows a changed detail held outside the text, such as a vote count', () => {
    const withVote = (forCount: number): LexicalState => {
      const content = contentOf([{ item: 'a1', title: 'Budget' }]);
      content.root.children.push({ type: 'vote', version: 1, forCount, againstCount: 2, children: [] });
      return content;
    };
    const block = compareVersions(withVote(7), withVote(8)).items[0]!.blocks[0]!;
    expect(block.change).toBe('changed');
    expect(block.details).toEqual({ before: 'forCount: 7; againstCount: 2', after: 'forCount: 8; againstCount: 2' });
  });

  it('shows a whole item removed or added', () => {
    const result = compareVersions(contentOf(cabinetMinutes), contentOf(cabinetMinutes.slice(0, 5)));
    expect(result.items.at(-1)).toMatchObject({ itemId: 'a3', change: 'removed', title: 'Urgent business' });
    expect(summary(result.items.at(-1)!.blocks)).toEqual(['removed: There was no urgent business.']);
    expect(compareVersions(contentOf(cabinetMinutes.slice(0, 5)), contentOf(cabinetMinutes)).items.at(-1)).toMatchObject({ itemId: 'a3', change: 'added' });
  });

  it('does not pair unlike blocks as changes', () => {
    const after: Part[] = [cabinetMinutes[0]!, 'Entirely different words here.'];
    const result = compareVersions(contentOf(cabinetMinutes.slice(0, 2)), contentOf(after));
    expect(summary(result.items[0]!.blocks)).toEqual(['removed: Apologies were received from Councillor Smith.', 'added: Entirely different words here.']);
  });
});
