// Every side panel, in tab order and grouped as the rail shows them. Adding a
// panel is one entry here.
import { CircleCheck, Flag, History, LifeBuoy, ListChecks, ListTree, MessageSquare, Search, SpellCheck, Users } from 'lucide-react';
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
  { id: 'outline', title: 'Outline', group: 'meeting', icon: ListTree, shortcut: 'Ctrl+Shift+O', component: OutlinePanel },
  { id: 'attendance', title: 'Attendance', group: 'meeting', icon: Users, shortcut: 'Ctrl+Shift+A', alternativeShortcut: 'F7', component: AttendancePanel },
  { id: 'actions', title: 'Actions', group: 'meeting', icon: ListChecks, shortcut: 'Ctrl+Shift+Y', component: ActionsPanel },
  { id: 'declarations', title: 'Interests', group: 'meeting', icon: Flag, shortcut: 'Ctrl+Shift+J', component: DeclarationsPanel },
  { id: 'consistency', title: 'Names and acronyms', group: 'review', icon: SpellCheck, shortcut: 'Ctrl+Shift+K', component: ConsistencyPanel },
  { id: 'checks', title: 'Checks', group: 'review', icon: CircleCheck, shortcut: 'Ctrl+Shift+X', component: ChecksPanel },
  { id: 'review', title: 'Review', group: 'review', icon: MessageSquare, shortcut: 'Ctrl+Shift+E', component: ReviewPanel },
  { id: 'history', title: 'History', group: 'library', icon: History, shortcut: 'Ctrl+Shift+H', component: HistoryPanel },
  { id: 'library', title: 'Library', group: 'library', icon: Search, shortcut: 'Ctrl+Shift+F', component: LibraryPanel },
  { id: 'recovery', title: 'Recovery', group: 'library', icon: LifeBuoy, shortcut: null, component: RecoveryPanel },
];
