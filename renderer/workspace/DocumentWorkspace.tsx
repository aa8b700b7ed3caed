// One open document: its Lexical composer wraps the toolbar, the page and the
// side panels, so panels can act on the editor too. Remounted (by key) when
// another document is loaded into the window.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import type { LexicalEditor } from 'lexical';
import type { OpenedDocument } from '../../core/ipc/contract';
import { CommitteeWordingLauncher } from '../components/CommitteeWordingLauncher';
import { DocumentHeader } from '../components/DocumentHeader';
import { CompareMenuLauncher } from '../compare/CompareMenuLauncher';
import { MinutesEditor } from '../editor/MinutesEditor';
import { minutesTheme } from '../editor/minutes-theme';
import { minutesNodes } from '../editor/nodes/minutes-nodes';
import { EditorHandlePlugin } from '../editor/plugins/EditorHandlePlugin';
import { FindBar } from '../find/FindBar';
import { LibraryTargetPlugin } from '../library/LibraryTargetPlugin';
import { ToolbarPlugin } from '../editor/plugins/ToolbarPlugin';
import { ReviewLockPlugin } from '../review/ReviewLockPlugin';
import type { DocumentSession } from '../state/useDocumentSession';
import { SidePanels } from './SidePanels';

interface DocumentWorkspaceProps {
  opened: OpenedDocument;
  session: DocumentSession;
  onEditor: (editor: LexicalEditor | null) => void;
}

export function DocumentWorkspace({ opened, session, onEditor }: DocumentWorkspaceProps) {
  const initialConfig = {
    namespace: 'minute-book',
    nodes: [...minutesNodes],
    theme: minutesTheme,
    editorState: JSON.stringify(opened.document.content),
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="mb-workspace">
        <div className="mb-page-column">
          <ToolbarPlugin />
          <FindBar readOnly={session.readOnly} />
          <ReviewLockPlugin session={session} />
          <div className="mb-page">
            <DocumentHeader meeting={opened.document.meeting} />
            <MinutesEditor onChange={session.markChanged} meeting={opened.document.meeting} />
          </div>
        </div>
        <SidePanels session={session} />
      </div>
      <EditorHandlePlugin onEditor={onEditor} />
      <LibraryTargetPlugin documentId={opened.documentId} />
      <CommitteeWordingLauncher session={session} />
      <CompareMenuLauncher session={session} />
    </LexicalComposer>
  );
}
