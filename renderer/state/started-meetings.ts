// Documents just started by New meeting, in this window: by the dialog when the
// meeting replaces the window's empty document, or by the window's first
// document when main opened it on a meeting just started. Each note is taken
// once by each of the two that act on it: the editor's launcher puts the caret
// in the first item, and the autosave keeps a meeting that has no file yet
// (it is in no file and no journal until then).
const waiting = { caret: new Set<string>(), autosave: new Set<string>() };

/** This document is a meeting just started in this window. */
export function noteStartedMeeting(documentId: string): void {
  waiting.caret.add(documentId);
  waiting.autosave.add(documentId);
}

/** True once for a document just started: for the caret. */
export function takeStartedMeeting(documentId: string): boolean {
  return waiting.caret.delete(documentId);
}

/** True once for a document just started: for the autosave. */
export function takeStartedMeetingToKeep(documentId: string): boolean {
  return waiting.autosave.delete(documentId);
}
