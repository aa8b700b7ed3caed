// The meeting with its late arrivals' and early departures' item labels taken
// from the minute numbers now on the page (see core/model/moment-labels.ts),
// so the heading and the register say what the export will print.
import type { LexicalEditor } from 'lexical';
import { useMemo, useSyncExternalStore } from 'react';
import type { Meeting } from '../../../core/model/meeting';
import { withCurrentItemLabels } from '../../../core/model/moment-labels';
import { outlineStoreFor } from './outline-store';

export function useCurrentItemLabels<M extends Meeting | undefined>(editor: LexicalEditor, meeting: M): M {
  const store = outlineStoreFor(editor);
  const { entries } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return useMemo(
    () =>
      meeting
        ? withCurrentItemLabels(
            meeting,
            entries.map((entry) => ({ id: entry.itemId, number: entry.number })),
          )
        : meeting,
    [meeting, entries],
  );
}
