// Every side panel, in tab order. Adding a panel is one entry here.
import type { PanelDefinition } from './panel-types';

export const panelRegistry: ReadonlyArray<PanelDefinition> = [];
