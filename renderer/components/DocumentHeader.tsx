// The top of the minutes as the clerk sees it while typing: council,
// committee and date.
import { formatUkDate } from '../../core/text/uk-format';
import type { Meeting } from '../../core/model/meeting';

export function DocumentHeader({ meeting }: { meeting: Meeting }) {
  if (!meeting.committeeName && !meeting.date) return null;
  return (
    <header className="mb-document-header" data-testid="document-header">
      {meeting.councilName ? <p className="mb-council-name">{meeting.councilName}</p> : null}
      <h2 className="mb-committee-name">{meeting.committeeName}</h2>
      {meeting.date ? <p className="mb-meeting-date">{formatUkDate(meeting.date)}</p> : null}
    </header>
  );
}
