// The rest of what the heading and the close of the minutes need from the
// clerk during the meeting: members of the public, when it started and ended,
// where the draft is in review; and saving the meeting's shape as a template.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import { MAX_PUBLIC_COUNT, type PublicAttendance } from '../../core/model/attendance';
import { meetingStatuses, type Meeting, type MeetingStatus } from '../../core/model/meeting';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { OpenDocumentView } from '../state/useDocumentSession';
import { clockOf } from '../../core/text/parse-clerk-input';
import { UkTimeField } from '../components/UkDateTimeFields';
import { DraftField } from './DraftField';
import { ResolutionsWording } from './ResolutionsWording';
import { Button } from '../design/Button';
import { TextField } from '../design/TextField';
import { Select } from '../design/Select';
import { NumberField } from '../design/NumberField';

const statusLabels: Record<MeetingStatus, string> = { draft: 'Draft', 'out-for-review': 'Out for review', approved: 'Approved' };

interface MeetingDetailsProps {
  meeting: Meeting;
  update(updater: (current: Meeting) => Meeting): void;
  session: OpenDocumentView;
}

function TimeField({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  return (
    <span className="mb-time-field">
      <UkTimeField label={label} value={value} onChange={onChange} />
      <Button onPress={() => onChange(clockOf(new Date()))} aria-label={`${label}: now`}>
        Now
      </Button>
    </span>
  );
}

export function MeetingDetails({ meeting, update, session }: MeetingDetailsProps) {
  const [editor] = useLexicalComposerContext();
  const [templateName, setTemplateName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const publicAttendance = meeting.publicAttendance;
  const setPublic = (value: PublicAttendance) => update((current) => ({ ...current, publicAttendance: value }));

  const saveTemplate = async () => {
    const current = session.currentDocument(editor);
    if (!current || !templateName.trim()) return;
    try {
      const saved = await call(
        minuteBookApi().saveMeetingTemplate({
          name: templateName,
          description: `Saved from ${meeting.committeeName || 'a meeting'}`,
          meeting: current.meeting,
          content: current.content,
        }),
      );
      const name = templateName.trim();
      const shipped = saved.replacesShipped
        ? ' It is offered instead of the template of that name that came with Minute Book.'
        : ' It is offered for new meetings.';
      setMessage(`${saved.replaced ? 'Replaced' : 'Saved'} the template “${name}”.${shipped}`);
      setTemplateName('');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="mb-meeting-details">
      <Select<PublicAttendance['kind']>
        label="Members of the public"
        options={[
          { value: 'unrecorded', label: 'Not recorded' },
          { value: 'none', label: 'None present' },
          { value: 'count', label: 'A number present' },
          { value: 'text', label: 'In my own words' },
        ]}
        value={publicAttendance.kind}
        onChange={(kind) =>
          setPublic(kind === 'count' ? { kind, count: 1 } : kind === 'text' ? { kind, text: 'Members of the public were present.' } : { kind })
        }
      />
      {publicAttendance.kind === 'count' ? (
        <NumberField
          label="How many members of the public"
          minValue={1}
          maxValue={MAX_PUBLIC_COUNT}
          value={publicAttendance.count}
          onChange={(count) => setPublic({ kind: 'count', count })}
        />
      ) : null}
      {publicAttendance.kind === 'text' ? (
        <DraftField
          label="Public attendance in your words"
          maxLength={500}
          stored={publicAttendance.text}
          read={(text) => text.trim() !== ''}
          onUsable={(text) => setPublic({ kind: 'text', text })}
        />
      ) : null}
      <TimeField label="Started" value={meeting.startedAt} onChange={(startedAt) => update((current) => ({ ...current, startedAt }))} />
      <TimeField label="Ended" value={meeting.endedAt} onChange={(endedAt) => update((current) => ({ ...current, endedAt }))} />
      {/* Approval is sealed in the Review panel, never set by hand: an approved status without its seal would mislead. */}
      <Select<MeetingStatus>
        label="Status"
        options={meetingStatuses.map((status) => ({
          value: status,
          label: status === 'approved' ? `${statusLabels[status]} (in the Review panel)` : statusLabels[status],
        }))}
        disabledValues={['approved']}
        isDisabled={meeting.status === 'approved'}
        title={meeting.status === 'approved' ? 'Approved in the Review panel; corrections are recorded there as amendments.' : undefined}
        value={meeting.status}
        onChange={(status) => update((current) => ({ ...current, status }))}
      />
      <ResolutionsWording meeting={meeting} update={update} />
      <span className="mb-save-template">
        <TextField aria-label="New template name" placeholder="Template name" maxLength={120} value={templateName} onChange={setTemplateName} />
        <Button isDisabled={!templateName.trim()} onPress={() => void saveTemplate()}>
          Save as template
        </Button>
      </span>
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
