// Main owns the disk: the page refers to a document by an opaque id and this
// registry maps it to the path it was opened from or saved to.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/ipc/ipc-result';
import { MINUTES_FILE_EXTENSION } from '../../../core/storage/minutes-document';
import type { CallContext } from '../ports/handler-deps';

export interface RegisteredDocument {
  id: string;
  filePath: string | null;
  windowId: number;
}

export const UNTITLED_NAME = 'Untitled minutes';

export class DocumentRegistry {
  private readonly documents = new Map<string, RegisteredDocument>();
  private readonly releaseListeners: Array<(released: RegisteredDocument[]) => void> = [];

  /** Told when a window's documents go (window closed, or its page reloaded after a crash). */
  onRelease(listener: (released: RegisteredDocument[]) => void): void {
    this.releaseListeners.push(listener);
  }

  register(windowId: number, filePath: string | null): RegisteredDocument {
    const entry = { id: `doc-${randomUUID()}`, filePath, windowId };
    this.documents.set(entry.id, entry);
    return entry;
  }

  get(id: string): RegisteredDocument | undefined {
    return this.documents.get(id);
  }

  /**
   * The document, when the window asking holds it. Otherwise the page is refused: a page names only
   * its own documents. `whatNow` is the sentence that tells the clerk what to do instead, if any.
   */
  owned(id: string, context: CallContext, whatNow?: string): RegisteredDocument {
    const entry = this.documents.get(id);
    if (!entry || entry.windowId !== context.windowId) {
      throw new AppError('unknown-document', whatNow ? `This document is not open in this window. ${whatNow}` : 'This document is not open in this window.');
    }
    return entry;
  }

  setPath(id: string, filePath: string): void {
    const entry = this.documents.get(id);
    if (entry) entry.filePath = filePath;
  }

  /** How many windows hold a document (every open window holds one). */
  windowCount(): number {
    return new Set([...this.documents.values()].map((entry) => entry.windowId)).size;
  }

  forWindow(windowId: number): RegisteredDocument[] {
    return [...this.documents.values()].filter((entry) => entry.windowId === windowId);
  }

  release(windowId: number): void {
    const released = this.forWindow(windowId);
    for (const entry of released) this.documents.delete(entry.id);
    if (released.length > 0) for (const listener of this.releaseListeners) listener(released);
  }
}

export function displayNameOf(filePath: string | null): string {
  if (!filePath) return UNTITLED_NAME;
  return path.basename(filePath, `.${MINUTES_FILE_EXTENSION}`);
}

export function withMinutesExtension(filePath: string): string {
  return path.extname(filePath) === `.${MINUTES_FILE_EXTENSION}` ? filePath : `${filePath}.${MINUTES_FILE_EXTENSION}`;
}
