// The one IPC contract. Every call between the page and the main process is
// named once, in a per-area file under channels/, with schemas for its input
// and output; main, preload and renderer all import this file, so the
// compiler checks both ends. Adding an area is one spread line below.
import type { z } from 'zod';
import { accessibilityChannels } from './channels/accessibility-channels';
import { agendaChannels } from './channels/agenda-channels';
import type { ChannelSpec } from './channels/channel-spec';
import { compareChannels } from './channels/compare-channels';
import { documentChannels } from './channels/document-channels';
import { exportChannels } from './channels/export-channels';
import { glossaryChannels } from './channels/glossary-channels';
import { houseStyleChannels } from './channels/house-style-channels';
import { libraryChannels } from './channels/library-channels';
import { meetingChannels } from './channels/meeting-channels';
import { reviewChannels } from './channels/review-channels';
import { settingsChannels } from './channels/settings-channels';
import { spellingChannels } from './channels/spelling-channels';
import { storageChannels } from './channels/storage-channels';
import type { IpcResult } from './ipc-result';

export const ipcContract = {
  ...accessibilityChannels,
  ...agendaChannels,
  ...compareChannels,
  ...documentChannels,
  ...exportChannels,
  ...glossaryChannels,
  ...houseStyleChannels,
  ...libraryChannels,
  ...meetingChannels,
  ...reviewChannels,
  ...settingsChannels,
  ...spellingChannels,
  ...storageChannels,
} as const satisfies Record<string, ChannelSpec>;

export type Channel = keyof typeof ipcContract;
export type InputOf<C extends Channel> = z.input<(typeof ipcContract)[C]['input']>;
export type OutputOf<C extends Channel> = z.output<(typeof ipcContract)[C]['output']>;
export type MethodOf<C extends Channel> = (typeof ipcContract)[C]['method'];

/**
 * Commands the main process sends to the page: menu clicks, and
 * 'prepare-to-close' when the window is about to close (the page hands over
 * unsaved text, then answers with answerClose).
 */
export const menuCommands = [
  'new',
  'new-meeting',
  'open',
  'save',
  'save-as',
  'export',
  'undo',
  'redo',
  'compare-versions',
  'house-styles',
  'find',
  'replace',
  'prepare-to-close',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const MENU_COMMAND_EVENT = 'menu/command';
/** Main tells the page when assistive technology starts or stops; the payload is `running`, a boolean. */
export const ASSISTIVE_TECHNOLOGY_EVENT = 'accessibility/assistive-technology-changed';
/** The events main pushes to the page, by what the page API calls them. */
export const pushedEvents = { menuCommand: MENU_COMMAND_EVENT, assistiveTechnology: ASSISTIVE_TECHNOLOGY_EVENT } as const;

export type MinuteBookApi = {
  [C in Channel as MethodOf<C>]: (input: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Called with `running` whenever assistive technology starts or stops. */
  onAssistiveTechnologyChange(listener: (running: boolean) => void): () => void;
};

/** [method, channel] pairs: what the preload (and the test bridge) expose. */
export const apiMethodTable = Object.entries(ipcContract).map(([channel, spec]) => [spec.method, channel] as const);

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}

export type { InitialDocument, OpenOutcome, OpenedDocument, SaveOutcome } from './channels/document-channels';
export type { AssistiveTechnologyState } from './channels/accessibility-channels';
export type { SettingsView } from './channels/settings-channels';
