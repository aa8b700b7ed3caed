// The document's name, mirrored into the window title with a marker while it
// has unsaved changes. The save state itself is in the status bar.
import { useCallback } from 'react';
import type { SaveState } from '../state/save-state';
import { useShowSaveState, type SaveStatusStore } from '../state/save-status-store';

export function TitleBar({ displayName, saveStatus }: { displayName: string; saveStatus: SaveStatusStore }) {
  // The marker follows the save state without a render (useShowSaveState says why).
  const showTitle = useCallback(
    (saveState: SaveState) => {
      const marker = saveState === 'saved' || saveState === 'read-only' ? '' : ' •';
      document.title = displayName ? `${displayName}${marker} — Minute Book` : 'Minute Book';
    },
    [displayName],
  );
  useShowSaveState(saveStatus, showTitle);

  return (
    <header className="mb-titlebar">
      <h1 className="mb-document-name" data-testid="document-name">
        {displayName}
      </h1>
    </header>
  );
}
