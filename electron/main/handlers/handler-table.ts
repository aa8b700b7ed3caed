// The one handler table: channel → plain function. ipcMain registers exactly
// this table in the app, and the Chromium tests bridge to exactly this table.
import type { Channel, InputOf, OutputOf } from '../../../core/ipc/contract';
import { createDocumentHandlers } from './document-handlers';
import { DocumentRegistry } from './document-registry';
import type { CallContext, HandlerDeps } from './handler-deps';
import { createSettingsHandlers } from './settings-handlers';

export type HandlerTable = {
  [C in Channel]: (input: InputOf<C>, context: CallContext) => Promise<OutputOf<C>>;
};

export function createHandlerTable(deps: HandlerDeps, registry = new DocumentRegistry()): HandlerTable {
  const documents = createDocumentHandlers(deps, registry);
  const settings = createSettingsHandlers(deps);
  return {
    'document/initial': documents.initialDocument,
    'document/open': documents.openDocument,
    'document/save': documents.saveDocument,
    'document/save-as': documents.saveDocumentAs,
    'window/new': async () => {
      deps.windows.openNewWindow();
      return {};
    },
    'settings/get': settings.getSettings,
    'settings/set-user-name': settings.setUserName,
  };
}
