// Brings a chair's returned review copy (.minutes) back into the clerk's
// draft: the chair's comments, replies, resolutions and suggested edits are
// added; the draft's text is never replaced by the copy's. Matching is by id,
// so importing the same copy twice adds nothing, and a reply added to an
// existing comment in the copy joins that comment. A copy of other minutes
// is refused: its comments would be placed on whatever words matched.
import type { LexicalState } from '../storage/lexical-state';
import type { MinutesDocument } from '../storage/minutes-document';
import { formatUkDate } from '../text/uk-format';
import { ReviewRuleError } from './approval';
import { reviewBlocks } from './block-text';
import { reviewOf, withReview, type ReviewComment } from './review-schema';

export interface MergeOutcome {
  document: MinutesDocument;
  comments: number;
  replies: number;
  suggestions: number;
}

/** The agenda items' ids: made new for every meeting, and kept by the review copy written from it. */
function agendaItemIds(content: LexicalState): Set<string> {
  return new Set(reviewBlocks(content).flatMap((block) => (block.type === 'agenda-item' && block.itemId ? [block.itemId] : [])));
}

function meetingName(document: MinutesDocument): string {
  const { committeeName, title, date } = document.meeting;
  const name = committeeName.trim() || title.trim() || 'untitled minutes';
  return date ? `${name}, ${formatUkDate(date)}` : name;
}

/**
 * A copy of other minutes shares none of their agenda items (the clerk picked the wrong
 * file). Items, not the meeting's name or date, because the clerk may correct those after
 * sending; minutes without items cannot be told apart, so they are let through.
 */
function refuseOtherMinutes(draft: MinutesDocument, copy: MinutesDocument): void {
  const mine = agendaItemIds(draft.content);
  const theirs = agendaItemIds(copy.content);
  if (mine.size === 0 || theirs.size === 0 || [...theirs].some((id) => mine.has(id))) return;
  throw new ReviewRuleError(
    `This review copy is of other minutes (${meetingName(copy)}), not of these (${meetingName(draft)}): none of its agenda items are here. Nothing was imported; choose the copy sent for these minutes.`,
  );
}

export function mergeReviewCopy(draft: MinutesDocument, copy: MinutesDocument): MergeOutcome {
  const mine = reviewOf(draft);
  const theirs = reviewOf(copy);
  if (mine.problem) throw new ReviewRuleError(mine.problem);
  if (theirs.problem) throw new ReviewRuleError(`The review copy cannot be read: ${theirs.problem}`);
  refuseOtherMinutes(draft, copy);
  let replies = 0;
  const known = new Map(mine.review.comments.map((comment) => [comment.id, comment]));
  const comments: ReviewComment[] = mine.review.comments.map((comment) => {
    const returned = theirs.review.comments.find((candidate) => candidate.id === comment.id);
    if (!returned) return comment;
    const seen = new Set(comment.replies.map((reply) => reply.id));
    const added = returned.replies.filter((reply) => !seen.has(reply.id));
    replies += added.length;
    const resolved = comment.resolved || returned.resolved;
    return {
      ...comment,
      replies: [...comment.replies, ...added],
      resolved,
      resolvedBy: comment.resolvedBy ?? returned.resolvedBy,
      resolvedAt: comment.resolvedAt ?? returned.resolvedAt,
    };
  });
  const newComments = theirs.review.comments.filter((comment) => !known.has(comment.id));
  const knownSuggestions = new Set(mine.review.suggestions.map((suggestion) => suggestion.id));
  const newSuggestions = theirs.review.suggestions.filter((suggestion) => !knownSuggestions.has(suggestion.id) && suggestion.status === 'pending');
  return {
    document: withReview(draft, { ...mine.review, comments: [...comments, ...newComments], suggestions: [...mine.review.suggestions, ...newSuggestions] }),
    comments: newComments.length,
    replies,
    suggestions: newSuggestions.length,
  };
}
