// The document's versions, newest first. Restoring one replaces the text as
// a new, undoable change; the text it replaces is kept as a version first,
// so nothing is ever overwritten.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { CompareLauncher } from '../compare/CompareLauncher';
import { useVersionCompare } from '../compare/useVersionCompare';
import type { VersionEntry } from '../../core/ipc/channels/storage-channels';
import { ukMomentOf } from '../../core/storage/describe-time';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { useSaveState } from '../state/save-status-store';
import type { PanelProps } from './panel-types';
import { Button } from '../design/Button';
import { Checkbox } from '../design/Checkbox';

const reasonLabels: Record<VersionEntry['reason'], string> = {
  save: 'Saved',
  interval: 'Kept while typing',
  'before-restore': 'Before a restore',
};

export function HistoryPanel({ session }: PanelProps) {
  const [editor] = useLexicalComposerContext();
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const documentId = session.opened?.documentId ?? null;
  const saveState = useSaveState(session.saveStatus);
  const compare = useVersionCompare(session);

  const refresh = useCallback(async () => {
    if (!documentId) return;
    await call(minuteBookApi().listVersions({ documentId }))
      .then((listed) => setVersions(listed.versions))
      .catch((error: unknown) => setMessage(error instanceof Error ? error.message : String(error)));
  }, [documentId]);

  // A save adds a version: list again whenever the document reaches a saved state.
  const listedAfter = saveState === 'saved' || saveState === 'kept' ? saveState : null;
  useEffect(() => {
    if (listedAfter === null || !documentId) return;
    let live = true;
    call(minuteBookApi().listVersions({ documentId }))
      .then((listed) => live && setVersions(listed.versions))
      .catch((error: unknown) => live && setMessage(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, [documentId, listedAfter]);

  const restore = async (version: VersionEntry) => {
    const current = session.currentDocument(editor);
    if (!documentId || !current) return;
    try {
      const { document } = await call(minuteBookApi().restoreVersion({ documentId, versionId: version.versionId, current }));
      // First, so that a refused restore (a read-only file) leaves the text alone too.
      if (!session.replaceDocument(document)) return;
      editor.update(() => {
        const root = $getRoot();
        root.clear();
        for (const child of document.content.root.children) root.append($parseSerializedNode(child as SerializedLexicalNode));
      });
      session.markChanged();
      setMessage(`Restored the version from ${ukMomentOf(new Date(version.savedAt))}. The text it replaced is kept in the list.`);
      await refresh();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="mb-history" data-testid="history-panel">
      {message ? <p role="status">{message}</p> : null}
      {versions === null ? <p>Loading versions…</p> : null}
      {versions?.length === 0 ? <p>No versions yet. One is kept on every save and every five minutes while you type.</p> : null}
      <ol className="mb-version-list">
        {versions?.map((version) => (
          <li key={version.versionId} data-testid="version">
            <Checkbox
              isSelected={compare.isChosen(version)}
              onChange={() => compare.toggleChosen(version)}
              aria-label={`Tick the version from ${ukMomentOf(new Date(version.savedAt))} to compare it`}
            >
              {ukMomentOf(new Date(version.savedAt))} — {reasonLabels[version.reason]}
            </Checkbox>{' '}
            <Button onPress={() => void restore(version)} aria-label={`Restore the version from ${ukMomentOf(new Date(version.savedAt))}`}>
              Restore
            </Button>{' '}
            <Button onPress={() => void compare.withNow(version)} aria-label={`Compare the version from ${ukMomentOf(new Date(version.savedAt))} with now`}>
              Compare with now
            </Button>
          </li>
        ))}
      </ol>
      <CompareLauncher compare={compare} />
      <Button onPress={() => void refresh()}>Refresh</Button>
    </div>
  );
}
