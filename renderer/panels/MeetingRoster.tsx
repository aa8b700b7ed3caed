// The meeting's own copy of the roster, changed during the meeting (a new
// member, a substitute, someone retired), and on request kept for the
// committee too, so the next meeting starts with the same people.
import { useState } from 'react';
import type { Meeting } from '../../core/model/meeting';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { RosterEditor } from './RosterEditor';
import { Button } from '../design/Button';

interface MeetingRosterProps {
  meeting: Meeting;
  update(updater: (current: Meeting) => Meeting): void;
}

export function MeetingRoster({ meeting, update }: MeetingRosterProps) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const keepForCommittee = async () => {
    try {
      const { committee } = await call(minuteBookApi().keepRosterForCommittee({ committeeId: meeting.committeeId, roster: meeting.roster }));
      setMessage(`${committee.name} now has this roster; its next meeting starts with it.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="mb-meeting-roster">
      <Button aria-expanded={open} onPress={() => setOpen((shown) => !shown)}>
        {open ? 'Close roster' : 'Edit roster'}
      </Button>
      {open ? (
        <>
          <RosterEditor
            people={meeting.roster}
            onChange={(roster) => {
              setMessage(null);
              update((current) => ({ ...current, roster }));
            }}
          />
          {meeting.committeeId ? <Button onPress={() => void keepForCommittee()}>Keep this roster for the committee</Button> : null}
        </>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
