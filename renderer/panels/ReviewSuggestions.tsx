// Suggested edits in the Review panel: the chair selects words and types what
// should replace them (nothing, to delete; a point and words, to insert); the
// clerk accepts or rejects each, or all. Accepting changes the text through
// core, on the saved JSON's text nodes, and puts the result in the editor.
import { useEffect, useRef, useState } from 'react';
import { reviewBlocks } from '../../core/review/block-text';
import { acceptAllSuggestions, acceptSuggestions, addSuggestion, rejectAllSuggestions, rejectSuggestions, suggestionKind } from '../../core/review/suggestions';
import { makeAnchor } from '../../core/review/text-anchor';
import { crossesParagraphs } from '../../core/review/text-edit';
import { withReview } from '../../core/review/review-schema';
import { editorPlacer } from '../review/anchor-placer';
import { locateMarks, selectBlockRange } from '../review/review-marks';
import { rememberedRange } from '../review/selection-memory';
import { selectedBlockRange } from '../review/selection-range';
import type { useReview } from '../review/useReview';
import { Button } from '../design/Button';
import { TextField } from '../design/TextField';

interface Props {
  state: ReturnType<typeof useReview>;
  author: string;
  say: (message: string) => void;
}

export function ReviewSuggestions({ state, author, say }: Props) {
  const { review, editor, readContent, updateReview, adoptDocument, currentDocument, locked, reviewCopy } = state;
  const [replacement, setReplacement] = useState('');
  // A decided suggestion leaves the list, and with it the button that had the keyboard: the
  // keyboard goes to the suggestion now in its place (or the heading when none is left).
  const keyboardAfterDecision = useRef<number | null>(null);
  const listRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const at = keyboardAfterDecision.current;
    if (at === null) return;
    keyboardAfterDecision.current = null;
    const accepts = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-decision="accept"]') ?? [];
    const next = at < 0 ? undefined : accepts[Math.min(at, accepts.length - 1)];
    (next ?? listRef.current?.querySelector<HTMLElement>('h3'))?.focus();
  });
  if (!review) return null;
  const pending = review.suggestions.filter((suggestion) => suggestion.status === 'pending');
  const places = new Map(locateMarks({ ...review, comments: [] }, editorPlacer(editor)).map((mark) => [mark.id, mark.range]));

  const suggest = () => {
    if (!author) return say('Enter your name first, so the clerk knows whose suggestion it is.');
    const range = (editor.isEditable() ? selectedBlockRange(editor) : null) ?? rememberedRange(editor);
    if (!range) return say('Select the words to change (or put the cursor where words should go) in one paragraph first.');
    if (range.start === range.end && !replacement) return say('Type the words to insert, or select words to delete.');
    const block = reviewBlocks(readContent()).find((candidate) => candidate.position === range.position);
    if (!block) return say('The selected words could not be found in the minutes.');
    // Said now, while the chair can split it, not when the clerk comes to accept it.
    if (crossesParagraphs(block, range.start, range.end))
      return say('The selected words run across two points of a list: suggest the edit for each point on its own.');
    const anchor = makeAnchor(block, range.start, range.end);
    if (
      !updateReview((current) => addSuggestion(current, { id: `s-${crypto.randomUUID()}`, author, createdAt: new Date().toISOString(), anchor, replacement }))
    )
      return;
    setReplacement('');
    say('Suggested edit added.');
  };

  /** Where the keyboard goes once the decision is shown: the decided one's place in the list, or the heading (-1). */
  const keepKeyboardAt = (ids: string[] | 'all') => {
    keyboardAfterDecision.current =
      ids === 'all'
        ? -1
        : Math.max(
            0,
            pending.findIndex((suggestion) => suggestion.id === ids[0]),
          );
  };

  const accept = (ids: string[] | 'all') => {
    const current = currentDocument();
    if (!current || !review) return;
    keepKeyboardAt(ids);
    const decision = { by: author || 'Clerk', at: new Date().toISOString() };
    const outcome = ids === 'all' ? acceptAllSuggestions(current.content, review, decision) : acceptSuggestions(current.content, review, ids, decision);
    if (!adoptDocument(withReview({ ...current, content: outcome.content }, outcome.review), { replaceText: true })) return;
    say(outcome.problems.length ? outcome.problems.map((problem) => problem.message).join(' ') : 'Accepted.');
  };

  const reject = (ids: string[] | 'all') => {
    const decision = { by: author || 'Clerk', at: new Date().toISOString() };
    keepKeyboardAt(ids);
    updateReview((current) => (ids === 'all' ? rejectAllSuggestions(current, decision) : rejectSuggestions(current, ids, decision)));
  };

  const canDecide = !locked && !reviewCopy;
  return (
    <section aria-labelledby="review-suggestions-heading" className="mb-review-section" ref={listRef}>
      <h3 id="review-suggestions-heading" tabIndex={-1}>
        Suggested edits ({pending.length} waiting)
      </h3>
      {locked ? null : (
        <div className="mb-review-form">
          <TextField
            id="review-replacement"
            label="Replace the selected words with"
            value={replacement}
            onChange={setReplacement}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                suggest();
              }
            }}
          />
          <Button preventFocusOnPress onPress={suggest}>
            Suggest edit
          </Button>
        </div>
      )}
      {canDecide && pending.length > 1 ? (
        <div className="mb-review-actions">
          <Button onPress={() => accept('all')}>Accept all</Button>
          <Button onPress={() => reject('all')}>Reject all</Button>
        </div>
      ) : null}
      <ol className="mb-review-list">
        {pending.map((suggestion) => {
          const kind = suggestionKind(suggestion);
          return (
            <li key={suggestion.id} data-testid="review-suggestion">
              <p>
                <strong>{suggestion.author}</strong> suggests {kind === 'insertion' ? 'inserting ' : kind === 'deletion' ? 'deleting ' : 'replacing '}
                {kind !== 'insertion' ? <del>{suggestion.anchor.quote}</del> : null}
                {kind === 'replacement' ? ' with ' : null}
                {kind !== 'deletion' ? <ins>{suggestion.replacement}</ins> : null}
              </p>
              {places.get(suggestion.id) ? (
                <Button onPress={() => selectBlockRange(editor, places.get(suggestion.id)!)}>Go to the words</Button>
              ) : (
                <p>The words this edit was suggested for are no longer in the minutes.</p>
              )}
              {canDecide ? (
                <div className="mb-review-actions">
                  <Button data-decision="accept" onPress={() => accept([suggestion.id])}>
                    Accept
                  </Button>
                  <Button onPress={() => reject([suggestion.id])}>Reject</Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
