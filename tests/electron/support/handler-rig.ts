// The handler table as the handler tests use it: built by createHandlerTable
// over a fresh temp folder, with a double for every port (test-deps.ts), and
// called through dispatch() exactly as ipcMain calls it. A test passes only
// the ports it cares about (a fixed clock, a dictionary that records, …).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentRegistry } from '../../../electron/main/documents/document-registry';
import { createHandlerTable } from '../../../electron/main/handlers/handler-table';
import type { HandlerDeps } from '../../../electron/main/ports/handler-deps';
import type { HandlerTable } from '../../../electron/main/ports/handler-types';
import { createDocumentStorage, type DocumentStorage } from '../../../electron/main/storage/document-storage';
import { ScriptedDialogs } from '../../e2e/harness/scripted-dialogs';
import { TestWindows } from '../../e2e/harness/test-windows';
import { dispatcher } from '../dispatch-kit';
import { testHandlerDeps } from './test-deps';

export interface HandlerRigOptions {
  /** Ports to use instead of the doubles. */
  deps?: Partial<Omit<HandlerDeps, 'dialogs' | 'windows'>>;
  /** Scripted dialogs and windows a test already holds (new ones otherwise). */
  dialogs?: ScriptedDialogs;
  windows?: TestWindows;
  /** The document storage to use instead of the app's own (fault injection, lock identities). */
  storage?: (deps: HandlerDeps, registry: DocumentRegistry) => DocumentStorage;
}

export interface HandlerRig extends ReturnType<typeof dispatcher> {
  /** The temp folder: settings/ and app-data/ are inside it, and a test's own files may go there too. */
  directory: string;
  dataDirectory: string;
  deps: HandlerDeps;
  dialogs: ScriptedDialogs;
  windows: TestWindows;
  registry: DocumentRegistry;
  storage: DocumentStorage;
  table: HandlerTable;
}

/** A handler table over a new temp folder named minute-book-<name>-…. */
export async function handlerRig(name: string, options: HandlerRigOptions = {}): Promise<HandlerRig> {
  return handlerRigIn(await mkdtemp(path.join(tmpdir(), `minute-book-${name}-`)), options);
}

/** A handler table over a folder the test already made (a second table over the same files, say). */
export function handlerRigIn(directory: string, options: HandlerRigOptions = {}): HandlerRig {
  const dialogs = options.dialogs ?? new ScriptedDialogs();
  const windows = options.windows ?? new TestWindows();
  const deps = testHandlerDeps(directory, { ...options.deps, dialogs, windows });
  const registry = new DocumentRegistry();
  const storage = (options.storage ?? createDocumentStorage)(deps, registry);
  const table = createHandlerTable(deps, registry, storage);
  return { directory, dataDirectory: deps.storage.dataDirectory, deps, dialogs, windows, registry, storage, table, ...dispatcher(() => table) };
}
