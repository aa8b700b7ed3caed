// The open document as the page sees it, gathered from one hook per concern:
// its state (useOpenedDocument), the file actions (useFileActions), the safety
// offers for locked files and crash recovery (useSafetyOffers) and changes to
// its meeting details (useMeetingEdits). Main owns paths; the page only holds
// an id. Autosave (useAutosave) listens to `changes` and reports back through
// noteAutosaved. Whether the meeting may change is core's rule
// (core/review/meeting-changes.ts). A component or hook names only the parts
// it uses (OpenDocumentView, FileActions, SafetyOffers, MeetingEdits), so what
// each one can do to the document is in its signature.
import type { LexicalEditor } from 'lexical';
import type { OpenedDocument } from '../../core/ipc/contract';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import type { AutosavedFile } from './save-state';
import type { SaveStatusStore } from './save-status-store';
import { useFileActions, type FileActions } from './useFileActions';
import { useMeetingEdits, type MeetingEdits } from './useMeetingEdits';
import { useOpenedDocument, type ChangeFeed, type DocumentBlocks } from './useOpenedDocument';
import { useSafetyOffers, type SafetyOffers } from './useSafetyOffers';

/** The open document itself: which one, its name and save state, the notice, and its changes. */
export interface OpenDocumentView {
  opened: OpenedDocument | null;
  displayName: string;
  /** Whether the document is saved; follow it with useSaveState(saveStatus). */
  saveStatus: SaveStatusStore;
  notice: string | null;
  dismissNotice(): void;
  markChanged(): void;
  changes: ChangeFeed;
  readOnly: boolean;
  /** The document as it stands, content read from its editor; null before one is open. */
  currentDocument(editor: LexicalEditor): MinutesDocument | null;
  /** The document block by block, each block's text kept from the last time where unchanged: what the autosave sends. */
  currentDocumentBlocks(editor: LexicalEditor, pause?: () => Promise<void>): Promise<DocumentBlocks | null>;
  noteAutosaved(file: AutosavedFile): void;
}

export type DocumentSession = OpenDocumentView & FileActions & SafetyOffers & MeetingEdits;

export function useDocumentSession(): DocumentSession {
  const document = useOpenedDocument();
  const offers = useSafetyOffers(document);
  const files = useFileActions(document, offers.showOpened);
  const edits = useMeetingEdits(document);
  return {
    opened: document.opened,
    displayName: document.displayName,
    saveStatus: document.saveStatus,
    notice: document.notice,
    dismissNotice: () => document.setNotice(null),
    markChanged: document.markChanged,
    changes: document.changes,
    readOnly: document.opened?.readOnly === true,
    currentDocument: document.currentDocument,
    currentDocumentBlocks: document.currentDocumentBlocks,
    noteAutosaved: document.noteAutosaved,
    ...files,
    ...offers,
    ...edits,
  };
}
