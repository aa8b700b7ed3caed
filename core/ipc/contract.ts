// The one IPC contract. Every call between the page and the main process is
// named here once, with schemas for its input and output; main, preload and
// renderer all import this file, so the compiler checks both ends.
import { z } from 'zod';
import { minutesDocumentSchema } from '../storage/minutes-document';
import type { IpcResult } from './ipc-result';

const noInput = z.object({}).strict();
const documentId = z.string().regex(/^doc-[a-z0-9-]{1,64}$/, 'not a document id');

export const openedDocumentSchema = z.object({
  documentId,
  displayName: z.string(),
  /** False until the document has been saved to (or opened from) a file. */
  hasFile: z.boolean(),
  document: minutesDocumentSchema,
});

export const savedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), displayName: z.string(), savedAt: z.iso.datetime() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const openOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), opened: openedDocumentSchema }),
  /** The page had work in it, so the file opened in a window of its own. */
  z.object({ status: z.literal('opened-in-new-window'), displayName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const settingsViewSchema = z.object({
  userName: z.string(),
  recentDocuments: z.array(z.object({ displayName: z.string() })),
});

const saveInput = z.object({ documentId, document: minutesDocumentSchema }).strict();

export const initialDocumentSchema = z.object({
  opened: openedDocumentSchema,
  /** Why the file this window was opened for could not be read, if it could not. */
  problem: z.string().nullable(),
});

export const ipcContract = {
  'document/initial': { method: 'initialDocument', input: noInput, output: initialDocumentSchema },
  'document/open': {
    method: 'openDocument',
    input: z.object({ replaceCurrent: z.boolean() }).strict(),
    output: openOutcomeSchema,
  },
  'document/save': { method: 'saveDocument', input: saveInput, output: savedSchema },
  'document/save-as': { method: 'saveDocumentAs', input: saveInput, output: savedSchema },
  'window/new': { method: 'newWindow', input: noInput, output: z.object({}) },
  'settings/get': { method: 'getSettings', input: noInput, output: settingsViewSchema },
  'settings/set-user-name': {
    method: 'setUserName',
    input: z.object({ userName: z.string().trim().min(1).max(120) }).strict(),
    output: settingsViewSchema,
  },
} as const satisfies Record<string, { method: string; input: z.ZodType; output: z.ZodType }>;

export type Channel = keyof typeof ipcContract;
export type InputOf<C extends Channel> = z.input<(typeof ipcContract)[C]['input']>;
export type OutputOf<C extends Channel> = z.output<(typeof ipcContract)[C]['output']>;
export type MethodOf<C extends Channel> = (typeof ipcContract)[C]['method'];

/** Menu commands the main process sends to the page (menu clicks). */
export const menuCommands = ['new', 'open', 'save', 'save-as', 'export', 'undo', 'redo'] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const MENU_COMMAND_EVENT = 'menu/command';

export type MinuteBookApi = {
  [C in Channel as MethodOf<C>]: (input: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** [method, channel] pairs: what the preload (and the test bridge) expose. */
export const apiMethodTable = Object.entries(ipcContract).map(
  ([channel, spec]) => [spec.method, channel] as const,
);

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}

export type OpenedDocument = z.infer<typeof openedDocumentSchema>;
export type InitialDocument = z.infer<typeof initialDocumentSchema>;
export type SaveOutcome = z.infer<typeof savedSchema>;
export type OpenOutcome = z.infer<typeof openOutcomeSchema>;
export type SettingsView = z.infer<typeof settingsViewSchema>;
