// What a side panel is given. Panels render inside the document's Lexical
// composer, so they may also use useLexicalComposerContext().
import type { LucideIcon } from 'lucide-react';
import type { ComponentType } from 'react';
import type { DocumentSession } from '../state/useDocumentSession';

export interface PanelProps {
  session: DocumentSession;
}

/** The side panels fall into three groups, each under its name in the panel rail. */
export type PanelGroup = 'meeting' | 'review' | 'library';

export interface PanelDefinition {
  id: string;
  /** The tab's label, UK English. */
  title: string;
  group: PanelGroup;
  /** Drawn beside the title in the rail; the title alone names the tab. */
  icon: LucideIcon;
  /** Keyboard shortcut that opens the panel, shown in the tab's tooltip (e.g. "Ctrl+Shift+A"). */
  shortcut: string | null;
  component: ComponentType<PanelProps>;
}
