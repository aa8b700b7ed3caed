// The top of the minutes as the clerk sees it while typing: the heading the
// app writes from the meeting and its register (Minutes of, Date of Meeting,
// Present, Also in attendance, Public Attendance, Apologies), updating as
// attendance is marked. The exporters print the same lines.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Meeting } from '../../core/model/meeting';
import { buildMinutesHeading } from '../../core/model/minutes-heading';
import { checkQuorum } from '../../core/model/quorum';
import { useCurrentItemLabels } from '../editor/outline/useCurrentItemLabels';
import '../panels/meeting-panels.css';

export function DocumentHeader({ meeting: stored }: { meeting: Meeting }) {
  const [editor] = useLexicalComposerContext();
  const meeting = useCurrentItemLabels(editor, stored);
  const lines = buildMinutesHeading(meeting);
  if (lines.length === 0) return null;
  // Shown while minuting whichever panel is open; never part of the minutes.
  const quorum = meeting.attendance.length > 0 ? checkQuorum(meeting.roster, meeting.attendance, meeting.quorum) : null;
  return (
    <header className="mb-document-header" data-testid="document-header">
      {quorum?.warning ? (
        <p role="alert" className="mb-quorum-warning" data-testid="header-quorum-warning">
          {quorum.warning}
        </p>
      ) : null}
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
