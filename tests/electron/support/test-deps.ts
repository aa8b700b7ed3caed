// A double for every port the handler table needs (electron/main/ports), so a
// test names only what it cares about. Every port is required in the app;
// here each gets a stand-in that answers as a clerk or the OS would: the disk
// is a real temp folder, dialogs are scripted, templates are the repository's
// own, the Word, agenda and export dialogs go to the scripted dialogs, and
// there is no PDF printer (a test that prints passes its own).
import path from 'node:path';
import { writeFileAtomic } from '../../../electron/main/adapters/atomic-write';
import { nodeFileStore } from '../../../electron/main/adapters/node-file-store';
import { nodeTemplateFolders } from '../../../electron/main/meetings/node-template-folders';
import type { Dialogs, HandlerDeps } from '../../../electron/main/ports/handler-deps';
import { ScriptedDialogs } from '../../e2e/harness/scripted-dialogs';
import { createTestSettings } from '../../e2e/harness/test-settings';
import { TestWindows } from '../../e2e/harness/test-windows';

/** The repository's own templates/ folder: the shipped templates, as tests and development runs find them. */
export const repositoryTemplatesDirectory = path.resolve(__dirname, '../../../templates');

/** A clock stopped at one moment. */
export function fixedClock(iso: string): { now(): Date } {
  return { now: () => new Date(iso) };
}

/**
 * Every port, under `directory` (settings and the app's data folder), with the
 * dialogs of `overrides.dialogs` (or new scripted ones) behind the Word, agenda
 * and export dialogs; `overrides` replaces any port.
 */
export function testHandlerDeps(directory: string, overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  const dialogs: Dialogs = overrides.dialogs ?? new ScriptedDialogs();
  return {
    files: nodeFileStore,
    dialogs,
    windows: new TestWindows(),
    clock: { now: () => new Date() },
    settings: createTestSettings(path.join(directory, 'settings')),
    storage: { dataDirectory: path.join(directory, 'app-data') },
    templates: nodeTemplateFolders(repositoryTemplatesDirectory),
    exports: {
      printer: { print: () => Promise.reject(new Error('This test has no PDF printer.')) },
      chooseExportPath: (context, suggestedName) => dialogs.chooseSavePath(context, suggestedName),
      writeFile: (filePath, bytes) => writeFileAtomic(filePath, bytes),
    },
    reviewFiles: {
      chooseWordFile: (context) => dialogs.chooseFileToOpen(context),
      chooseReviewCopyPath: (context, suggestedName) => dialogs.chooseSavePath(context, suggestedName),
    },
    agendaFiles: { chooseAgendaFile: (context) => dialogs.chooseFileToOpen(context) },
    spelling: { addWords: () => undefined },
    // As on most clerks' machines (and in the typing bench): no screen reader.
    assistiveTechnology: { isRunning: () => false },
    ...overrides,
  };
}
