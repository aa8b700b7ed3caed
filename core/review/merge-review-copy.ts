// Brings a chair's returned review copy (.minutes) back into the clerk's
// draft: the chair's comments, replies, resolutions and suggested edits are
// added; the draft's text is never replaced by the copy's. Matching is by id,
// so importing the same copy twice adds nothing, and a reply added to an
// existing comment in the copy joins that comment.
import type { MinutesDocument } from '../storage/minutes-document';
import { ReviewRuleError } from './approval';
import { reviewOf, withReview, type ReviewComment } from './review-schema';

export interface MergeOutcome {
  document: MinutesDocument;
  comments: number;
  replies: number;
  suggestions: number;
}

export function mergeReviewCopy(draft: MinutesDocument, copy: MinutesDocument): MergeOutcome {
  const mine = reviewOf(draft);
  const theirs = reviewOf(copy);
  if (mine.problem) throw new ReviewRuleError(mine.problem);
  if (theirs.problem) throw new ReviewRuleError(`The review copy cannot be read: ${theirs.problem}`);
  let replies = 0;
  const known = new Map(mine.review.comments.map((comment) => [comment.id, comment]));
  const comments: ReviewComment[] = mine.review.comments.map((comment) => {
    const returned = theirs.review.comments.find((candidate) => candidate.id === comment.id);
    if (!returned) return comment;
    const seen = new Set(comment.replies.map((reply) => reply.id));
    const added = returned.replies.filter((reply) => !seen.has(reply.id));
    replies += added.length;
    const resolved = comment.resolved || returned.resolved;
    return { ...comment, replies: [...comment.replies, ...added], resolved, resolvedBy: comment.resolvedBy ?? returned.resolvedBy, resolvedAt: comment.resolvedAt ?? returned.resolvedAt };
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
