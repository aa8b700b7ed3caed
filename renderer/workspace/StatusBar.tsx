// The bar along the foot of the window: whether the minutes are saved, whether
// the meeting is quorate, the item the caret is in, and the UK time. It only
// reads state kept elsewhere (the save status, the meeting, the outline
// store, which updates off the typing path), so it adds nothing to a keystroke.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { checkQuorum } from '../../core/model/quorum';
import { outlineStoreFor } from '../editor/outline/outline-store';
import type { SaveState } from '../state/save-state';
import { useShowSaveState, type SaveStatusStore } from '../state/save-status-store';
import type { DocumentSession } from '../state/useDocumentSession';
import { ukClockOf, ukTimeOfDay } from './uk-clock';

const saveStateLabels: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
  kept: 'Kept safe, not yet named',
  'read-only': 'Read-only',
};

export function StatusBar({ session }: { session: DocumentSession }) {
  const meeting = session.opened?.document.meeting;
  const quorum = meeting && meeting.roster.length > 0 ? checkQuorum(meeting.roster, meeting.attendance, meeting.quorum) : null;
  return (
    <footer className="mb-status-bar" aria-label="Status">
      <SaveStateLabel store={session.saveStatus} />
      {quorum && quorum.required > 0 ? (
        <span className={quorum.met ? 'mb-status-quorum' : 'mb-status-quorum mb-status-warning'} data-testid="status-quorum">
          {`${quorum.met ? 'Quorate' : 'Not quorate'}: ${quorum.present} present, ${quorum.required} needed`}
        </span>
      ) : null}
      <CurrentItem />
      <UkClock />
    </footer>
  );
}

/**
 * A live region (screen readers hear each new state, as they did when React wrote it) whose text and class are set
 * straight from the save status store, not by rendering: see useShowSaveState.
 */
function SaveStateLabel({ store }: { store: SaveStatusStore }) {
  const label = useRef<HTMLSpanElement>(null);
  const show = useCallback((saveState: SaveState) => {
    const span = label.current;
    if (!span) return;
    span.className = `mb-save-state mb-save-state-${saveState}`;
    span.textContent = saveStateLabels[saveState];
  }, []);
  useShowSaveState(store, show);
  return <span ref={label} role="status" data-testid="save-state" />;
}

function CurrentItem() {
  const [editor] = useLexicalComposerContext();
  const store = outlineStoreFor(editor);
  const { entries, currentKey } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const current = entries.find((entry) => entry.key === currentKey);
  return (
    <span className="mb-status-item" data-testid="status-item">
      {current ? `Item ${[current.number, current.title].filter(Boolean).join(' ')}` : 'No item'}
    </span>
  );
}

/** Redrawn once a minute, on the minute. */
function UkClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = new Date();
      setNow(current);
      timer = setTimeout(tick, 60_000 - (current.getTime() % 60_000) + 50);
    };
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
    return () => clearTimeout(timer);
  }, []);
  return (
    <time className="mb-status-clock" dateTime={ukClockOf(now)} title="UK time" data-testid="status-clock">
      {ukTimeOfDay(now)}
    </time>
  );
}
