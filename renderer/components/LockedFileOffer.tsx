// Someone else (another window, or a colleague on a shared drive) has the
// file open: say who and since when, and offer it read-only. Never opens it
// for writing behind their back.
import { useEffect, useRef } from 'react';
import { ukMomentOf } from '../../core/storage/describe-time';
import type { SafetyOffers } from '../state/useSafetyOffers';

export function LockedFileOffer({ session }: { session: SafetyOffers }) {
  const offer = session.lockOffer;
  const accept = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (offer) accept.current?.focus();
  }, [offer]);
  if (!offer) return null;
  return (
    <div
      className="mb-notice mb-locked-offer"
      role="alertdialog"
      aria-label="File already open"
      data-testid="locked-offer"
      onKeyDown={(event) => {
        if (event.key === 'Escape') session.declineLockOffer();
      }}
    >
      <span>
        “{offer.displayName}” is already open by {offer.lockedBy} (since {ukMomentOf(new Date(offer.lockedSince))}). You can open it read-only: nothing in it
        can be changed here, but “Save a copy as…” makes a copy you can work on.
      </span>
      <button type="button" ref={accept} onClick={() => void session.acceptLockOffer()}>
        Open read-only
      </button>
      <button type="button" onClick={session.declineLockOffer}>
        Cancel
      </button>
    </div>
  );
}
