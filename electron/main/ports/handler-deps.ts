// The ports: the OS boundary the handlers see, as small interfaces, so the app
// passes Electron's dialogs and the real disk, and tests pass temp folders and
// scripted dialog answers. Handlers never import electron. Every port is
// required: the app wires each one (electron/main/index.ts), and a test passes
// a double for each (tests/electron/support/test-deps.ts), so no handler keeps
// a fallback that only a test would reach.
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
  /** Asks before replacing a file the Save dialog did not ask about; true to replace. */
  confirmReplace(context: CallContext, fileName: string, why: string): Promise<boolean>;
  /** A folder the clerk keeps minutes in (a shared drive included), for the library; null when cancelled. */
  chooseFolder(context: CallContext): Promise<string | null>;
}

export interface Clock {
  now(): Date;
}

/** The file a new window opens on, and whether it is a meeting just started (the caret then waits in its first item). */
export interface PendingWindowFile {
  filePath: string;
  startedMeeting: boolean;
}

export interface WindowOpener {
  /** Opens a new window, empty or showing filePath; `startedMeeting` when New meeting has just made that file. */
  openNewWindow(filePath?: string, opening?: { startedMeeting: boolean }): void;
  /** The file a window was opened to show (File › Open Recent, a meeting just started), taken once. */
  takePendingFile(windowId: number): PendingWindowFile | null;
  /** The page's answer when asked to prepare to close: close now, or stay open (its text is not safe yet). */
  answerClose(windowId: number, close: boolean): void;
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

/**
 * Prints the minutes' HTML to a tagged PDF with an outline; page size, margins,
 * header and footer come from the HTML's @page rules (preferCSSPageSize). The
 * app uses a hidden sandboxed Electron window; tests and the command-line
 * exporter use Playwright's Chromium.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
}

/** What exporting needs from the OS: a printer, a place to save, and a way to write the bytes. */
export interface ExportServices {
  printer: PdfPrinter;
  /** Asks where to save an exported file; null when the clerk cancels. */
  chooseExportPath(context: CallContext, suggestedName: string, format: 'docx' | 'pdf' | 'pdfa'): Promise<string | null>;
  /** Replaces the file atomically (no backup: exports are made again from the minutes). */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

/** The chair's review: the Word document to import comments from, and where to write a review copy. */
export interface ReviewFiles {
  chooseWordFile(context: CallContext): Promise<string | null>;
  chooseReviewCopyPath(context: CallContext, suggestedName: string): Promise<string | null>;
}

/** The published agenda to read into a new meeting: the Open dialog for a .docx or .pdf. */
export interface AgendaFiles {
  chooseAgendaFile(context: CallContext): Promise<string | null>;
}

/** The spellchecker's custom dictionary (Electron's session in the app). */
export interface SpellingDictionary {
  addWords(words: string[]): void;
}

/** Whether assistive technology is running (Electron's accessibility support in the app); true when it cannot tell. */
export interface AssistiveTechnology {
  isRunning(): boolean;
}

export interface HandlerDeps {
  files: FileStore;
  dialogs: Dialogs;
  clock: Clock;
  windows: WindowOpener;
  settings: SettingsService;
  storage: StorageLocation;
  templates: TemplateFolders;
  exports: ExportServices;
  reviewFiles: ReviewFiles;
  agendaFiles: AgendaFiles;
  spelling: SpellingDictionary;
  assistiveTechnology: AssistiveTechnology;
}
