// After a crash: the unsaved work of every document that was open, newest
// first, with when it was last kept. Restore brings one back exactly; "Not
// now" hides the offer but keeps the copies (still listed in the Recovery
// panel); only Discard (confirmed) deletes.
import { useEffect, useRef, useState } from 'react';
import type { RecoveryEntry } from '../../core/ipc/channels/storage-channels';
import { ukMomentOf } from '../../core/storage/describe-time';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { OpenDocumentView } from '../state/useDocumentSession';
import type { FileActions } from '../state/useFileActions';
import type { SafetyOffers } from '../state/useSafetyOffers';

export function RecoveryOffer({ session, inPanel = false }: { session: OpenDocumentView & FileActions & SafetyOffers; inPanel?: boolean }) {
  const [entries, setEntries] = useState<RecoveryEntry[]>([]);
  const [hidden, setHidden] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const firstButton = useRef<HTMLButtonElement | null>(null);
  const ready = session.opened !== null;

  useEffect(() => {
    if (!ready) return;
    let live = true;
    call(minuteBookApi().listRecovery({}))
      .then((found) => live && setEntries(found.entries))
      .catch((error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, [ready]);

  const showing = !hidden && entries.length > 0;
  useEffect(() => {
    if (showing && !inPanel) firstButton.current?.focus();
  }, [showing, inPanel]);

  if (problem)
    return (
      <p className="mb-notice" role="alert">
        {problem}
      </p>
    );
  if (inPanel && entries.length === 0) return <p>No unsaved work from earlier sessions.</p>;
  if (!showing && !inPanel) return null;

  const restore = async (entry: RecoveryEntry) => {
    await session.restoreRecovery(entry.recoveryId);
    setEntries((current) => current.filter((item) => item.recoveryId !== entry.recoveryId));
  };
  const discard = async (entry: RecoveryEntry) => {
    if (confirmingDiscard !== entry.recoveryId) return setConfirmingDiscard(entry.recoveryId);
    await call(minuteBookApi().discardRecovery({ recoveryId: entry.recoveryId }));
    setConfirmingDiscard(null);
    setEntries((current) => current.filter((item) => item.recoveryId !== entry.recoveryId));
  };

  return (
    <section
      className={inPanel ? 'mb-recovery-panel' : 'mb-recovery'}
      role="region"
      aria-label="Recover unsaved work"
      data-testid={inPanel ? 'recovery-panel' : 'recovery-offer'}
    >
      <h2>Minute Book closed before this work was saved</h2>
      {!session.isPristine ? <p>To restore into this window it must be empty: open a new window (Ctrl+N) first.</p> : null}
      <ul>
        {entries.map((entry, index) => (
          <li key={entry.recoveryId} data-testid="recovery-entry">
            <span className="mb-recovery-name">{entry.displayName}</span>{' '}
            <span className="mb-recovery-time">kept at {ukMomentOf(new Date(entry.savedAt))}</span>
            {', '}
            {entry.wordCount === 1 ? '1 word' : `${entry.wordCount} words`}
            {entry.fileUpToDate ? ' (the file already holds this)' : ''}{' '}
            <button type="button" ref={index === 0 ? firstButton : undefined} disabled={!session.isPristine} onClick={() => void restore(entry)}>
              Restore
            </button>{' '}
            <button type="button" onClick={() => void discard(entry)}>
              {confirmingDiscard === entry.recoveryId ? 'Discard for good' : 'Discard'}
            </button>
          </li>
        ))}
      </ul>
      {inPanel ? null : (
        <button type="button" onClick={() => setHidden(true)}>
          Not now (keep for later)
        </button>
      )}
    </section>
  );
}
