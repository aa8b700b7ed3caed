// A handler table over real temp folders with a controllable clock and fault
// injection, for the storage tests.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmptyMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';
import { backupPathOf, writeFileAtomic } from '../../../electron/main/adapters/atomic-write';
import { nodeFileStore } from '../../../electron/main/adapters/node-file-store';
import type { DocumentRegistry } from '../../../electron/main/documents/document-registry';
import type { FileStore } from '../../../electron/main/ports/handler-deps';
import type { HandlerTable } from '../../../electron/main/ports/handler-types';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { LockIdentity } from '../../../electron/main/storage/document-locks';
import { DocumentStorage } from '../../../electron/main/storage/document-storage';
import type { ScriptedDialogs } from '../../e2e/harness/scripted-dialogs';
import type { TestWindows } from '../../e2e/harness/test-windows';
import { handlerRigIn } from '../support/handler-rig';
import { FaultyFs } from './fault-fs';

export interface StorageRig {
  directory: string;
  dataDirectory: string;
  table: HandlerTable;
  registry: DocumentRegistry;
  storage: DocumentStorage;
  dialogs: ScriptedDialogs;
  windows: TestWindows;
  /** Faults for the app's own files (journals, versions, locks). */
  dataFs: FaultyFs;
  /** Faults for the documents themselves. */
  documentFs: FaultyFs;
  clock: { at: Date; now(): Date; advance(ms: number): void };
  call(channel: string, payload: unknown, windowId?: number): Promise<unknown>;
}

export function documentSaying(text: string): MinutesDocument {
  const document = createEmptyMinutesDocument();
  document.content.root.children = [
    { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] },
  ];
  return document;
}

export function testIdentity(clock: { now(): Date }, overrides: Partial<LockIdentity> = {}): LockIdentity {
  return { owner: () => 'Kelly Barnett', machine: 'CLERK-LAPTOP', pid: process.pid, now: () => clock.now(), isProcessAlive: () => true, ...overrides };
}

export async function createStorageRig(identity?: (clock: { now(): Date }) => LockIdentity): Promise<StorageRig> {
  const directory = await mkdtemp(path.join(tmpdir(), 'minute-book-storage-'));
  const dataDirectory = path.join(directory, 'app-data');
  const clock = {
    at: new Date('2022-03-23T18:45:00Z'),
    now() {
      return new Date(this.at);
    },
    advance(ms: number) {
      this.at = new Date(this.at.getTime() + ms);
    },
  };
  const dataFs = new FaultyFs();
  const documentFs = new FaultyFs();
  const files: FileStore = {
    read: nodeFileStore.read,
    writeAtomic: (filePath, data) => writeFileAtomic(filePath, data, { fs: documentFs, backupPath: backupPathOf(filePath) }),
  };
  const { dialogs, windows, registry, storage, table } = handlerRigIn(directory, {
    deps: { files, clock },
    storage: (_deps, registry) => {
      const storage = new DocumentStorage({ dataDirectory, files, clock, fs: dataFs, lockIdentity: (identity ?? testIdentity)(clock) });
      registry.onRelease((released) => void storage.release(released));
      return storage;
    },
  });
  return {
    directory,
    dataDirectory,
    table,
    registry,
    storage,
    dialogs,
    windows,
    dataFs,
    documentFs,
    clock,
    async call(channel, payload, windowId = 1) {
      const result = await dispatch(table, channel, payload, { windowId });
      if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
      return result.value;
    },
  };
}

/** Opens an untitled document in a window and returns its id. */
export async function newDocument(rig: StorageRig, windowId = 1): Promise<string> {
  const initial = (await rig.call('document/initial', {}, windowId)) as { opened: { documentId: string } };
  return initial.opened.documentId;
}
