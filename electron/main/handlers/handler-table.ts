// The one handler table: channel → plain function. ipcMain registers exactly
// this table in the app, and the Chromium tests bridge to exactly this table.
// Each area contributes its group; the type below makes a missing or
// misspelt channel a compile error.
import type { z } from 'zod';
import type { Channel, ipcContract, OutputOf } from '../../../core/ipc/contract';
import { createAgendaHandlers } from '../agenda/agenda-handlers';
import { createCompareHandlers } from './compare-handlers';
import { createDocumentHandlers } from './document-handlers';
import { DocumentRegistry } from './document-registry';
import { createExportHandlers } from './export-handlers';
import { createGlossaryHandlers } from './glossary-handlers';
import type { CallContext, HandlerDeps } from './handler-deps';
import { createMeetingHandlers } from './meeting-handlers';
import { createReviewHandlers } from './review-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { createSpellingHandlers } from './spelling-handlers';
import { createStorageHandlers } from './storage-handlers';
import { createDocumentStorage, type DocumentStorage } from '../storage/document-storage';
import { followCommitteeNumbering } from '../meetings/committee-numbering';
import { createLibraryHandlers } from '../library/library-handlers';
import { followLibrary } from '../library/follow-library';
import { libraryFor } from '../library/library-for';

/** What a handler receives: the input after dispatch() parsed it (defaults filled in). */
export type HandlerInput<C extends Channel> = z.output<(typeof ipcContract)[C]['input']>;
export type Handler<C extends Channel> = (input: HandlerInput<C>, context: CallContext) => Promise<OutputOf<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };
/** A group of handlers for some of the channels. */
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };

export function createHandlerTable(
  deps: HandlerDeps,
  registry = new DocumentRegistry(),
  storage: DocumentStorage = createDocumentStorage(deps, registry),
): HandlerTable {
  const table = followCommitteeNumbering(deps, {
    ...createAgendaHandlers(deps),
    ...createCompareHandlers(deps, registry, storage),
    ...createDocumentHandlers(deps, registry, storage),
    ...createExportHandlers(deps, registry),
    ...createGlossaryHandlers(deps),
    ...createLibraryHandlers(deps, registry, storage),
    ...createMeetingHandlers(deps, registry, storage),
    ...createReviewHandlers(deps, registry),
    ...createSettingsHandlers(deps),
    ...createSpellingHandlers(deps),
    ...createStorageHandlers(deps, registry, storage),
  });
  return followLibrary(libraryFor(deps), registry, table);
}
