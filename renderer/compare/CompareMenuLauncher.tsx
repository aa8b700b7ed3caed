// View › Compare versions… (Ctrl+Shift+D): a small chooser over the window —
// the text now against one of the document's versions, or against a .minutes
// file — so comparing does not mean finding the History panel first.
import { useEffect, useRef, useState } from 'react';
import type { VersionEntry } from '../../core/ipc/channels/storage-channels';
import { Button } from '../design/Button';
import { ModalForm } from '../dialogs/ModalForm';
import { useDialog } from '../dialogs/useDialog';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { useAppCommands } from '../state/useAppCommands';
import type { OpenDocumentView } from '../state/useDocumentSession';
import { CompareView } from './CompareView';
import { useVersionCompare, versionLabel } from './useVersionCompare';

export function CompareMenuLauncher({ session }: { session: OpenDocumentView }) {
  const dialog = useDialog();
  useAppCommands({ 'compare-versions': () => dialog.open(true) });
  return dialog.shown ? <CompareChooser session={session} onClose={dialog.close} /> : null;
}

function CompareChooser({ session, onClose }: { session: OpenDocumentView; onClose(): void }) {
  const compare = useVersionCompare(session);
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const fileButton = useRef<HTMLButtonElement>(null);
  const documentId = session.opened?.documentId ?? null;

  useEffect(() => {
    fileButton.current?.focus();
    if (!documentId) return;
    let live = true;
    call(minuteBookApi().listVersions({ documentId }))
      .then((listed) => live && setVersions(listed.versions))
      .catch((error: unknown) => live && setListProblem(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, [documentId]);

  return (
    <ModalForm
      title="Compare the text now with…"
      className="mb-compare-chooser"
      problem={compare.problem ?? listProblem}
      onSubmit={(event) => event.preventDefault()}
      onClose={onClose}
    >
      <div className="mb-dialog-buttons">
        <Button ref={fileButton} onPress={() => void compare.withFile()}>
          A .minutes file (such as the chair’s returned copy)…
        </Button>
        <Button onPress={onClose}>Close</Button>
      </div>
      {versions === null && !listProblem ? <p>Loading versions…</p> : null}
      {versions?.length === 0 ? <p>No versions yet: one is kept on every save and every five minutes while you type.</p> : null}
      <ol className="mb-version-list" aria-label="Versions">
        {versions?.map((version) => (
          <li key={version.versionId}>
            <Button onPress={() => void compare.withNow(version)}>{versionLabel(version)}</Button>
          </li>
        ))}
      </ol>
      {/* Inside the chooser, so the view is its child: the keyboard goes into the view, and Escape closes the view first. */}
      {compare.opened ? <CompareView before={compare.opened.before} after={compare.opened.after} onClose={compare.close} /> : null}
    </ModalForm>
  );
}
