// The document's name, mirrored into the window title with a marker while it
// has unsaved changes. The save state itself is in the status bar.
import { useEffect } from 'react';
import { useSaveState, type SaveStatusStore } from '../state/save-status-store';

export function TitleBar({ displayName, saveStatus }: { displayName: string; saveStatus: SaveStatusStore }) {
  const saveState = useSaveState(saveStatus);
  useEffect(() => {
    const marker = saveState === 'saved' || saveState === 'read-only' ? '' : ' •';
    document.title = displayName ? `${displayName}${marker} — Minute Book` : 'Minute Book';
  }, [displayName, saveState]);

  return (
    <header className="mb-titlebar">
      <h1 className="mb-document-name" data-testid="document-name">
        {displayName}
      </h1>
    </header>
  );
}
