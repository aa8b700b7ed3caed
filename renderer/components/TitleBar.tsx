// The document's name and whether it is saved; mirrors into the window title.
import { useEffect } from 'react';
import type { SaveState } from '../state/save-state';
import { useSaveState, type SaveStatusStore } from '../state/save-status-store';

const stateLabels: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
  kept: 'Kept safe, not yet named',
  'read-only': 'Read-only',
};

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
      <span className={`mb-save-state mb-save-state-${saveState}`} role="status" data-testid="save-state">
        {stateLabels[saveState]}
      </span>
    </header>
  );
}
