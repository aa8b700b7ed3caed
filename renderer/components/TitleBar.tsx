// The document's name, mirrored into the window title with a marker while it
// has unsaved changes. The save state itself is in the status bar.
import { useCallback, useEffect, useRef } from 'react';
import type { SaveState } from '../state/save-state';
import { useShowSaveState, type SaveStatusStore } from '../state/save-status-store';

/** How long the window title may wait for the page to be idle. */
const TITLE_IDLE_TIMEOUT_MS = 250;

export function TitleBar({ displayName, saveStatus }: { displayName: string; saveStatus: SaveStatusStore }) {
  // The marker follows the save state without a render (useShowSaveState says why), and is set when the page is
  // next idle: the marker flips on the first key after every autosave, and setting document.title costs the page
  // about half a millisecond (Chromium hands it up to the window) that the key's frame need not wait for.
  const idle = useRef<number | null>(null);
  const wanted = useRef('');
  const showTitle = useCallback(
    (saveState: SaveState) => {
      const marker = saveState === 'saved' || saveState === 'read-only' ? '' : ' •';
      wanted.current = displayName ? `${displayName}${marker} — Minute Book` : 'Minute Book';
      idle.current ??= window.requestIdleCallback(
        () => {
          idle.current = null;
          // Flips that cancelled out (unsaved, then saved again) before the page was idle set nothing.
          if (document.title !== wanted.current) document.title = wanted.current;
        },
        { timeout: TITLE_IDLE_TIMEOUT_MS },
      );
    },
    [displayName],
  );
  useShowSaveState(saveStatus, showTitle);
  useEffect(
    () => () => {
      if (idle.current !== null) window.cancelIdleCallback(idle.current);
      idle.current = null;
    },
    [],
  );

  return (
    <header className="mb-titlebar">
      <h1 className="mb-document-name" data-testid="document-name">
        {displayName}
      </h1>
    </header>
  );
}
