// What the History panel needs to open a comparison: the versions the clerk
// has ticked, and the three ways to start — a version against the text now,
// two versions against each other, or the text now against another .minutes
// file (the chair's returned review copy) read by main. The text now is
// copied when the comparison opens; the editor is only ever read.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import type { VersionEntry } from '../../core/ipc/channels/storage-channels';
import { ukMomentOf } from '../../core/storage/describe-time';
import { useDialog } from '../dialogs/useDialog';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { OpenDocumentView } from '../state/useDocumentSession';
import type { CompareSource } from './CompareView';

export interface VersionCompare {
  opened: { before: CompareSource; after: CompareSource } | null;
  problem: string | null;
  busy: boolean;
  chosen: ReadonlyArray<VersionEntry>;
  isChosen(version: VersionEntry): boolean;
  /** Ticks or unticks a version; ticking a third lets go of the first ticked. */
  toggleChosen(version: VersionEntry): void;
  withNow(version: VersionEntry): Promise<void>;
  chosenPair(): Promise<void>;
  withFile(): Promise<void>;
  close(): void;
}

export const versionLabel = (version: VersionEntry): string => `The version from ${ukMomentOf(new Date(version.savedAt))}`;
const NOW_LABEL = 'Now (the text in this window)';

export function useVersionCompare(session: OpenDocumentView): VersionCompare {
  const [editor] = useLexicalComposerContext();
  // The Compare view is a dialog: Escape gives the keyboard back to the button that opened it.
  const view = useDialog<NonNullable<VersionCompare['opened']>>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<VersionEntry[]>([]);
  const documentId = session.opened?.documentId ?? null;

  const now = (): CompareSource | null => {
    const document = session.currentDocument(editor);
    return document ? { label: NOW_LABEL, document } : null;
  };

  const readVersion = async (version: VersionEntry): Promise<CompareSource> => {
    if (!documentId) throw new Error('There is no document open to compare.');
    const { document } = await call(minuteBookApi().readVersionForCompare({ documentId, versionId: version.versionId }));
    return { label: versionLabel(version), document };
  };

  /** Runs one way of opening, showing any failure as a sentence instead. */
  const opening = async (load: () => Promise<VersionCompare['opened']>) => {
    // A second press while the first is still reading is ignored, not queued.
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const loaded = await load();
      if (loaded) view.open(loaded);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return {
    opened: view.shown,
    problem,
    busy,
    chosen,
    isChosen: (version) => chosen.some((entry) => entry.versionId === version.versionId),
    toggleChosen: (version) =>
      setChosen((current) =>
        current.some((entry) => entry.versionId === version.versionId)
          ? current.filter((entry) => entry.versionId !== version.versionId)
          : [...current, version].slice(-2),
      ),
    withNow: (version) =>
      opening(async () => {
        const after = now();
        return after ? { before: await readVersion(version), after } : null;
      }),
    chosenPair: () =>
      opening(async () => {
        if (chosen.length !== 2) throw new Error('Tick two versions in the list to compare them with each other.');
        const [older, newer] = [...chosen].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
        return { before: await readVersion(older!), after: await readVersion(newer!) };
      }),
    withFile: () =>
      opening(async () => {
        const before = now();
        if (!before) return null;
        const read = await call(minuteBookApi().readFileForCompare({}));
        return read.status === 'read' ? { before, after: { label: `“${read.fileName}”`, document: read.document } } : null;
      }),
    close: view.close,
  };
}
