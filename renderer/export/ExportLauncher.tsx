// Holds the export dialog for the document: takes the document as it stands
// when the clerk presses Ctrl+E (or File › Export), never while drawing, and
// reports what was saved. Closing gives the keyboard back where it was.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import { useDialog } from '../dialogs/useDialog';
import { useAppCommands } from '../state/useAppCommands';
import type { OpenDocumentView } from '../state/useDocumentSession';
import { ExportDialog } from './ExportDialog';

export function ExportLauncher({ session }: { session: OpenDocumentView }) {
  const [editor] = useLexicalComposerContext();
  const dialog = useDialog<{ documentId: string; document: MinutesDocument }>();
  const [status, setStatus] = useState<string | null>(null);
  useAppCommands({
    export: () => {
      const documentId = session.opened?.documentId;
      const document = session.currentDocument(editor);
      if (documentId && document) dialog.open({ documentId, document });
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
      {dialog.shown ? (
        <ExportDialog documentId={dialog.shown.documentId} document={dialog.shown.document} onClose={dialog.close} onExported={setStatus} />
      ) : null}
    </>
  );
}
