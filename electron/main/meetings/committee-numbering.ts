// A committee's running minute numbers follow its latest meeting as the clerk
// writes it, not only as it was set up: an item added during the meeting moves
// the next meeting's first number on. So the Save, Save As and autosave
// handlers call noteMeetingNumbers whenever a meeting reaches its file.
import { numberingAfterMeeting } from '../../../core/model/minute-numbering';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import type { HandlerDeps } from '../ports/handler-deps';
import { committeeStoreFor } from './committee-store';

export function agendaItemCount(document: MinutesDocument): number {
  return document.content.root.children.filter((node) => node.type === 'agenda-item').length;
}

/** Brings the meeting's committee level with it; the committee file is never the reason a save fails. */
export async function noteMeetingNumbers(deps: Pick<HandlerDeps, 'files' | 'storage' | 'templates'>, document: MinutesDocument): Promise<void> {
  const { meeting } = document;
  const numbering = meeting.numbering;
  if (!meeting.committeeId || numbering.kind !== 'prefixed') return;
  const count = agendaItemCount(document);
  await committeeStoreFor(deps)
    .update(meeting.committeeId, (committee) => numberingAfterMeeting(committee, { committeeId: meeting.committeeId, date: meeting.date, numbering }, count))
    .catch(() => undefined);
}
