// The library's channels: its folders, searching it, and opening a result at
// its minute. A result is opened as File › Open would open it (locked, or in a
// window of its own when this one holds work); the minute to show waits here
// until the document's page asks for it.
import path from 'node:path';
import type { libraryChannels, LibraryStatus } from '../../../core/ipc/channels/library-channels';
import type { InputOf, OpenOutcome } from '../../../core/ipc/contract';
import { AppError } from '../../../core/ipc/ipc-result';
import type { DocumentRegistry } from '../documents/document-registry';
import { displayNameOf } from '../documents/document-registry';
import { adoptLockedFile, openInOwnWindow } from '../documents/open-in-window';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';
import type { DocumentStorage } from '../storage/document-storage';
import { readMinutesFile } from '../storage/read-minutes-file';
import type { LibraryService } from './library-service';

/** The library's channels with handler files of their own (next-meeting-handlers.ts, action-log-handlers.ts). */
type ElsewhereChannel = 'library/carry-over' | 'library/next-meeting' | 'library/action-log' | 'library/export-action-log';

export function createLibraryHandlers(deps: HandlerDeps, registry: DocumentRegistry, storage: DocumentStorage, library: LibraryService) {
  /** file path → the item to show when that file's page next asks. */
  const targets = new Map<string, string>();

  async function status(): Promise<LibraryStatus> {
    const [folders, found] = await Promise.all([
      library.folders(),
      library.read((index) => ({ meetings: index.meetingCount(), committees: index.committees(), problems: index.problems() })),
    ]);
    return {
      folders,
      meetings: found.meetings,
      committees: found.committees,
      problems: found.problems.map(({ filePath, problem }) => ({ fileName: path.basename(filePath), folder: path.dirname(filePath), problem })),
      unreachable: library.unreachable(),
      progress: { ...library.progress },
    };
  }

  async function addDocumentFolder(input: InputOf<'library/add-document-folder'>, context: CallContext): Promise<LibraryStatus> {
    const entry = registry.owned(input.documentId, context);
    if (!entry.filePath)
      throw new AppError(
        'invalid-payload',
        'These minutes are not saved yet, so they have no folder. Save them (Ctrl+S) into the folder you keep minutes in, then add it.',
      );
    await library.addFolder(path.dirname(entry.filePath));
    return status();
  }

  async function chooseFolder(_input: InputOf<'library/choose-folder'>, context: CallContext): Promise<LibraryStatus> {
    const folder = await deps.dialogs.chooseFolder(context);
    if (folder) await library.addFolder(folder);
    return status();
  }

  async function removeFolder(input: InputOf<'library/remove-folder'>): Promise<LibraryStatus> {
    if (!(await library.folders()).includes(input.folder)) throw new AppError('invalid-payload', 'That folder is not in the library.');
    await library.removeFolder(input.folder);
    return status();
  }

  async function search(input: InputOf<'library/search'>) {
    const hits = await library.search(input.query, { committeeId: input.committeeId, from: input.from, to: input.to, kind: input.kind });
    return { hits: hits.map(({ filePath, committeeId: _committeeId, ...hit }) => ({ ...hit, fileName: displayNameOf(filePath) })) };
  }

  async function open(input: InputOf<'library/open'>, context: CallContext): Promise<OpenOutcome> {
    const meeting = await library.read((index) => index.meetingByFileId(input.fileId));
    if (!meeting) throw new AppError('invalid-payload', 'That meeting is no longer in the library (it was moved or the library was rebuilt). Search again.');
    const filePath = meeting.filePath;
    // Read first: a file changed or damaged since it was indexed says so now, as Open would.
    const document = await readMinutesFile(deps, filePath, storage);
    if (input.itemId) targets.set(filePath, input.itemId);
    const claim = input.replaceCurrent ? await storage.lock(filePath) : null;
    if (!claim || claim.status === 'held') {
      // Its own window (which opens it read-only, with the reason, when someone else has it).
      // A lock someone else holds is not ours to let go.
      return openInOwnWindow(deps, storage, filePath, { releaseOurLock: claim?.status !== 'held' });
    }
    return adoptLockedFile(deps, registry, storage, context, filePath, document);
  }

  return {
    'library/status': status,
    'library/refresh': async () => {
      await library.refresh();
      return status();
    },
    'library/rebuild': async () => {
      await library.rebuild();
      return status();
    },
    'library/add-document-folder': addDocumentFolder,
    'library/choose-folder': chooseFolder,
    'library/remove-folder': removeFolder,
    'library/search': search,
    'library/open': open,
    'library/take-target': async (input, context) => {
      const entry = registry.get(input.documentId);
      const filePath = entry && entry.windowId === context.windowId ? entry.filePath : null;
      const itemId = filePath ? (targets.get(filePath) ?? null) : null;
      if (filePath) targets.delete(filePath);
      return { itemId };
    },
  } satisfies HandlerGroup<Exclude<keyof typeof libraryChannels, ElsewhereChannel>>;
}
