// A Word review copy coming back: it holds the comments Minute Book wrote
// into it as well as the chair's new ones. Those already in the minutes are
// recognised (same author, same words, same minute) and not added twice; a
// reply the chair typed in Word under one of them joins that comment, and a
// thread the chair marked done resolves it. Everything else is imported as
// new comments by importWordComments.
import type { MinutesDocument } from '../storage/minutes-document';
import { ReviewRuleError } from './approval';
import { importWordComments, stableId, type WordImportOutcome } from './import-word-comments';
import { reviewOf, withReview, type ReviewComment } from './review-schema';
import type { WordComment } from './word-comments';

export interface ReturnedCopyOutcome extends WordImportOutcome {
  /** Replies typed in Word under comments that were already in the minutes. */
  replies: number;
  /** Comments already in the minutes that the chair marked done in Word. */
  resolved: number;
}

const minuteOf = (iso: string | null) => (iso ? Math.floor(new Date(iso).getTime() / 60000) : null);

/** The Word copy may prefix a comment it had to move ("(On words no longer in the minutes: …)"). */
const sameBody = (word: string, ours: string) => word.trim() === ours.trim() || word.trim().endsWith(`\n${ours.trim()}`);

function sameEntry(word: WordComment, entry: { author: string; createdAt: string; body: string }): boolean {
  const minute = minuteOf(word.date);
  return word.author.trim() === entry.author.trim() && sameBody(word.body, entry.body) && (minute === null || minute === minuteOf(entry.createdAt));
}

export function importReturnedWordComments(
  document: MinutesDocument,
  words: WordComment[],
  options: { importedAt: string; fallbackAuthor: string },
): ReturnedCopyOutcome {
  const { review, problem } = reviewOf(document);
  if (problem) throw new ReviewRuleError(problem);
  const comments = review.comments.map((comment) => ({ ...comment, replies: [...comment.replies] }));
  const known = new Map<string, ReviewComment>();
  let alreadyThere = 0;
  let resolved = 0;
  for (const word of words) {
    if (word.replyTo !== null) continue;
    const ours = comments.find((comment) => sameEntry(word, comment));
    // A program that drops reply threads (LibreOffice) returns our replies as comments of their own.
    const ourReply = ours ? null : comments.find((comment) => comment.replies.some((reply) => sameEntry(word, reply)));
    if (!ours && !ourReply) continue;
    alreadyThere += 1;
    if (!ours) continue;
    known.set(word.wordId, ours);
    if (word.done && !ours.resolved) {
      Object.assign(ours, { resolved: true, resolvedBy: word.author.trim() || options.fallbackAuthor, resolvedAt: options.importedAt });
      resolved += 1;
    }
  }
  let replies = 0;
  for (const word of words) {
    const parent = word.replyTo === null ? undefined : known.get(word.replyTo);
    if (!parent) continue;
    if (parent.replies.some((reply) => sameEntry(word, reply))) alreadyThere += 1;
    else {
      const author = word.author.trim() || options.fallbackAuthor || 'Word reviewer';
      parent.replies.push({
        id: stableId('word-reply', author, word.date ?? '', word.body),
        author,
        createdAt: word.date ?? options.importedAt,
        body: word.body,
      });
      replies += 1;
    }
    if (word.done && !parent.resolved) {
      Object.assign(parent, { resolved: true, resolvedBy: word.author.trim() || options.fallbackAuthor, resolvedAt: options.importedAt });
      resolved += 1;
    }
  }
  const fresh = words.filter((word) => (word.replyTo === null ? !isOurs(word, review.comments) : !known.has(word.replyTo)));
  const outcome = importWordComments(withReview(document, { ...review, comments }), fresh, options);
  return { ...outcome, duplicates: outcome.duplicates + alreadyThere, replies, resolved };
}

function isOurs(word: WordComment, comments: ReadonlyArray<ReviewComment>): boolean {
  return comments.some((comment) => sameEntry(word, comment) || comment.replies.some((reply) => sameEntry(word, reply)));
}
