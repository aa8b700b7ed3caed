// Documents just started by New meeting, in this window: by the dialog when the
// meeting replaces the window's empty document, or by the window's first
// document when main opened it on a meeting just started. The editor's
// launcher takes each note once and puts the caret in the first item.
const startedMeetings = new Set<string>();

/** This document is a meeting just started in this window. */
export function noteStartedMeeting(documentId: string): void {
  startedMeetings.add(documentId);
}

/** True once for a document just started. */
export function takeStartedMeeting(documentId: string): boolean {
  return startedMeetings.delete(documentId);
}
