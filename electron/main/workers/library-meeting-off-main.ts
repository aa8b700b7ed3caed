// What the library indexes of a .minutes file, read off main's thread when the
// file is large. In the app main's thread also carries every key the clerk
// types to the page; reading a 160,000-word meeting for the index (parse,
// check, then the passages) is tens of milliseconds there, and the library
// reads the meeting being typed each time the clerk pauses.
import { readLibraryMeeting, type LibraryMeetingOutcome } from '../../../core/library/library-meeting-of-file';
import { INLINE_MINUTES_BYTES } from './parse-minutes-off-main';
import { runUntrusted } from './run-untrusted';

export async function libraryMeetingOffMain(bytes: Uint8Array, fileName: string): Promise<LibraryMeetingOutcome> {
  if (bytes.byteLength <= INLINE_MINUTES_BYTES) return readLibraryMeeting(bytes);
  return runUntrusted({ kind: 'library-meeting', bytes }, { fileName });
}
