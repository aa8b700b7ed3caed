// After a crash: the unsaved work of every document that was open, newest
// first, with when it was last kept. Restore brings one back exactly; "Not
// now" hides the offer but keeps the copies; only Discard (confirmed) deletes.
import { useEffect, useRef, useState } from 'react';
import type { RecoveryEntry } from '../../core/ipc/channels/storage-channels';
import { ukMomentOf } from '../../core/storage/describe-time';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { DocumentSession } from '../state/useDocumentSession';

export function RecoveryOffer({ session }: { session: DocumentSession }) {
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
    if (showing) firstButton.current?.focus();
  }, [showing]);

  if (!showing) return problem ? <p className="mb-notice" role="alert">{problem}</p> : null;

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
    <section className="mb-recovery" role="region" aria-label="Recover unsaved work" data-testid="recovery-offer">
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
      <button type="button" onClick={() => setHidden(true)}>
        Not now (keep for later)
      </button>
    </section>
  );
}
