// One open document: its Lexical composer wraps everything that reads or acts
// on it (the toolbar, the page, the side panels, saving and autosave, export,
// new meeting, compare and the safety banners), so the editor is never handed
// out of it. Remounted (by key) when another document is loaded into the window.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import type { OpenedDocument } from '../../core/ipc/contract';
import { CommitteeWordingLauncher } from '../components/CommitteeWordingLauncher';
import { DocumentHeader } from '../components/DocumentHeader';
import { DocumentSafety } from '../components/DocumentSafety';
import { NewMeetingLauncher } from '../components/NewMeetingDialog';
import { HouseStyleLauncher } from '../house-style/HouseStyleLauncher';
import { CompareMenuLauncher } from '../compare/CompareMenuLauncher';
import { MinutesEditor } from '../editor/MinutesEditor';
import { ExportLauncher } from '../export/ExportLauncher';
import { minutesThemeFor } from '../editor/minutes-theme';
import { LastAgendaItemPlugin } from '../editor/outline/LastAgendaItemPlugin';
import { HouseStyleLeadsPlugin } from '../editor/plugins/HouseStyleLeadsPlugin';
import { minutesNodes } from '../editor/nodes/minutes-nodes';
import { openMinutes } from '../editor/open-minutes';
import { ToolbarPlugin } from '../editor/plugins/ToolbarPlugin';
import { FindBar } from '../find/FindBar';
import { LibraryTargetPlugin } from '../library/LibraryTargetPlugin';
import { ReviewLockPlugin } from '../review/ReviewLockPlugin';
import type { DocumentSession } from '../state/useDocumentSession';
import { DocumentCommands } from './DocumentCommands';
import { SidePanels } from './SidePanels';
import { StatusBar } from './StatusBar';

interface DocumentWorkspaceProps {
  opened: OpenedDocument;
  session: DocumentSession;
}

export function DocumentWorkspace({ opened, session }: DocumentWorkspaceProps) {
  const initialConfig = {
    namespace: 'minute-book',
    nodes: [...minutesNodes],
    // The meeting's house style goes with the theme, so the blocks' labels are the minutes' own words.
    theme: minutesThemeFor(opened.document.meeting),
    // The editor groups each agenda item's blocks under one section (AgendaSectionNode.ts); the file is flat.
    editorState: openMinutes(opened.document.content),
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <NewMeetingLauncher session={session} />
      <HouseStyleLauncher meeting={opened.document.meeting} />
      <DocumentSafety session={session} />
      <ExportLauncher session={session} />
      <main className="mb-main">
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
      </main>
      <StatusBar session={session} />
      <HouseStyleLeadsPlugin meeting={opened.document.meeting} />
      <LastAgendaItemPlugin />
      <LibraryTargetPlugin documentId={opened.documentId} />
      <DocumentCommands session={session} />
      <CommitteeWordingLauncher session={session} />
      <CompareMenuLauncher session={session} />
    </LexicalComposer>
  );
}
