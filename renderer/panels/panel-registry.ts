// Every side panel, in tab order. Adding a panel is one entry here.
import { HistoryPanel } from './HistoryPanel';
import { LibraryPanel } from '../library/LibraryPanel';
import { ActionsPanel } from './ActionsPanel';
import { AttendancePanel } from './AttendancePanel';
import { ChecksPanel } from './ChecksPanel';
import { ConsistencyPanel } from './ConsistencyPanel';
import { DeclarationsPanel } from './DeclarationsPanel';
import { OutlinePanel } from './OutlinePanel';
import { RecoveryPanel } from './RecoveryPanel';
import { ReviewPanel } from './ReviewPanel';
import type { PanelDefinition } from './panel-types';

export const panelRegistry: ReadonlyArray<PanelDefinition> = [
  { id: 'outline', title: 'Outline', shortcut: 'Ctrl+Shift+O', component: OutlinePanel },
  { id: 'attendance', title: 'Attendance', shortcut: 'Ctrl+Shift+A', component: AttendancePanel },
  { id: 'actions', title: 'Actions', shortcut: 'Ctrl+Shift+Y', component: ActionsPanel },
  { id: 'declarations', title: 'Interests', shortcut: 'Ctrl+Shift+J', component: DeclarationsPanel },
  { id: 'consistency', title: 'Names and acronyms', shortcut: 'Ctrl+Shift+K', component: ConsistencyPanel },
  { id: 'checks', title: 'Checks', shortcut: 'Ctrl+Shift+X', component: ChecksPanel },
  { id: 'review', title: 'Review', shortcut: 'Ctrl+Shift+E', component: ReviewPanel },
  { id: 'history', title: 'History', shortcut: 'Ctrl+Shift+H', component: HistoryPanel },
  { id: 'library', title: 'Library', shortcut: 'Ctrl+Shift+F', component: LibraryPanel },
  { id: 'recovery', title: 'Recovery', shortcut: null, component: RecoveryPanel },
];
