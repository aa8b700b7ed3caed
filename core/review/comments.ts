// Comments on the minutes: adding, replying, resolving, and finding each
// comment's words in the current text. Pure functions over the review state;
// the page supplies ids, names and times so the results are repeatable.
import type { LexicalState } from '../storage/lexical-state';
import { reviewBlocks, type ReviewBlock } from './block-text';
import type { ReviewComment, ReviewState, TextAnchor } from './review-schema';
import { makeAnchor, resolveAnchor, type ResolvedAnchor } from './text-anchor';

export interface NewComment {
  id: string;
  author: string;
  createdAt: string;
  body: string;
  anchor: TextAnchor;
  source?: ReviewComment['source'];
}

export function addComment(review: ReviewState, comment: NewComment): ReviewState {
  const added: ReviewComment = {
    ...comment,
    source: comment.source ?? 'minute-book',
    replies: [],
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
  };
  return { ...review, comments: [...review.comments, added] };
}

function updateComment(review: ReviewState, commentId: string, change: (comment: ReviewComment) => ReviewComment): ReviewState {
  if (!review.comments.some((comment) => comment.id === commentId)) throw new Error(`There is no comment ${commentId} in these minutes.`);
  return { ...review, comments: review.comments.map((comment) => (comment.id === commentId ? change(comment) : comment)) };
}

export function replyToComment(review: ReviewState, commentId: string, reply: { id: string; author: string; createdAt: string; body: string }): ReviewState {
  return updateComment(review, commentId, (comment) => ({ ...comment, replies: [...comment.replies, reply] }));
}

export function setCommentResolved(review: ReviewState, commentId: string, resolved: boolean, by: string, at: string): ReviewState {
  return updateComment(review, commentId, (comment) => ({
    ...comment,
    resolved,
    resolvedBy: resolved ? by : null,
    resolvedAt: resolved ? at : null,
  }));
}

export interface LocatedComment {
  comment: ReviewComment;
  /** Where its words are now, or null when they can no longer be found (shown as "text removed"). */
  location: ResolvedAnchor | null;
}

export function locateComments(review: ReviewState, content: LexicalState): LocatedComment[] {
  const blocks = reviewBlocks(content);
  return review.comments.map((comment) => ({ comment, location: resolveAnchor(blocks, comment.anchor) }));
}

/** The anchor for where a located anchor is now, with fresh context, so later edits start from here. */
function refreshAnchor(anchor: TextAnchor, location: { block: ReviewBlock; start: number; end: number }): TextAnchor {
  return { ...anchor, ...makeAnchor(location.block, location.start, location.end, anchor.wholeBlock) };
}

/**
 * Moves every anchor to where its words are now (a save after edits keeps
 * anchors close to their text); anchors whose words are gone stay as they
 * were, so the comment still shows what it was about.
 */
export function reanchorComments(review: ReviewState, content: LexicalState): ReviewState {
  const blocks = reviewBlocks(content);
  return {
    ...review,
    comments: review.comments.map((comment) => {
      const location = resolveAnchor(blocks, comment.anchor);
      return location ? { ...comment, anchor: refreshAnchor(comment.anchor, location) } : comment;
    }),
  };
}
