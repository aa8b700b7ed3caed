// What a side panel is given. Panels render inside the document's Lexical
// composer, so they may also use useLexicalComposerContext().
import type { ComponentType } from 'react';
import type { DocumentSession } from '../state/useDocumentSession';

export interface PanelProps {
  session: DocumentSession;
}

export interface PanelDefinition {
  id: string;
  /** The tab's label, UK English. */
  title: string;
  /** Keyboard shortcut that opens the panel, shown in the tab's tooltip (e.g. "Ctrl+Shift+A"). */
  shortcut: string | null;
  component: ComponentType<PanelProps>;
}
