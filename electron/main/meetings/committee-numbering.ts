// A committee's running minute numbers follow its latest meeting as the clerk
// writes it, not only as it was set up: an item added during the meeting moves
// the next meeting's first number on. So whenever a meeting reaches its file
// (Save, Save As, or the autosave writing it), its committee is brought level.
import { meetingNumbering } from '../../../core/minutes/meeting-context';
import { numberingAfterMeeting } from '../../../core/model/minute-numbering';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import type { HandlerDeps } from '../handlers/handler-deps';
import type { HandlerTable } from '../handlers/handler-table';
import { committeeStoreFor } from './committee-store';

export function agendaItemCount(document: MinutesDocument): number {
  return document.content.root.children.filter((node) => node.type === 'agenda-item').length;
}

/** Brings the meeting's committee level with it; the committee file is never the reason a save fails. */
export async function noteMeetingNumbers(deps: HandlerDeps, document: MinutesDocument): Promise<void> {
  const { meeting } = document;
  const numbering = meetingNumbering(meeting);
  if (!meeting.committeeId || numbering.kind !== 'prefixed') return;
  const count = agendaItemCount(document);
  await committeeStoreFor(deps)
    .update(meeting.committeeId, (committee) => numberingAfterMeeting(committee, { committeeId: meeting.committeeId, date: meeting.date, numbering }, count))
    .catch(() => undefined);
}

function afterWriting<I extends { document: MinutesDocument }, O, X>(deps: HandlerDeps, handler: (input: I, context: X) => Promise<O>) {
  return async (input: I, context: X): Promise<O> => {
    const outcome = await handler(input, context);
    const cancelled = (outcome as { status?: unknown }).status === 'cancelled';
    if (!cancelled) await noteMeetingNumbers(deps, input.document);
    return outcome;
  };
}

/** The handler table with Save, Save As and the autosave each bringing the meeting's committee level. */
export function followCommitteeNumbering(deps: HandlerDeps, table: HandlerTable): HandlerTable {
  return {
    ...table,
    'document/save': afterWriting(deps, table['document/save']),
    'document/save-as': afterWriting(deps, table['document/save-as']),
    'autosave/write': afterWriting(deps, table['autosave/write']),
  };
}
