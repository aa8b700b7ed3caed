// The screens moved onto the design system (renderer/design/) stay on it: a
// bare <button>, <input>, <select> or <textarea> there would be a control
// without React Aria's keyboard and state handling, drawn differently from its
// neighbours. The few left native on purpose are listed, each with why
// (docs/design-system.md says more).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const renderer = path.resolve(__dirname, '../../renderer');

/** Each converted screen's files, with the bare controls it keeps on purpose. */
const screens: Record<string, Record<string, number>> = {
  'editor/plugins/ToolbarPlugin.tsx': {},
  'find/FindBar.tsx': {},
  'components/NewMeetingDialog.tsx': {},
  'components/AgendaImport.tsx': {},
  'components/CommitteeFields.tsx': {},
  // The register is a grid with its own keys: its P/A/X cells are out of the Tab order (the letter keys mark).
  'panels/AttendancePanel.tsx': { button: 1 },
  // The register's "item when" field, inside the same grid.
  'panels/AttendanceMoment.tsx': { input: 1 },
  // Keeps the last usable value while retyping; not yet a TextField.
  'panels/DraftField.tsx': { input: 1 },
  // Entries dragged to reorder, with their own keys.
  'panels/OutlinePanel.tsx': {},
  'panels/ActionsPanel.tsx': {},
  'panels/ChecksPanel.tsx': {},
  'panels/ConsistencyPanel.tsx': {},
  'panels/HistoryPanel.tsx': {},
  'panels/MeetingDetails.tsx': {},
  'panels/MeetingRoster.tsx': {},
  'panels/ResolutionsWording.tsx': {},
  'panels/ReviewApproval.tsx': {},
  'panels/ReviewComments.tsx': {},
  'panels/ReviewPanel.tsx': {},
  'panels/ReviewSuggestions.tsx': {},
  'panels/RosterEditor.tsx': {},
  'library/ActionLog.tsx': {},
  'library/LibraryPanel.tsx': {},
  'library/NextMeetingOffer.tsx': {},
};

function bareControls(source: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, element] of source.matchAll(/<(button|input|select|textarea)\b/g)) counts[element!] = (counts[element!] ?? 0) + 1;
  return counts;
}

describe('the screens on the design system', () => {
  it.each(Object.entries(screens))('%s uses its controls, keeping only the listed native ones', (file, kept) => {
    expect(bareControls(readFileSync(path.join(renderer, file), 'utf8'))).toEqual(kept);
  });
});
