// The document window: title bar, notices and the open document. Everything
// that reads or acts on the document (saving, autosave, export, new meeting,
// review) lives inside its workspace, where the editor is.
import { NoticeBanner } from './components/NoticeBanner';
import { TitleBar } from './components/TitleBar';
import { DocumentWorkspace } from './workspace/DocumentWorkspace';
import { useDocumentSession } from './state/useDocumentSession';

export function App() {
  const session = useDocumentSession();
  return (
    <div className="mb-app">
      <TitleBar displayName={session.displayName} saveStatus={session.saveStatus} />
      <NoticeBanner message={session.notice} onDismiss={session.dismissNotice} />
      {session.opened ? (
        <DocumentWorkspace key={session.opened.documentId} opened={session.opened} session={session} />
      ) : (
        <main className="mb-main">
          <p className="mb-loading">Opening…</p>
        </main>
      )}
    </div>
  );
}
