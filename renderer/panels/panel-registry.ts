// Every side panel, in tab order. Adding a panel is one entry here.
import { HistoryPanel } from './HistoryPanel';
import type { PanelDefinition } from './panel-types';

export const panelRegistry: ReadonlyArray<PanelDefinition> = [
  { id: 'history', title: 'History', shortcut: 'Ctrl+Shift+H', component: HistoryPanel },
];
