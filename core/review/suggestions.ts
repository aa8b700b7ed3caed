// Suggested edits: the chair proposes, the clerk accepts or rejects each, or
// all. They work on the document's Lexical JSON, not on MinutesContent: the
// JSON is what the editor loads and the file keeps, whereas MinutesContent is
// derived from it (and loses node details), so an edit accepted there could
// not be written back. Each suggestion is found again by its anchor at the
// moment it is decided, so earlier acceptances and later typing do not
// misplace it.
import { diffWordsWithSpace } from 'diff';
import type { LexicalState } from '../storage/lexical-state';
import { reviewBlocks, type ReviewBlock } from './block-text';
import type { ReviewState, Suggestion, TextAnchor } from './review-schema';
import { makeAnchor, resolveAnchor } from './text-anchor';
import { replaceBlockText, TextEditError } from './text-edit';

export interface Decision {
  by: string;
  at: string;
}

export interface AcceptOutcome {
  content: LexicalState;
  review: ReviewState;
  /** Suggestions that could not be applied, with why (their words were changed or removed). */
  problems: Array<{ suggestionId: string; message: string }>;
}

/** A suggestion as made, before anyone has decided on it. */
export interface NewSuggestion {
  id: string;
  author: string;
  createdAt: string;
  anchor: TextAnchor;
  replacement: string;
}

export function suggestionKind(suggestion: Pick<Suggestion, 'anchor' | 'replacement'>): 'insertion' | 'deletion' | 'replacement' {
  if (!suggestion.anchor.quote) return 'insertion';
  return suggestion.replacement ? 'replacement' : 'deletion';
}

export function addSuggestion(review: ReviewState, suggestion: NewSuggestion): ReviewState {
  return { ...review, suggestions: [...review.suggestions, { ...suggestion, status: 'pending', decidedBy: null, decidedAt: null }] };
}

/**
 * The suggestions that turn a block's text into the chair's edited text: one
 * per run of changed words, each anchored to the words it replaces.
 */
export function suggestionsFromEdit(
  block: ReviewBlock,
  editedText: string,
  meta: { author: string; createdAt: string; newId: () => string },
): Array<NewSuggestion> {
  const suggestions: Array<NewSuggestion> = [];
  let offset = 0;
  let pending: { start: number; removed: string; added: string } | null = null;
  const flush = () => {
    if (!pending) return;
    const anchor = makeAnchor(block, pending.start, pending.start + pending.removed.length);
    suggestions.push({ id: meta.newId(), author: meta.author, createdAt: meta.createdAt, anchor, replacement: pending.added });
    pending = null;
  };
  for (const part of diffWordsWithSpace(block.text, editedText)) {
    if (!part.added && !part.removed) {
      flush();
      offset += part.value.length;
      continue;
    }
    pending ??= { start: offset, removed: '', added: '' };
    if (part.removed) {
      pending.removed += part.value;
      offset += part.value.length;
    } else {
      pending.added += part.value;
    }
  }
  flush();
  return suggestions;
}

function copyOf(content: LexicalState): LexicalState {
  return JSON.parse(JSON.stringify(content)) as LexicalState;
}

function decide(review: ReviewState, ids: Set<string>, status: 'accepted' | 'rejected', decision: Decision): ReviewState {
  return {
    ...review,
    suggestions: review.suggestions.map((suggestion) =>
      ids.has(suggestion.id) ? { ...suggestion, status, decidedBy: decision.by, decidedAt: decision.at } : suggestion,
    ),
  };
}

function pendingWithIds(review: ReviewState, ids: string[]): Suggestion[] {
  return ids
    .map((id) => {
      const suggestion = review.suggestions.find((candidate) => candidate.id === id);
      if (!suggestion) throw new Error(`There is no suggested edit ${id} in these minutes.`);
      return suggestion;
    })
    .filter((suggestion) => suggestion.status === 'pending');
}

/** Applies the given pending suggestions in order; one that cannot be applied stays pending and is reported. */
export function acceptSuggestions(content: LexicalState, review: ReviewState, ids: string[], decision: Decision): AcceptOutcome {
  const next = copyOf(content);
  const accepted = new Set<string>();
  const problems: AcceptOutcome['problems'] = [];
  for (const suggestion of pendingWithIds(review, ids)) {
    const location = resolveAnchor(reviewBlocks(next), suggestion.anchor);
    if (!location || (location.method === 'fuzzy' && suggestion.anchor.quote)) {
      // Loosely matched words are not safe to delete: the clerk decides by hand.
      problems.push({
        suggestionId: suggestion.id,
        message: `The words "${suggestion.anchor.quote || suggestion.anchor.prefix}" have changed since this edit was suggested; make it by hand or reject it.`,
      });
      continue;
    }
    try {
      replaceBlockText(location.block, location.start, location.end, suggestion.replacement);
      accepted.add(suggestion.id);
    } catch (error) {
      if (!(error instanceof TextEditError)) throw error;
      problems.push({ suggestionId: suggestion.id, message: error.message });
    }
  }
  return { content: next, review: decide(review, accepted, 'accepted', decision), problems };
}

export function acceptAllSuggestions(content: LexicalState, review: ReviewState, decision: Decision): AcceptOutcome {
  const ids = review.suggestions.filter((suggestion) => suggestion.status === 'pending').map((suggestion) => suggestion.id);
  return acceptSuggestions(content, review, ids, decision);
}

export function rejectSuggestions(review: ReviewState, ids: string[], decision: Decision): ReviewState {
  return decide(review, new Set(pendingWithIds(review, ids).map((suggestion) => suggestion.id)), 'rejected', decision);
}

export function rejectAllSuggestions(review: ReviewState, decision: Decision): ReviewState {
  return rejectSuggestions(
    review,
    review.suggestions.filter((s) => s.status === 'pending').map((s) => s.id),
    decision,
  );
}
