// Comments on the minutes in the Review panel: add one on the selected words
// (or the whole block when nothing is selected), reply, resolve and reopen.
// Each comment shows the words it is about as they are now, found again by
// core's anchoring, or says that its words are no longer in the minutes.
import type { LexicalEditor } from 'lexical';
import { $minutesBlockAt } from '../editor/minutes-block-list';
import { useState } from 'react';
import { reviewBlocks } from '../../core/review/block-text';
import { addComment, replyToComment, setCommentResolved } from '../../core/review/comments';
import { makeAnchor } from '../../core/review/text-anchor';
import { ukMomentOf } from '../../core/storage/describe-time';
import { editorPlacer } from '../review/anchor-placer';
import { selectBlockRange } from '../review/review-marks';
import { rememberedRange } from '../review/selection-memory';
import { selectedBlockRange } from '../review/selection-range';
import type { useReview } from '../review/useReview';
import { Button } from '../design/Button';
import { TextField } from '../design/TextField';

/**
 * The words the page shows before a block's own text, from its data-lead: an apology's
 * "Apologies: Councillor Smith —", a declaration's member. They are fields, not text, so a
 * comment on the whole block quoted only the reason typed after the name.
 */
function leadOf(editor: LexicalEditor, position: number): string {
  const key = editor.getEditorState().read(() => $minutesBlockAt(position)?.getKey());
  return (key && editor.getElementByKey(key)?.getAttribute('data-lead')) || '';
}

interface Props {
  state: ReturnType<typeof useReview>;
  author: string;
  say: (message: string) => void;
}

export function ReviewComments({ state, author, say }: Props) {
  const { review, editor, readContent, updateReview, locked } = state;
  const [body, setBody] = useState('');
  const [replies, setReplies] = useState<Record<string, string>>({});
  if (!review) return null;
  const place = editorPlacer(editor);
  const located = review.comments.map((comment) => ({ comment, location: place(comment.anchor) }));

  const add = () => {
    if (!author) return say('Enter your name first, so the clerk knows whose comment it is.');
    if (!body.trim()) return say('Type the comment first.');
    const range = (editor.isEditable() ? selectedBlockRange(editor) : null) ?? rememberedRange(editor);
    if (!range)
      return say('Select the words the comment is about, within one paragraph (or put the cursor in a paragraph to comment on all of it), then add it.');
    const block = reviewBlocks(readContent()).find((candidate) => candidate.position === range.position);
    if (!block) return say('The selected text could not be found in the minutes.');
    const anchor = makeAnchor(block, range.start, range.end, range.start === range.end);
    if (
      !updateReview((current) =>
        addComment(current, { id: `c-${crypto.randomUUID()}`, author, createdAt: new Date().toISOString(), body: body.trim(), anchor }),
      )
    )
      return;
    setBody('');
    say('Comment added.');
  };

  const reply = (commentId: string) => {
    const text = replies[commentId]?.trim();
    if (!author || !text) return say('Enter your name and a reply first.');
    if (
      !updateReview((current) =>
        replyToComment(current, commentId, { id: `r-${crypto.randomUUID()}`, author, createdAt: new Date().toISOString(), body: text }),
      )
    )
      return;
    setReplies((all) => ({ ...all, [commentId]: '' }));
  };

  // Signed like a comment: a chair without a name was recorded as 'Clerk'.
  const resolve = (commentId: string, resolved: boolean) => {
    if (!author) {
      say('Enter your name first, so the comment says who resolved it.');
      document.getElementById('review-author')?.focus();
      return;
    }
    updateReview((current) => setCommentResolved(current, commentId, resolved, author, new Date().toISOString()));
  };

  return (
    <section aria-labelledby="review-comments-heading" className="mb-review-section">
      <h3 id="review-comments-heading">Comments ({review.comments.filter((c) => !c.resolved).length} open)</h3>
      {locked ? null : (
        <div className="mb-review-form">
          <TextField
            id="review-comment-body"
            label="Comment on the selected words"
            hint="Ctrl+Enter adds it."
            value={body}
            onChange={setBody}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                add();
              }
            }}
            rows={3}
            // Ctrl+Shift+E lands here: the chair has just selected the words.
            shortcutFocus
          />
          <Button preventFocusOnPress onPress={add}>
            Add comment
          </Button>
        </div>
      )}
      <ol className="mb-review-list">
        {located.map(({ comment, location }) => (
          <li key={comment.id} data-testid="review-comment" className={comment.resolved ? 'mb-review-resolved' : undefined}>
            <blockquote>
              {location ? (
                [
                  comment.anchor.wholeBlock ? leadOf(editor, location.block.position) : '',
                  location.block.text.slice(location.start, location.end) || location.block.text,
                ]
                  .filter(Boolean)
                  .join(' ')
              ) : (
                <em>Words no longer in the minutes: “{comment.anchor.quote}”</em>
              )}
            </blockquote>
            <p>
              <strong>{comment.author}</strong> ({ukMomentOf(new Date(comment.createdAt))}
              {comment.source === 'word' ? ', from Word' : ''}): {comment.body}
            </p>
            {comment.replies.map((entry) => (
              <p key={entry.id} className="mb-review-reply" data-testid="review-reply">
                <strong>{entry.author}</strong> ({ukMomentOf(new Date(entry.createdAt))}): {entry.body}
              </p>
            ))}
            {comment.resolved ? <p>Resolved by {comment.resolvedBy}.</p> : null}
            {location ? (
              <Button onPress={() => selectBlockRange(editor, { position: location.block.position, start: location.start, end: location.end })}>
                Go to the words
              </Button>
            ) : null}
            {locked ? null : (
              <div className="mb-review-actions">
                <TextField
                  aria-label={`Reply to ${comment.author}`}
                  value={replies[comment.id] ?? ''}
                  onChange={(text) => setReplies((all) => ({ ...all, [comment.id]: text }))}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      reply(comment.id);
                    }
                  }}
                />
                <Button onPress={() => reply(comment.id)}>Reply</Button>
                <Button onPress={() => resolve(comment.id, !comment.resolved)}>{comment.resolved ? 'Reopen' : 'Resolve'}</Button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
