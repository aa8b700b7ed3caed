// The one handler table: channel → plain function. ipcMain registers exactly
// this table in the app, and the Chromium tests bridge to exactly this table.
// Each area contributes its group; HandlerTable makes a missing or misspelt
// channel a compile error. Imports run one way: this table imports the handler
// files, and they import only ports and services, never the table or each other.
import { createAccessibilityHandlers } from './accessibility-handlers';
import { createAgendaHandlers } from '../agenda/agenda-handlers';
import { DocumentRegistry } from '../documents/document-registry';
import { createHouseStyleHandlers } from '../house-styles/house-style-handlers';
import { createActionLogHandlers } from '../library/action-log-handlers';
import { createLibraryHandlers } from '../library/library-handlers';
import { libraryFor } from '../library/library-for';
import { createNextMeetingHandlers } from '../library/next-meeting-handlers';
import type { HandlerDeps } from '../ports/handler-deps';
import type { HandlerTable } from '../ports/handler-types';
import { createDocumentStorage, type DocumentStorage } from '../storage/document-storage';
import { createCompareHandlers } from './compare-handlers';
import { createDocumentHandlers } from './document-handlers';
import { createExportHandlers } from './export-handlers';
import { createGlossaryHandlers } from './glossary-handlers';
import { createMeetingHandlers } from './meeting-handlers';
import { createReviewHandlers } from './review-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { createSpellingHandlers } from './spelling-handlers';
import { createStorageHandlers } from './storage-handlers';

export function createHandlerTable(
  deps: HandlerDeps,
  registry = new DocumentRegistry(),
  storage: DocumentStorage = createDocumentStorage(deps, registry),
): HandlerTable {
  const library = libraryFor(deps);
  return {
    ...createAccessibilityHandlers(deps),
    ...createAgendaHandlers(deps),
    ...createCompareHandlers(deps, registry, storage),
    ...createDocumentHandlers(deps, registry, storage, library),
    ...createExportHandlers(deps, registry),
    ...createGlossaryHandlers(deps),
    ...createHouseStyleHandlers(deps),
    ...createLibraryHandlers(deps, registry, storage, library),
    ...createNextMeetingHandlers(deps, registry, storage, library),
    ...createActionLogHandlers(deps, library),
    ...createMeetingHandlers(deps, registry, storage),
    ...createReviewHandlers(deps, registry),
    ...createSettingsHandlers(deps),
    ...createSpellingHandlers(deps),
    ...createStorageHandlers(deps, registry, storage, library),
  };
}
