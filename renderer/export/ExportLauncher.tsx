// Holds the export dialog for the window: takes the document as it stands
// when the clerk presses Ctrl+E (or File › Export) and reports what was saved.
import { useState } from 'react';
import type { LexicalState } from '../../core/storage/lexical-state';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import type { DocumentSession } from '../state/useDocumentSession';
import { ExportDialog } from './ExportDialog';

interface ExportLauncherProps {
  session: DocumentSession;
  readContent(): LexicalState;
  open: boolean;
  onClose(): void;
}

export function ExportLauncher({ session, readContent, open, onClose }: ExportLauncherProps) {
  const [taken, setTaken] = useState<{ documentId: string; document: MinutesDocument } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const documentId = session.opened?.documentId ?? null;

  if (open && !taken && documentId) {
    const document = session.currentDocument(readContent);
    if (document) setTaken({ documentId, document });
  }
  if (!open && taken) setTaken(null);

  return (
    <>
      {status ? (
        <p role="status" className="mb-export-status" data-testid="export-status">
          {status}{' '}
          <button type="button" onClick={() => setStatus(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {open && taken ? <ExportDialog documentId={taken.documentId} document={taken.document} onClose={onClose} onExported={setStatus} /> : null}
    </>
  );
}
