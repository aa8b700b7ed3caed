// The OS boundary the handlers see: small interfaces, so the app passes
// Electron's dialogs and the real disk, and tests pass temp folders and
// scripted dialog answers. Handlers never import electron.
import type { SettingsService } from '../settings/settings-service';

/** Who is calling: the window the request came from. */
export interface CallContext {
  windowId: number;
}

export interface FileStore {
  /** Reads a whole file, refusing one larger than maxBytes without reading it. */
  read(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Replaces the file atomically and durably (see atomic-write.ts). */
  writeAtomic(path: string, data: string): Promise<void>;
}

export interface Dialogs {
  chooseFileToOpen(context: CallContext): Promise<string | null>;
  chooseSavePath(context: CallContext, suggestedName: string): Promise<string | null>;
}

export interface Clock {
  now(): Date;
}

export interface WindowOpener {
  /** Opens a new window, empty or showing filePath. */
  openNewWindow(filePath?: string): void;
  /** The file a window was opened to show (File › Open Recent), taken once. */
  takePendingFile(windowId: number): string | null;
}

/** Where Minute Book keeps its own files: recovery journals, untitled work, versions. */
export interface StorageLocation {
  dataDirectory: string;
}

/** Template folders for new meetings: the ones shipped with the app and the council's own. */
export interface TemplateFolders {
  shippedDirectory: string;
  /** Every *.json file directly in a folder, as text ([] when the folder does not exist). */
  readJsonFiles(directory: string): Promise<Array<{ fileName: string; text: string }>>;
  /** Makes the folder and its parents if they are missing. */
  ensureDirectory(directory: string): Promise<void>;
}

export interface HandlerDeps {
  files: FileStore;
  dialogs: Dialogs;
  clock: Clock;
  windows: WindowOpener;
  settings: SettingsService;
  storage: StorageLocation;
  /** Omitted in tests that do not start meetings: then the repository's templates/ folder is used. */
  templates?: TemplateFolders;
}
