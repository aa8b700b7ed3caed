// The document's name, mirrored into the window title with a marker while it
// has unsaved changes. The save state itself is in the status bar.
import { useCallback, useEffect, useRef } from 'react';
import type { SaveState } from '../state/save-state';
import { useShowSaveState, type SaveStatusStore } from '../state/save-status-store';

/** How long the title may wait for a frame (none comes while the window is hidden or minimised). */
const TITLE_FALLBACK_MS = 250;

export function TitleBar({ displayName, saveStatus }: { displayName: string; saveStatus: SaveStatusStore }) {
  // The marker follows the save state as shown (shown-save-state.ts) without a render (useShowSaveState says why),
  // and is set at the start of the next frame, not in the keystroke's task: setting document.title costs the page
  // about half a millisecond (Chromium hands it up to the window). Not later, from an idle callback either: a title
  // set between frames is a change to the page, which makes Chromium draw a frame of its own, and then the next key
  // waits for the frame clock's tick (docs/typing-speed.md).
  const pending = useRef<{ frame: number; fallback: number } | null>(null);
  const wanted = useRef('');
  const showTitle = useCallback(
    (saveState: SaveState) => {
      const marker = saveState === 'saved' || saveState === 'read-only' ? '' : ' •';
      wanted.current = displayName ? `${displayName}${marker} — Minute Book` : 'Minute Book';
      if (pending.current) return;
      const setTitle = () => {
        if (!pending.current) return;
        window.cancelAnimationFrame(pending.current.frame);
        window.clearTimeout(pending.current.fallback);
        pending.current = null;
        // Changes that cancelled out before the frame set nothing.
        if (document.title !== wanted.current) document.title = wanted.current;
      };
      pending.current = { frame: window.requestAnimationFrame(setTitle), fallback: window.setTimeout(setTitle, TITLE_FALLBACK_MS) };
    },
    [displayName],
  );
  useShowSaveState(saveStatus, showTitle);
  useEffect(
    () => () => {
      if (pending.current) {
        window.cancelAnimationFrame(pending.current.frame);
        window.clearTimeout(pending.current.fallback);
      }
      pending.current = null;
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
