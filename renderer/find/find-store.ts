// Whether the find bar is open, and in which mode: set by the app's Ctrl+F and
// Ctrl+H commands (and the Edit menu), read by the bar inside the document.
import { useSyncExternalStore } from 'react';

export type FindMode = 'find' | 'replace';

export interface FindRequest {
  open: boolean;
  mode: FindMode;
  /** Changes with every request, so pressing Ctrl+F again refocuses an open bar. */
  serial: number;
}

let request: FindRequest = { open: false, mode: 'find', serial: 0 };
const listeners = new Set<() => void>();

function set(next: FindRequest): void {
  request = next;
  for (const listener of listeners) listener();
}

export function openFind(mode: FindMode): void {
  set({ open: true, mode, serial: request.serial + 1 });
}

export function closeFind(): void {
  set({ ...request, open: false });
}

export function useFindRequest(): FindRequest {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => request,
  );
}
