// The Compare view's model: minute numbers before and after, items that
// moved, unchanged runs folded, and the changes numbered in reading order.
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../core/review/compare-versions';
import type { LexicalState } from '../../core/storage/lexical-state';
import {
  buildCompareViewModel,
  describeCounts,
  foldedItemsLabel,
  minuteLabel,
  movedItemIds,
  type CompareSection,
  type CompareViewModel,
} from '../../renderer/compare/compare-view-model';
import { cabinetMinutes, contentOf, type Part } from '../core/review/review-fixtures';

const plain = { kind: 'plain' } as const;

function modelOf(before: Part[], after: Part[], numbering: { before?: unknown; after?: unknown } = {}): CompareViewModel {
  const [b, a]: LexicalState[] = [contentOf(before), contentOf(after)];
  return buildCompareViewModel(
    compareVersions(b!, a!),
    { content: b!, numbering: (numbering.before as typeof plain) ?? plain },
    { content: a!, numbering: (numbering.after as typeof plain) ?? plain },
  );
}

/** The model as lines a person would read, to compare whole shapes at once. */
function outline(model: CompareViewModel): string[] {
  const lines: string[] = [];
  const item = (section: CompareSection) => {
    if (section.kind === 'folded-items') {
      lines.push(`[${foldedItemsLabel(section.views)}]`);
      return;
    }
    const { view } = section;
    lines.push(`${minuteLabel(view)} ${view.item.title}${view.moved ? ' (moved)' : ''}${view.stop === null ? '' : ` #${view.stop}`}`);
    for (const row of view.rows) {
      if (row.kind === 'folded-blocks') lines.push(`  [${row.blocks.length} unchanged blocks]`);
      else lines.push(`  ${row.block.change}: ${row.block.after ?? row.block.before}${row.stop === null ? '' : ` #${row.stop}`}`);
    }
  };
  model.sections.forEach(item);
  return lines;
}

const longItem: Part[] = [{ item: 'b1', title: 'Budget' }, 'One.', 'Two.', 'Three.', 'Four.', 'The Cabinet noted the report.', 'Five.'];

describe('buildCompareViewModel', () => {
  it('folds a run of unchanged blocks, keeps a lone one, and numbers the changes in reading order', () => {
    const after = [...longItem];
    after[5] = 'The Cabinet approved the report.';
    after.push('Six, added.');
    expect(outline(modelOf(longItem, after))).toEqual([
      'Minute 1 Budget',
      '  [4 unchanged blocks]',
      '  changed: The Cabinet approved the report. #0',
      '  same: Five.',
      '  added: Six, added. #1',
    ]);
  });

  it('folds a run of unchanged items, and marks a moved item with both its numbers', () => {
    const before: Part[] = [...cabinetMinutes, { item: 'a4', title: 'Any other business' }, 'None.'];
    // Urgent business (a3) moves to the top; nothing else changes.
    const after: Part[] = [before[5]!, before[6]!, ...before.slice(0, 5), ...before.slice(7)];
    const model = modelOf(before, after);
    expect(outline(model)).toEqual([
      'Minute 1 (was 3) Urgent business (moved) #0',
      '  same: There was no urgent business.',
      '[3 unchanged items (minutes 2 to 4)]',
    ]);
    expect(model.stopCount).toBe(1);
    expect(describeCounts(model.counts)).toBe('1 moved item');
  });

  it('shows a whole item added or removed as one change at its heading', () => {
    const after: Part[] = [...cabinetMinutes.slice(0, 5), { item: 'a9', title: 'Parking charges' }, 'Agreed.', 'Noted.'];
    const model = modelOf(cabinetMinutes, after);
    expect(outline(model)).toEqual([
      '[2 unchanged items (minutes 1 to 2)]',
      'Minute 3 (removed) Urgent business #0',
      '  removed: There was no urgent business.',
      'Minute 3 (added) Parking charges #1',
      '  added: Agreed.',
      '  added: Noted.',
    ]);
    expect(describeCounts(model.counts)).toBe('2 added blocks, 1 removed block');
  });

  it('prints minute numbers with the meeting’s own scheme on each side', () => {
    const renamed = cabinetMinutes.map((part) =>
      typeof part === 'object' && 'item' in part && part.item === 'a2' ? { ...part, title: 'Housing revenue account 2022/23' } : part,
    );
    const model = modelOf(cabinetMinutes, renamed, {
      before: { kind: 'prefixed', prefix: 'CAB', firstNumber: 41 },
      after: { kind: 'prefixed', prefix: 'CAB', firstNumber: 41 },
    });
    expect(outline(model)).toEqual([
      'Minute CAB.41 Apologies for absence',
      '  same: Apologies were received from Councillor Smith.',
      'Minute CAB.42 Housing revenue account 2022/23 #0',
      '  [2 unchanged blocks]',
      'Minute CAB.43 Urgent business',
      '  same: There was no urgent business.',
    ]);
  });

  it('says when there is no difference at all', () => {
    const model = modelOf(cabinetMinutes, cabinetMinutes);
    expect(model.stopCount).toBe(0);
    expect(outline(model)).toEqual(['[3 unchanged items (minutes 1 to 3)]']);
    expect(describeCounts(model.counts)).toBe('No differences: the two versions say the same.');
  });
});

describe('movedItemIds', () => {
  it('names only the items whose order changed, not those pushed along by an insertion', () => {
    expect([...movedItemIds(['a', 'b', 'c', 'd'], ['a', 'new', 'b', 'c', 'd'])]).toEqual([]);
    expect([...movedItemIds(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])]).toEqual(['b']);
    // Two swapped: one of them moved past the other, and a removed item is not counted.
    expect(movedItemIds(['a', 'b', 'c'], ['c', 'b']).size).toBe(1);
  });
});

describe('blank lines', () => {
  it('leaves out empty paragraphs, kept, added or removed: they hold no words', () => {
    const model = modelOf([...cabinetMinutes, ''], [...cabinetMinutes.slice(0, 6), 'There was no urgent business, it was said.', '', '']);
    expect(outline(model).slice(-2)).toEqual(['Minute 3 Urgent business', '  changed: There was no urgent business, it was said. #0']);
    expect(model.counts).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
  });
});
