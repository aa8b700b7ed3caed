// Approval in the Review panel: record who approved the minutes, when and at
// which meeting (main seals them); once approved, show the record and allow
// a correction only as an amendment with its reason, sealed again after.
import { CLEAR_HISTORY_COMMAND } from 'lexical';
import { useState } from 'react';
import { formatUkDate } from '../../core/text/uk-format';
import { UkDateField } from '../components/UkDateTimeFields';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { useReview } from '../review/useReview';
import { Button } from '../design/Button';
import { TextField } from '../design/TextField';

interface Props {
  state: ReturnType<typeof useReview>;
  author: string;
  say: (message: string) => void;
}

/**
 * The first field left empty, said in words with the keyboard put there; main would refuse
 * it too, but naming the request and its field ("approvedBy is not valid").
 */
function missing(fields: Array<[value: string, id: string, sentence: string]>, say: (message: string) => void): boolean {
  const empty = fields.find(([value]) => !value.trim());
  if (!empty) return false;
  say(empty[2]);
  document.getElementById(empty[1])?.focus();
  return true;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function ReviewApproval({ state, author, say }: Props) {
  const { review, currentDocument, adoptDocument, reviewCopy, editor } = state;
  const [approvedBy, setApprovedBy] = useState('');
  const [approvedOn, setApprovedOn] = useState(today);
  const [atMeeting, setAtMeeting] = useState('');
  const [reason, setReason] = useState('');
  if (!review || reviewCopy) return null;

  const run = async (
    request: (
      document: NonNullable<ReturnType<typeof currentDocument>>,
    ) => Promise<{ document: NonNullable<ReturnType<typeof currentDocument>>; check: { status: string } }>,
    done: string,
  ) => {
    const document = currentDocument();
    if (!document) return;
    try {
      const outcome = await request(document);
      if (!adoptDocument(outcome.document, { replaceText: false })) return;
      // The sealed text is where undo stops: in an amendment, Ctrl+Z took back typing from
      // before the approval (or an earlier amendment) as if it were part of the correction.
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      say(done);
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
    }
  };

  if (!review.approval) {
    return (
      <section aria-labelledby="review-approval-heading" className="mb-review-section">
        <h3 id="review-approval-heading">Approval</h3>
        <form
          className="mb-review-form"
          onSubmit={(event) => {
            event.preventDefault();
            const unfilled: Array<[string, string, string]> = [
              [approvedBy, 'approved-by', 'Enter who approved the minutes (Approved by).'],
              [approvedOn, 'approved-on', 'Enter the date the minutes were approved (Date approved).'],
              [atMeeting, 'approved-at', 'Enter the meeting at which the minutes were approved (At the meeting of).'],
            ];
            if (missing(unfilled, say)) return;
            void run(
              (document) => call(minuteBookApi().approveMinutes({ document, approvedBy, approvedOn, atMeeting })),
              'Approved and sealed. The minutes are now locked.',
            );
          }}
        >
          <TextField id="approved-by" label="Approved by" value={approvedBy} onChange={setApprovedBy} placeholder="Councillor …" />
          <UkDateField id="approved-on" label="Date approved" value={approvedOn} onChange={setApprovedOn} />
          <TextField id="approved-at" label="At the meeting of" value={atMeeting} onChange={setAtMeeting} placeholder="Cabinet, 20 April 2022" />
          <Button type="submit" variant="primary">
            Approve as a correct record
          </Button>
        </form>
      </section>
    );
  }

  const { approval, amendments, amending } = review;
  return (
    <section aria-labelledby="review-approval-heading" className="mb-review-section">
      <h3 id="review-approval-heading">Approval</h3>
      <p data-testid="review-approval">
        Approved as a correct record by {approval.approvedBy} on {formatUkDate(approval.approvedOn)} at {approval.atMeeting}.
      </p>
      {amendments.length ? (
        <ol className="mb-review-list">
          {amendments.map((amendment) => (
            <li key={amendment.seal.hash} data-testid="review-amendment">
              Amended on {formatUkDate(amendment.recordedOn)} by {amendment.recordedBy}: {amendment.reason}
            </li>
          ))}
        </ol>
      ) : null}
      {amending ? (
        <Button onPress={() => void run((document) => call(minuteBookApi().sealAmendment({ document })), 'Amendment sealed. The minutes are locked again.')}>
          Seal the amendment
        </Button>
      ) : (
        <form
          className="mb-review-form"
          onSubmit={(event) => {
            event.preventDefault();
            const unfilled: Array<[string, string, string]> = [
              [reason, 'amendment-reason', 'Give the reason for the correction first.'],
              [author, 'review-author', 'Enter your name first (Your name), so the amendment says who recorded it.'],
            ];
            if (missing(unfilled, say)) return;
            void run(
              (document) => call(minuteBookApi().beginAmendment({ document, reason, recordedBy: author })),
              'The minutes are open for the correction. Seal the amendment when it is made.',
            );
          }}
        >
          <TextField id="amendment-reason" label="Reason for a correction" value={reason} onChange={setReason} />
          <Button type="submit" variant="primary">
            Begin amendment
          </Button>
        </form>
      )}
    </section>
  );
}
