// Suggested edits: made from the chair's edited text, accepted (one, all,
// after other edits) or rejected, applied to the saved JSON's text nodes.
import { describe, expect, it } from 'vitest';
import { reviewBlocks } from '../../../core/review/block-text';
import { emptyReviewState, type ReviewState } from '../../../core/review/review-schema';
import {
  acceptAllSuggestions,
  acceptSuggestions,
  addSuggestion,
  rejectAllSuggestions,
  suggestionKind,
  suggestionsFromEdit,
} from '../../../core/review/suggestions';
import type { LexicalState } from '../../../core/storage/lexical-state';
import { cabinetMinutes, contentOf, type Part } from './review-fixtures';

const chair = { author: 'Councillor O’Brien', createdAt: '2022-03-24T10:00:00.000Z' };
const clerk = { by: 'Jeanette Richards', at: '2022-03-25T09:00:00.000Z' };

function texts(content: LexicalState): string[] {
  return reviewBlocks(content).map((block) => block.text);
}

function suggest(content: LexicalState, blockStart: string, edited: string, review = emptyReviewState()): ReviewState {
  const block = reviewBlocks(content).find((candidate) => candidate.text.startsWith(blockStart))!;
  let n = review.suggestions.length;
  return suggestionsFromEdit(block, edited, { ...chair, newId: () => `s${(n += 1)}` }).reduce(addSuggestion, review);
}

describe('suggested edits', () => {
  const content = contentOf(cabinetMinutes);

  it('are made from the chair’s edit, one per run of changed words', () => {
    const review = suggest(content, 'The Cabinet Member', 'The Cabinet Member for Housing and Regeneration presented the report on rent levels.');
    expect(review.suggestions.map((s) => [suggestionKind(s), s.anchor.quote, s.replacement])).toEqual([
      ['insertion', '', 'and Regeneration '],
      ['deletion', ' for 2022/23', ''],
    ]);
  });

  it('are applied when accepted, all at once, giving the chair’s text', () => {
    const edited = 'The Cabinet Member for Housing and Regeneration introduced the report on rent levels.';
    const review = suggest(content, 'The Cabinet Member', edited);
    const outcome = acceptAllSuggestions(content, review, clerk);
    expect(outcome.problems).toEqual([]);
    expect(texts(outcome.content)[3]).toBe(edited);
    // One per run of changed words (inserted, replaced, deleted), each recorded as the clerk's decision.
    expect(outcome.review.suggestions.map((s) => [s.status, s.decidedBy, s.decidedAt])).toEqual(
      Array.from({ length: 3 }, () => ['accepted', clerk.by, clerk.at]),
    );
    // The original is untouched: acceptance returns new content.
    expect(texts(content)[3]).toBe(cabinetMinutes[3]);
  });

  it('can be accepted one by one and rejected, leaving rejected words as they were', () => {
    const review = suggest(content, 'Members asked', 'Members asked whether the rise would affect council tenants on universal credit.');
    expect(review.suggestions).toHaveLength(2);
    const first = acceptSuggestions(content, review, [review.suggestions[1]!.id], clerk);
    expect(texts(first.content)[4]).toBe('Members asked whether the increase would affect council tenants on universal credit.');
    const rest = rejectAllSuggestions(first.review, clerk);
    expect(rest.suggestions.map((s) => s.status)).toEqual(['rejected', 'accepted']);
    expect(acceptAllSuggestions(first.content, rest, clerk).content).toEqual(first.content);
  });

  it('still land on their words after the clerk has typed elsewhere in the block', () => {
    const review = suggest(content, 'Apologies were', 'Apologies were received from Councillor Smith and Councillor Khan.');
    const typed = contentOf(cabinetMinutes.map((part) => (part === cabinetMinutes[1] ? `Before the meeting began, ${part}` : part)));
    const outcome = acceptAllSuggestions(typed, review, clerk);
    expect(texts(outcome.content)[1]).toBe('Before the meeting began, Apologies were received from Councillor Smith and Councillor Khan.');
  });

  it('are refused, and stay pending, when their words were changed or removed', () => {
    const review = suggest(content, 'There was no', 'There was no other urgent business.');
    const changed = contentOf(cabinetMinutes.map((part) => (part === cabinetMinutes[6] ? 'No urgent business was reported.' : part)));
    const outcome = acceptAllSuggestions(changed, review, clerk);
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]!.message).toContain('have changed since this edit was suggested');
    expect(outcome.review.suggestions[0]!.status).toBe('pending');
    expect(outcome.content).toEqual(changed);
  });

  it('keep the emphasis of the text around them, and can delete across emphasis', () => {
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
    const formatted = contentOf(parts);
    const review = suggest(formatted, 'It was', 'It was resolved.');
    const outcome = acceptAllSuggestions(formatted, review, clerk);
    const paragraph = outcome.content.root.children[1] as unknown as { children: Array<{ text: string; format: number }> };
    expect(paragraph.children.map((child) => [child.text, child.format])).toEqual([
      ['It was ', 0],
      ['resolved', 1],
      ['.', 0],
    ]);
  });
});

describe('suggested edits after others in the same paragraph are accepted', () => {
  it('renames the councillor the chair chose, not the one an earlier deletion moved into its place', () => {
    const original = 'Apologies were received from Councillor Ahmed and Councillor Brown and Councillor Clark.';
    const content = contentOf([{ item: 'a1', title: 'Apologies for absence' }, original]);
    // Two separate edits on the text as sent: Ahmed was there; Brown is an Alderman.
    let review = suggest(content, 'Apologies were', 'Apologies were received from Councillor Brown and Councillor Clark.');
    review = suggest(content, 'Apologies were', 'Apologies were received from Councillor Ahmed and Alderman Brown and Councillor Clark.', review);
    const outcome = acceptAllSuggestions(content, review, clerk);
    expect(outcome.problems).toEqual([]);
    expect(texts(outcome.content)[1]).toBe('Apologies were received from Alderman Brown and Councillor Clark.');
  });
});
