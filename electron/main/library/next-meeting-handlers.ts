// "New meeting of this committee" from the meeting that is open (its last
// one): the meeting is built from the committee and its template as New
// meeting builds it, then the carry-over is laid in (core/library/next-meeting.ts).
// It is saved under a name the clerk chooses and opens in its own window.
import { randomUUID } from 'node:crypto';
import type { CarryOverView } from '../../../core/ipc/channels/library-channels';
import type { InputOf, OpenOutcome } from '../../../core/ipc/contract';
import { AppError } from '../../../core/ipc/ipc-result';
import { applyCarryOver, carryOverFrom } from '../../../core/library/next-meeting';
import { compareRosters, rosterAsLastTime } from '../../../core/library/roster-changes';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { houseStyleStoreFor } from '../house-styles/house-style-store';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import { formatUkDate } from '../../../core/text/uk-format';
import { type DocumentRegistry, displayNameOf } from '../documents/document-registry';
import { readTemplateCatalogue } from '../meetings/template-catalogue';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';
import { committeeStoreFor } from '../meetings/committee-store';
import { saveNewMeetingFile } from '../meetings/save-new-meeting-file';
import type { DocumentStorage } from '../storage/document-storage';
import { readMinutesFile } from '../storage/read-minutes-file';
import type { LibraryService } from './library-service';

type NextMeetingChannel = 'library/carry-over' | 'library/next-meeting';

export function createNextMeetingHandlers(deps: HandlerDeps, registry: DocumentRegistry, storage: DocumentStorage, library: LibraryService) {
  const committees = committeeStoreFor(deps);
  const houseStyles = houseStyleStoreFor(deps);

  /** The open meeting, as last written to its file (autosave keeps the file level with the page). */
  async function lastMeeting(documentId: string, context: CallContext): Promise<MinutesDocument> {
    const entry = registry.owned(documentId, context);
    if (!entry.filePath) throw new AppError('invalid-payload', 'Save these minutes first (Ctrl+S): the next meeting is made from the saved file.');
    const document = await readMinutesFile(deps, entry.filePath, storage);
    if (!document.meeting.committeeId) {
      throw new AppError(
        'invalid-payload',
        'These minutes are not from a committee set up in Minute Book, so there is no committee to make the next meeting for. Use New meeting instead.',
      );
    }
    return document;
  }

  async function carryOver(input: InputOf<'library/carry-over'>, context: CallContext): Promise<CarryOverView> {
    const previous = await lastMeeting(input.documentId, context);
    const carry = carryOverFrom(previous);
    const committee = await committees.get(previous.meeting.committeeId);
    return {
      committeeName: previous.meeting.committeeName,
      previousDate: carry.previousDate,
      openActions: carry.openActions.map(({ description, owner, due, raisedAt, status }) => ({ description, owner, due, raisedAt, status })),
      deferredItems: carry.deferredItems.map((item) => item.title),
      deferredMinutesDates: carry.deferredMinutesDates,
      standingItems: carry.standingItems.map((item) => item.title),
      roster: compareRosters(committee.roster, previous.meeting.roster),
    };
  }

  async function nextMeeting(input: InputOf<'library/next-meeting'>, context: CallContext): Promise<OpenOutcome> {
    const previous = await lastMeeting(input.documentId, context);
    if (previous.meeting.date && input.date <= previous.meeting.date) {
      throw new AppError('invalid-payload', `The next meeting must come after this one (${formatUkDate(previous.meeting.date)}). Choose a later date.`);
    }
    const kept = await committees.get(previous.meeting.committeeId);
    const committee = input.rosterAsLastTime ? { ...kept, roster: rosterAsLastTime(kept.roster, previous.meeting.roster) } : kept;
    const entry = (await readTemplateCatalogue(deps)).templates.find((candidate) => candidate.id === previous.meeting.templateId);
    if (!entry)
      throw new AppError(
        'invalid-payload',
        `The template this meeting was made from (“${previous.meeting.templateId || 'none'}”) is no longer there. Use New meeting and choose a template.`,
      );

    const newItemId = () => `item-${randomUUID()}`;
    const built = buildMeeting({
      committee,
      template: entry.template,
      templateId: entry.id,
      date: input.date,
      venue: input.venue,
      // Left blank: as last time, else the committee's (buildMeeting falls back to it).
      contact: input.contact?.trim() || previous.meeting.contact || undefined,
      startTime: input.startTime,
      agendaItems: input.agendaItems,
      newItemId,
      // The committee's style, shipped or the council's own, copied into the meeting; a missing or damaged one stops here with its sentence.
      houseStyle: committee.houseStyleId ? (await houseStyles.resolve(committee.houseStyleId)).style : null,
    });
    const document = applyCarryOver(built.document, carryOverFrom(previous), newItemId);

    const target = await saveNewMeetingFile(deps, storage, context, `${committee.name} ${formatUkDate(input.date)}.minutes`, document);
    if (!target) return { status: 'cancelled' };
    await library.indexSaved(target, document).catch(() => undefined);
    // As New meeting does: the committee's running number and last meeting move on once the meeting exists,
    // and before its window opens, so nothing in that window (or a test) sees the committee as it was.
    const numbering = document.meeting.numbering;
    const items = document.content.root.children.filter((node) => node.type === 'agenda-item').length;
    await committees.update(committee.id, (current) => ({
      ...current,
      ...(input.rosterAsLastTime ? { roster: committee.roster } : {}),
      lastMeetingDate: input.date > current.lastMeetingDate ? input.date : current.lastMeetingDate,
      ...(input.startTime ? { defaultStartTime: input.startTime } : {}),
      ...(numbering.kind === 'prefixed' ? { lastMinuteNumber: numbering.firstNumber + items - 1 } : {}),
    }));
    deps.windows.openNewWindow(target, { startedMeeting: true });
    return { status: 'opened-in-new-window', displayName: displayNameOf(target) };
  }

  return { 'library/carry-over': carryOver, 'library/next-meeting': nextMeeting } satisfies HandlerGroup<NextMeetingChannel>;
}
