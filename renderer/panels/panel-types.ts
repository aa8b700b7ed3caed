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

/** Every key that opens a panel: its chord, then the function key kept beside it. */
export function panelKeys(panel: PanelDefinition): string[] {
  return [panel.shortcut, panel.alternativeShortcut].filter((keys): keys is string => Boolean(keys));
}

export interface PanelDefinition {
  id: string;
  /** The tab's label, UK English. */
  title: string;
  group: PanelGroup;
  /** Drawn beside the title in the rail; the title alone names the tab. */
  icon: LucideIcon;
  /** Keyboard shortcut that opens the panel, shown in the tab's tooltip (e.g. "Ctrl+Shift+A"). */
  shortcut: string | null;
  /**
   * One function key beside the chord, for a panel a clerk opens again and again while the meeting runs (the
   * register, at every late arrival and early departure), as F8 is kept beside Ctrl+Alt+N.
   */
  alternativeShortcut?: string;
  component: ComponentType<PanelProps>;
}
