// A committee's action log from the library, and its export as DOCX or PDF
// through the minutes' layout model and writers.
import type { ActionLogView } from '../../../core/ipc/channels/library-channels';
import type { InputOf } from '../../../core/ipc/contract';
import { AppError } from '../../../core/ipc/ipc-result';
import { buildActionLog, describeReference, type ActionLogEntry } from '../../../core/library/action-log';
import { actionLogLayout } from '../../../core/library/action-log-layout';
import { writeDocx } from '../../../core/export/docx-writer';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';
import type { LibraryService } from './library-service';

type ActionLogChannel = 'library/action-log' | 'library/export-action-log';

export function createActionLogHandlers(deps: HandlerDeps, library: LibraryService) {
  async function logOf(committeeId: string): Promise<{ committeeName: string; councilName: string; entries: ActionLogEntry[] }> {
    await library.flushSaves();
    const { actions, committee } = await library.read((index) => ({
      actions: index.actionsOf(committeeId),
      committee: index.committees().find((candidate) => candidate.id === committeeId),
    }));
    if (!committee) throw new AppError('invalid-payload', 'No meetings of that committee are in the library. Add the folder its minutes are kept in.');
    const councilName = await library.read((index) => index.councilOf(committeeId));
    return { committeeName: committee.name, councilName, entries: buildActionLog(actions.map((action) => ({ ...action, meetingDate: action.meeting.date }))) };
  }

  async function actionLog(input: InputOf<'library/action-log'>): Promise<ActionLogView> {
    const { committeeName, entries } = await logOf(input.committeeId);
    return {
      committeeName,
      entries: entries.map((entry) => ({
        actionId: entry.actionId,
        description: entry.description,
        owner: entry.owner,
        due: entry.due,
        raisedAt: describeReference(entry.raisedAt),
        status: entry.status,
        history: entry.history.map((step) => `${describeReference(step)}: ${step.status}`),
      })),
    };
  }

  async function exportLog(input: InputOf<'library/export-action-log'>, context: CallContext) {
    const exports = deps.exports;
    const log = await logOf(input.committeeId);
    const asAt = deps.clock.now().toISOString().slice(0, 10);
    const layout = actionLogLayout({ ...log, asAt });
    const chosen = await exports.chooseExportPath(context, `${log.committeeName} action log.${input.format}`.replace(/[\\/:*?"<>|]+/g, ' '), input.format);
    if (!chosen) return { status: 'cancelled' as const };
    const bytes = input.format === 'docx' ? await writeDocx(layout) : await exports.printer.print(renderLayoutHtml(layout));
    await exports.writeFile(chosen, bytes);
    return { status: 'saved' as const, fileName: chosen.split(/[\\/]/).at(-1) ?? chosen };
  }

  return { 'library/action-log': actionLog, 'library/export-action-log': exportLog } satisfies HandlerGroup<ActionLogChannel>;
}
