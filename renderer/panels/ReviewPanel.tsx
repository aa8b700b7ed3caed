// The Review panel: the clerk sends the draft for review and brings back the
// chair's comments (from a returned review copy or a Word document); the
// chair comments and suggests edits; the clerk decides on them and records
// the approval. Each part is its own component; this one holds the name
// comments are signed with and the file actions.
import { useEffect, useState } from 'react';
import { reviewOf } from '../../core/review/review-schema';
import { describeTrackedChanges } from '../../core/review/word-tracked-changes-report';
import { ukMomentOf } from '../../core/storage/describe-time';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { useReview } from '../review/useReview';
import type { PanelProps } from './panel-types';
import { ReviewApproval } from './ReviewApproval';
import { ReviewComments } from './ReviewComments';
import { ReviewSuggestions } from './ReviewSuggestions';
import './review-panels.css';
import { Button } from '../design/Button';
import { Checkbox } from '../design/Checkbox';
import { TextField } from '../design/TextField';

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ReviewPanel({ session }: PanelProps) {
  const state = useReview(session);
  const [author, setAuthor] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [wordCopy, setWordCopy] = useState(false);
  const say = (text: string) => setMessage(text);

  useEffect(() => {
    let live = true;
    call(minuteBookApi().getSettings({}))
      .then((settings) => live && setAuthor((name) => name || settings.userName))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  // Kept in the settings, so the name survives switching panels and the next document.
  const rememberAuthor = () => {
    const userName = author.trim();
    if (userName) call(minuteBookApi().setUserName({ userName })).catch((error: unknown) => say(error instanceof Error ? error.message : String(error)));
  };

  const documentId = session.opened?.documentId;
  if (!state.review || !documentId) return <p>No document is open.</p>;
  // A review field this version cannot read is left exactly as it is: adding to it would replace it.
  if (state.problem) {
    return (
      <p role="alert" data-testid="review-problem">
        {state.problem} The comments cannot be shown or added to here; the minutes themselves are not affected.
      </p>
    );
  }

  const fileAction = async (action: () => Promise<string | null>) => {
    try {
      const done = await action();
      if (done) say(done);
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
    }
  };

  const send = () =>
    fileAction(async () => {
      const document = state.currentDocument();
      if (!document) return null;
      const outcome = await call(minuteBookApi().sendForReview({ documentId, document, wordCopy }));
      if (outcome.status === 'cancelled') return null;
      if (!state.adoptDocument(outcome.document, { replaceText: false })) return null;
      const word = outcome.wordCopyName ? ` and the Word copy “${outcome.wordCopyName}”` : '';
      return `Sent for review: the review copy is “${outcome.copyName}”${word}. The draft is marked out for review.`;
    });

  const importWord = () =>
    fileAction(async () => {
      const document = state.currentDocument();
      if (!document) return null;
      const outcome = await call(minuteBookApi().importWordComments({ document, author }));
      if (outcome.status === 'cancelled') return null;
      if (!state.adoptDocument(outcome.document, { replaceText: false })) return null;
      const one = (n: number) => n === 1;
      const unplaced = outcome.unplaced
        ? ` ${outcome.unplaced} could not be matched to the text and ${one(outcome.unplaced) ? 'is listed with its words' : 'are listed with their words'}.`
        : '';
      const repeated = outcome.duplicates ? ` ${outcome.duplicates} ${one(outcome.duplicates) ? 'was' : 'were'} already here.` : '';
      // A chair who only replied to or ticked off the clerk's comments in Word must see that too, not "0 comments".
      const replies = outcome.replies
        ? ` ${count(outcome.replies, 'reply', 'replies')} joined ${one(outcome.replies) ? 'its comment' : 'their comments'}.`
        : '';
      const resolved = outcome.resolved ? ` ${count(outcome.resolved, 'comment')} marked done in Word ${one(outcome.resolved) ? 'is' : 'are'} resolved.` : '';
      // The chair's Track Changes: suggested edits, and each change that could not be one, with its words.
      const suggested = outcome.suggestions ? ` ${count(outcome.suggestions, 'suggested edit')} made from the chair’s tracked changes.` : '';
      const tracked = describeTrackedChanges(outcome);
      return `Imported ${count(outcome.imported, 'comment')} from “${outcome.fileName}”.${replies}${resolved}${unplaced}${repeated}${suggested}${tracked ? ` ${tracked}` : ''}`;
    });

  const importCopy = () =>
    fileAction(async () => {
      const document = state.currentDocument();
      if (!document) return null;
      const outcome = await call(minuteBookApi().importReviewCopy({ document }));
      if (outcome.status === 'cancelled') return null;
      if (!state.adoptDocument(outcome.document, { replaceText: false })) return null;
      // Main counts replies added to comments already here; a new comment brings its own replies with it.
      const known = new Set(reviewOf(document).review.comments.map((comment) => comment.id));
      const arrived = reviewOf(outcome.document).review.comments.filter((comment) => !known.has(comment.id));
      const replies = outcome.replies + arrived.reduce((total, comment) => total + comment.replies.length, 0);
      return `From “${outcome.fileName}”: ${count(outcome.comments, 'comment')}, ${count(replies, 'reply', 'replies')} and ${count(outcome.suggestions, 'suggested edit')}.`;
    });

  const { review, reviewCopy, locked } = state;
  return (
    // Escape goes back to the minutes, to select the next words from the keyboard.
    <div
      className="mb-review"
      data-testid="review-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') state.editor.focus();
      }}
    >
      {message ? (
        <p role="status" data-testid="review-message">
          {message}
        </p>
      ) : null}
      <TextField id="review-author" label="Your name" value={author} onChange={setAuthor} onBlur={rememberAuthor} />
      {review.sentForReview && !reviewCopy && !review.approval ? (
        <p data-testid="review-sent">
          Out for review since {ukMomentOf(new Date(review.sentForReview.sentAt))}: the review copy is “{review.sentForReview.copyName}”.
        </p>
      ) : null}
      {reviewCopy ? (
        <p>This is a review copy: comment and suggest edits here, save it, and return it to the clerk.</p>
      ) : locked ? null : (
        <div className="mb-review-actions">
          {review.approval ? null : (
            <Checkbox className="mb-review-word-copy" isSelected={wordCopy} onChange={setWordCopy}>
              Also write a Word copy for a chair without Minute Book
            </Checkbox>
          )}
          {review.approval ? null : <Button onPress={() => void send()}>Send for review…</Button>}
          <Button onPress={() => void importCopy()}>Import review copy…</Button>
          <Button onPress={() => void importWord()}>Import comments from Word…</Button>
        </div>
      )}
      <ReviewSuggestions state={state} author={author.trim()} say={say} />
      <ReviewComments state={state} author={author.trim()} say={say} />
      <ReviewApproval state={state} author={author.trim()} say={say} />
    </div>
  );
}
