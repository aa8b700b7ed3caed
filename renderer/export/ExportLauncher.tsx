// Holds the export dialog for the document: takes the document as it stands
// when the clerk presses Ctrl+E (or File › Export) and reports what was saved.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import { useAppCommands } from '../state/useAppCommands';
import type { DocumentSession } from '../state/useDocumentSession';
import { ExportDialog } from './ExportDialog';

export function ExportLauncher({ session }: { session: DocumentSession }) {
  const [editor] = useLexicalComposerContext();
  const [taken, setTaken] = useState<{ documentId: string; document: MinutesDocument } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useAppCommands({
    export: () => {
      const documentId = session.opened?.documentId;
      const document = session.currentDocument(editor);
      if (documentId && document) setTaken({ documentId, document });
    },
  });

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
      {taken ? <ExportDialog documentId={taken.documentId} document={taken.document} onClose={() => setTaken(null)} onExported={setStatus} /> : null}
    </>
  );
}
