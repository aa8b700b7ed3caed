// The document window: title bar, notices and the editor for one document.
import { REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { useCallback, useRef, useState } from 'react';
import type { LexicalState } from '../core/storage/lexical-state';
import { DocumentSafety } from './components/DocumentSafety';
import { NewMeetingLauncher } from './components/NewMeetingDialog';
import { NoticeBanner } from './components/NoticeBanner';
import { TitleBar } from './components/TitleBar';
import { DocumentWorkspace } from './workspace/DocumentWorkspace';
import { ExportLauncher } from './export/ExportLauncher';
import { openFind } from './find/find-store';
import { useAppCommands } from './state/useAppCommands';
import { useDocumentSession } from './state/useDocumentSession';

export function App() {
  const session = useDocumentSession();
  const editorRef = useRef<LexicalEditor | null>(null);
  const onEditor = useCallback((editor: LexicalEditor | null) => {
    editorRef.current = editor;
  }, []);

  const readContent = useCallback((): LexicalState => {
    const editor = editorRef.current;
    if (!editor) throw new Error('The editor is not ready yet.');
    return editor.getEditorState().toJSON() as unknown as LexicalState;
  }, []);

  const [exporting, setExporting] = useState(false);

  useAppCommands({
    export: () => setExporting(true),
    save: () => void session.save(readContent, 'save'),
    'save-as': () => void session.save(readContent, 'save-as'),
    open: () => void session.open(),
    new: () => void session.newWindow(),
    undo: () => editorRef.current?.dispatchCommand(UNDO_COMMAND, undefined),
    redo: () => editorRef.current?.dispatchCommand(REDO_COMMAND, undefined),
    find: () => openFind('find'),
    replace: () => openFind('replace'),
  });

  return (
    <div className="mb-app">
      <TitleBar displayName={session.displayName} saveStatus={session.saveStatus} />
      <NoticeBanner message={session.notice} onDismiss={session.dismissNotice} />
      <NewMeetingLauncher session={session} />
      <DocumentSafety session={session} readContent={readContent} />
      <ExportLauncher session={session} readContent={readContent} open={exporting} onClose={() => setExporting(false)} />
      <main className="mb-main">
        {session.opened ? (
          <DocumentWorkspace key={session.opened.documentId} opened={session.opened} session={session} onEditor={onEditor} />
        ) : (
          <p className="mb-loading">Opening…</p>
        )}
      </main>
    </div>
  );
}
