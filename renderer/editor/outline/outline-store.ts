// The agenda outline (item keys, minute numbers, titles) and the item the
// caret is in, kept outside React so the numbering plugin can update it off
// the typing path and any panel can subscribe. One store per editor.
import type { LexicalEditor, NodeKey } from 'lexical';

export interface OutlineEntry {
  key: NodeKey;
  itemId: string;
  number: string;
  title: string;
  exempt: boolean;
  urgent: boolean;
}

export interface OutlineSnapshot {
  entries: OutlineEntry[];
  currentKey: NodeKey | null;
}

class OutlineStore {
  private snapshot: OutlineSnapshot = { entries: [], currentKey: null };
  private listeners = new Set<() => void>();

  getSnapshot = (): OutlineSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setEntries(entries: OutlineEntry[]): void {
    if (sameEntries(this.snapshot.entries, entries)) return;
    this.publish({ ...this.snapshot, entries });
  }

  setCurrent(currentKey: NodeKey | null): void {
    if (currentKey !== this.snapshot.currentKey) this.publish({ ...this.snapshot, currentKey });
  }

  private publish(next: OutlineSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

function sameEntries(a: OutlineEntry[], b: OutlineEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index]!;
      return (
        entry.key === other.key &&
        entry.number === other.number &&
        entry.title === other.title &&
        entry.exempt === other.exempt &&
        entry.urgent === other.urgent
      );
    })
  );
}

const stores = new WeakMap<LexicalEditor, OutlineStore>();

export function outlineStoreFor(editor: LexicalEditor): OutlineStore {
  let store = stores.get(editor);
  if (!store) {
    store = new OutlineStore();
    stores.set(editor, store);
  }
  return store;
}
