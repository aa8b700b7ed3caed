// Changes to the open document other than its text: the meeting's details
// (attendance, roster…) and a restored version's. Whether they may change is
// core's rule (core/review/meeting-changes.ts); a refusal is said in the notice.
import { useCallback } from 'react';
import type { Meeting } from '../../core/model/meeting';
import { meetingChangeRefusals, whyMeetingCannotChange } from '../../core/review/meeting-changes';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import type { OpenedDocumentState } from './useOpenedDocument';

export interface MeetingEdits {
  /** Replaces the document's meeting details after a version was restored (the editor takes the content); false when refused (read-only). */
  replaceDocument(document: MinutesDocument): boolean;
  /** Changes the open document's meeting details (attendance, roster…) and marks it unsaved. */
  updateMeeting(updater: (meeting: Meeting) => Meeting): void;
}

export function useMeetingEdits(document: OpenedDocumentState): MeetingEdits {
  const { openedRef, setOpened, setNotice, markChanged } = document;

  const replaceDocument = useCallback(
    (minutes: MinutesDocument) => {
      const current = openedRef.current;
      if (!current) return false;
      if (current.readOnly) {
        setNotice(meetingChangeRefusals['read-only']);
        return false;
      }
      setOpened({ ...current, document: minutes });
      return true;
    },
    [openedRef, setOpened, setNotice],
  );

  const updateMeeting = useCallback(
    (updater: (meeting: Meeting) => Meeting) => {
      const current = openedRef.current;
      if (!current) return;
      const refusal = whyMeetingCannotChange(current.document, current.readOnly === true);
      if (refusal) {
        setNotice(meetingChangeRefusals[refusal]);
        return;
      }
      setOpened({ ...current, document: { ...current.document, meeting: updater(current.document.meeting) } });
      markChanged();
    },
    [openedRef, setOpened, setNotice, markChanged],
  );

  return { replaceDocument, updateMeeting };
}
