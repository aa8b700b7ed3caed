// Comment anchoring survives edits around it: text typed before it, blocks
// inserted or moved, the quote repeated elsewhere, the words lightly edited.
import { describe, expect, it } from 'vitest';
import { reviewBlocks } from '../../../core/review/block-text';
import { addComment, locateComments, reanchorComments } from '../../../core/review/comments';
import { emptyReviewState, type TextAnchor } from '../../../core/review/review-schema';
import { makeAnchor, resolveAnchor } from '../../../core/review/text-anchor';
import { cabinetMinutes, contentOf, type Part } from './review-fixtures';

function anchorOn(parts: Part[], quote: string, occurrence = 0): TextAnchor {
  const blocks = reviewBlocks(contentOf(parts));
  const found = blocks.flatMap((block) => {
    const hits: Array<{ block: typeof block; at: number }> = [];
    for (let at = block.text.indexOf(quote); at !== -1; at = block.text.indexOf(quote, at + 1)) hits.push({ block, at });
    return hits;
  })[occurrence];
  if (!found) throw new Error(`no "${quote}" in fixture`);
  return makeAnchor(found.block, found.at, found.at + quote.length);
}

function located(parts: Part[], anchor: TextAnchor) {
  const result = resolveAnchor(reviewBlocks(contentOf(parts)), anchor);
  return result && { text: result.block.text.slice(result.start, result.end), itemId: result.block.itemId, index: result.block.index, method: result.method };
}

describe('comment anchors', () => {
  it('record the block, offset and surrounding words', () => {
    const anchor = anchorOn(cabinetMinutes, 'rent levels');
    expect(anchor).toMatchObject({ itemId: 'a2', index: 1, quote: 'rent levels', start: 55, wholeBlock: false });
    expect(anchor.prefix.endsWith('presented the report on ')).toBe(true);
    expect(anchor.suffix.startsWith(' for 2022/23.')).toBe(true);
  });

  it('are found in place when nothing changed', () => {
    expect(located(cabinetMinutes, anchorOn(cabinetMinutes, 'universal credit'))).toEqual({
      text: 'universal credit',
      itemId: 'a2',
      index: 2,
      method: 'exact',
    });
  });

  it('follow their words when text is typed before them in the same block', () => {
    const anchor = anchorOn(cabinetMinutes, 'rent levels');
    const edited = cabinetMinutes.map((part) => (typeof part === 'string' && part.startsWith('The Cabinet') ? `Following a short adjournment, ${part}` : part));
    expect(located(edited, anchor)).toMatchObject({ text: 'rent levels', itemId: 'a2', index: 1, method: 'moved' });
  });

  it('follow their block when paragraphs are inserted above it and when it moves to another item', () => {
    const anchor = anchorOn(cabinetMinutes, 'universal credit');
    const inserted = [...cabinetMinutes.slice(0, 4), 'A new paragraph.', 'Another one.', ...cabinetMinutes.slice(4)];
    expect(located(inserted, anchor)).toMatchObject({ text: 'universal credit', itemId: 'a2', index: 4 });
    const moved = [...cabinetMinutes.slice(0, 4), ...cabinetMinutes.slice(5), cabinetMinutes[4]!];
    expect(located(moved, anchor)).toMatchObject({ text: 'universal credit', itemId: 'a3', index: 2 });
  });

  it('choose the occurrence whose surrounding words still match when the quote is repeated', () => {
    const parts: Part[] = [
      { item: 'a1', title: 'Budget' },
      'The report was noted by the committee.',
      'The second report was noted by members after discussion.',
    ];
    const second = anchorOn(parts, 'was noted by', 1);
    // The first paragraph is removed, so nothing is where it was; the context picks the right copy.
    const edited: Part[] = [parts[0]!, 'Members heard that the report was noted by the committee.', parts[2]!];
    expect(located(edited, second)).toMatchObject({ itemId: 'a1', index: 2, text: 'was noted by' });
    const shuffled: Part[] = [parts[0]!, parts[2]!, parts[1]!];
    expect(located(shuffled, second)).toMatchObject({ index: 1, text: 'was noted by' });
    expect(located(shuffled, anchorOn(parts, 'was noted by', 0))).toMatchObject({ index: 2 });
  });

  it('find lightly edited words loosely, and give up when the words are gone', () => {
    const anchor = anchorOn(cabinetMinutes, 'affect tenants on universal credit');
    const edited = cabinetMinutes.map((part) =>
      typeof part === 'string' && part.startsWith('Members asked') ? 'Members asked whether the rise would affect tenants receiving universal credit.' : part,
    );
    const found = located(edited, anchor);
    expect(found?.method).toBe('fuzzy');
    expect(found?.text).toBe('affect tenants receiving universal credit');
    const removed = cabinetMinutes.filter((part) => !(typeof part === 'string' && part.startsWith('Members asked')));
    expect(located(removed, anchor)).toBeNull();
  });

  it('span text nodes with different emphasis', () => {
    const parts: Part[] = [
      { item: 'a1', title: 'Item' },
      {
        runs: [
          ['It was ', 0],
          ['agreed', 1],
          [' unanimously.', 0],
        ],
      },
    ];
    const anchor = anchorOn(parts, 'was agreed unan');
    expect(located(parts, anchor)).toMatchObject({ text: 'was agreed unan', method: 'exact' });
  });

  it('cover a whole block wherever it goes and whatever is added to it', () => {
    const blocks = reviewBlocks(contentOf(cabinetMinutes));
    const anchor = makeAnchor(
      blocks.find((block) => block.text.startsWith('Members asked'))!,
      0,
      0,
      true,
    );
    const moved: Part[] = [
      ...cabinetMinutes.slice(0, 3),
      'Members asked whether the increase would affect tenants on universal credit. The Leader replied.',
      cabinetMinutes[3]!,
      ...cabinetMinutes.slice(5),
    ];
    expect(located(moved, anchor)).toMatchObject({ itemId: 'a2', index: 1, text: moved[3] });
  });

  it('are refreshed to their new place so later edits start from there', () => {
    const content = contentOf(cabinetMinutes);
    const review = addComment(emptyReviewState(), {
      id: 'c1',
      author: 'Cllr Jones',
      createdAt: '2022-03-24T09:00:00.000Z',
      body: 'Say which year.',
      anchor: anchorOn(cabinetMinutes, 'rent levels'),
    });
    const edited = contentOf([...cabinetMinutes.slice(0, 3), 'Inserted first.', ...cabinetMinutes.slice(3)]);
    const refreshed = reanchorComments(review, edited);
    expect(refreshed.comments[0]!.anchor).toMatchObject({ itemId: 'a2', index: 2, quote: 'rent levels' });
    expect(locateComments(refreshed, edited)[0]!.location?.method).toBe('exact');
    expect(locateComments(review, content)[0]!.location?.method).toBe('exact');
  });
});

describe('comment anchors on stock wording', () => {
  it('stay in their own agenda item when the words around them are edited, though another item keeps the old wording', () => {
    const parts: Part[] = [
      { item: 'a1', title: 'Budget monitoring' },
      'The report was noted.',
      { item: 'a2', title: 'Treasury management' },
      'The report was noted.',
    ];
    const onTreasury = anchorOn(parts, 'noted', 1);
    const edited: Part[] = [parts[0]!, parts[1]!, parts[2]!, 'The report was received and noted.'];
    expect(located(edited, onTreasury)).toMatchObject({ itemId: 'a2', index: 1, text: 'noted' });
    // A longer quote edited inside: found loosely in its own item, not exactly in the other.
    const onSentence = anchorOn(parts, 'The report was noted.', 1);
    expect(located(edited, onSentence)).toMatchObject({ itemId: 'a2', index: 1, method: 'fuzzy' });
  });
});
