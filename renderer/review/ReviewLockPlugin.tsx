// Keeps approved minutes and a chair's review copy from being typed in: the
// text is guarded (edit-guard) while the minutes are locked by approval
// (until an amendment is begun) or while this is the review copy (the chair
// comments and suggests through the Review panel), and approved minutes are
// also made read-only. The review copy keeps its caret so the chair can select
// words with the keyboard. It also checks the approval seal in main whenever a
// document is opened or resealed, and says plainly when an approved file has
// changed since. The review's marks are shown in the page from here too.
// The same guard (state/useTextLock) keeps a file opened read-only unchanged.
import { useEffect, useState } from 'react';
import type { SealCheckView } from '../../core/ipc/channels/review-channels';
import { textChangeRefusals, whyTextCannotChange } from '../../core/review/meeting-changes';
import { currentSeal } from '../../core/review/seal';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { OpenDocumentView } from '../state/useDocumentSession';
import type { MeetingEdits } from '../state/useMeetingEdits';
import { useTextLock } from '../state/useTextLock';
import { ReviewMarks } from './ReviewMarks';
import { useSelectionMemory } from './selection-memory';
import { useReview } from './useReview';

export function ReviewLockPlugin({ session }: { session: OpenDocumentView & MeetingEdits }) {
  const { editor, document, review, problem, reviewCopy } = useReview(session);
  useSelectionMemory(editor);
  const [checked, setChecked] = useState<{ key: string; check: SealCheckView } | null>(null);
  const documentId = session.opened?.documentId ?? null;
  const sealHash = review ? (currentSeal(review)?.hash ?? null) : null;
  const amending = review?.amending !== null && review?.amending !== undefined;

  // One guard for every reason the text is locked, a file open read-only included.
  const textLock = useTextLock(editor, whyTextCannotChange(review, session.readOnly));

  // Checked against the document as it came from the file (or from main's reseal), not the editor's re-export.
  const key = `${documentId}:${sealHash}:${amending}`;
  useEffect(() => {
    if (!document || sealHash === null) return;
    let live = true;
    call(minuteBookApi().verifySeal({ document }))
      .then((check) => live && setChecked({ key, check }))
      .catch((error: unknown) => live && setChecked({ key, check: { status: 'changed', message: error instanceof Error ? error.message : String(error) } }));
    return () => {
      live = false;
    };
    // Only a new document or a new seal needs checking again; edits while amending do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const check = sealHash !== null && checked?.key === key ? checked.check : null;
  const refusedBecause = textLock.refusals > 0 ? textLock.reasons[0] : undefined;
  const refused = refusedBecause ? (
    <p className="mb-review-banner mb-review-banner-refused" role="alert" data-testid={refusedBecause === 'read-only' ? 'read-only-refused' : 'review-refused'}>
      {textChangeRefusals[refusedBecause]}
    </p>
  ) : null;
  return (
    <>
      <ReviewMarks editor={editor} review={review} />
      {problem ? (
        <p className="mb-review-banner mb-review-banner-changed" role="alert" data-testid="review-banner">
          {problem} If these minutes were approved, their seal cannot be checked.
        </p>
      ) : (
        <ReviewBanner reviewCopy={reviewCopy} check={check} />
      )}
      {refused}
    </>
  );
}

function ReviewBanner({ reviewCopy, check }: { reviewCopy: boolean; check: SealCheckView | null }) {
  if (reviewCopy && !check) {
    return (
      <p className="mb-review-banner" role="status" data-testid="review-banner">
        Review copy: the text cannot be changed here. Comment on it or suggest edits in the Review panel (Ctrl+Shift+E).
      </p>
    );
  }
  if (!check || check.status === 'not-approved') return null;
  if (check.status === 'amending') {
    return (
      <p className="mb-review-banner" role="status" data-testid="review-banner">
        Amendment open: {check.reason} Seal it in the Review panel when the correction is made.
      </p>
    );
  }
  return (
    <p className={`mb-review-banner mb-review-banner-${check.status}`} role={check.status === 'changed' ? 'alert' : 'status'} data-testid="review-banner">
      {check.message}
      {check.status === 'intact' ? ' The minutes are locked.' : null}
    </p>
  );
}
