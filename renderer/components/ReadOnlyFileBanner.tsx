// A file opened read-only because someone else has it open: says who, on
// which machine and since when (from their lock file), and offers the two ways
// on: an editable copy under a new name, or asking again once they have closed it.
import { useEffect, useState } from 'react';
import type { LockHolder } from '../../core/ipc/channels/storage-channels';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ukMomentOf, ukTimeOf } from '../../core/storage/describe-time';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { OpenDocumentView } from '../state/useDocumentSession';
import type { FileActions } from '../state/useFileActions';
import type { SafetyOffers } from '../state/useSafetyOffers';

interface Checked {
  documentId: string;
  holder: LockHolder | null;
  /** When Try again last found the file still open elsewhere. */
  stillOpenAt: Date | null;
}

export function ReadOnlyFileBanner({ session }: { session: OpenDocumentView & FileActions & SafetyOffers }) {
  const [editor] = useLexicalComposerContext();
  const documentId = session.readOnly && session.opened?.hasFile ? session.opened.documentId : null;
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!documentId) return;
    let live = true;
    call(minuteBookApi().lockHolder({ documentId }))
      .then(({ holder }) => live && setChecked({ documentId, holder, stillOpenAt: null }))
      .catch((error: unknown) => live && setProblem(messageOf(error)));
    return () => {
      live = false;
    };
  }, [documentId]);

  if (!documentId) return null;
  const current = checked?.documentId === documentId ? checked : null;
  const tryAgain = async () => {
    setBusy(true);
    try {
      const holder = await session.tryLockAgain(editor);
      if (holder) setChecked({ documentId, holder, stillOpenAt: new Date() });
      setProblem(null);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mb-notice mb-read-only-banner" role="status" data-testid="read-only-banner">
      <span>
        <strong>Read-only.</strong> {describeHolder(session.displayName, current)} Nothing can be changed or saved here; save a copy to keep working on it.
        {current?.stillOpenAt ? ` Still open there at ${ukTimeOf(current.stillOpenAt)}.` : null}
        {problem ? ` ${problem}` : null}
      </span>
      <button type="button" onClick={() => void session.save(editor, 'save-as')}>
        Save a copy as… (Ctrl+Shift+S)
      </button>
      <button type="button" disabled={busy} onClick={() => void tryAgain()}>
        Try again
      </button>
    </div>
  );
}

function describeHolder(displayName: string, checked: Checked | null): string {
  if (!checked) return `“${displayName}” is open elsewhere.`;
  const { holder } = checked;
  if (!holder) return `Nobody else has “${displayName}” open now: Try again to edit it.`;
  return `“${displayName}” is open by ${holder.owner} on ${holder.machine} (since ${ukMomentOf(new Date(holder.lockedSince))}).`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
