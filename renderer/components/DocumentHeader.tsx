// The top of the minutes as the clerk sees it while typing: the heading the
// app writes from the meeting and its register (Minutes of, Date of Meeting,
// Present, Also in attendance, Public Attendance, Apologies), updating as
// attendance is marked. The exporters print the same lines.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Meeting } from '../../core/model/meeting';
import { buildMinutesHeading } from '../../core/model/minutes-heading';
import { trackLastAgendaItem } from '../panels/last-agenda-item';

export function DocumentHeader({ meeting }: { meeting: Meeting }) {
  // Always mounted beside the editor, so the item last minuted is known whichever panel is open.
  const [editor] = useLexicalComposerContext();
  trackLastAgendaItem(editor);
  const lines = buildMinutesHeading(meeting);
  if (lines.length === 0) return null;
  return (
    <header className="mb-document-header" data-testid="document-header">
      {meeting.councilName ? <p className="mb-council-name">{meeting.councilName}</p> : null}
      <dl className="mb-minutes-heading" data-testid="minutes-heading">
        {lines.map((line, index) => (
          <div key={index} style={{ display: 'contents' }} data-testid="heading-line">
            <dt>{line.label}</dt>
            <dd>{line.text}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
