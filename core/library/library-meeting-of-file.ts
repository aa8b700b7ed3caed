// A .minutes file's bytes as the library indexes them: read and checked as
// any file is opened, then its passages and actions.
import { parseMinutesFile } from '../storage/parse-minutes-file';
import { libraryMeetingOf, type LibraryMeeting } from './library-meeting';

/** The meeting as the library indexes it, or why the file cannot be. */
export type LibraryMeetingOutcome = { ok: true; meeting: LibraryMeeting } | { ok: false; problem: string };

export function readLibraryMeeting(bytes: Uint8Array): LibraryMeetingOutcome {
  const parsed = parseMinutesFile(bytes);
  return parsed.ok ? { ok: true, meeting: libraryMeetingOf(parsed.document) } : { ok: false, problem: parsed.problem };
}
