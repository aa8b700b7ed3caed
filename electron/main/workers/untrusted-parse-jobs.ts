// What the untrusted-parse worker does with a file's bytes: the whole read of
// a returned Word document (unzip, XML, comments, Track Changes) and the read
// of a .minutes file (alone, or as the library indexes it), and a published
// agenda (.docx or .pdf). Each job answers with plain data or a clerk-facing
// error; nothing here touches the disk or any window.
import type { ImportedAgenda } from '../../../core/agenda/agenda-document';
import { readLibraryMeeting, type LibraryMeetingOutcome } from '../../../core/library/library-meeting-of-file';
import { AppError } from '../../../core/ipc/ipc-result';
import { readWordComments, WordLimitError, type WordComment } from '../../../core/review/word-comments';
import { readWordTrackedChanges, type WordTrackedChanges } from '../../../core/review/word-tracked-changes';
import { XmlFormatError } from '../../../core/review/xml-scan';
import { parseMinutesFile, type ParseOutcome } from '../../../core/storage/parse-minutes-file';
import { readAgendaFile, type AgendaFileKind } from '../agenda/read-agenda-file';
import { readWordPackage } from '../review/read-word-package';

export type UntrustedJob =
  | { kind: 'word-review'; bytes: Uint8Array; fileName: string }
  | { kind: 'minutes'; bytes: Uint8Array }
  | { kind: 'library-meeting'; bytes: Uint8Array }
  | { kind: 'agenda'; bytes: Uint8Array; fileName: string; fileKind: AgendaFileKind };

export interface WordReview {
  comments: WordComment[];
  tracked: WordTrackedChanges;
}

export type JobAnswer<J extends UntrustedJob> = J extends { kind: 'word-review' }
  ? WordReview
  : J extends { kind: 'agenda' }
    ? ImportedAgenda
    : J extends { kind: 'library-meeting' }
      ? LibraryMeetingOutcome
      : ParseOutcome;

export async function readWordReview(bytes: Uint8Array, fileName: string): Promise<WordReview> {
  const parts = await readWordPackage(bytes, fileName);
  try {
    return { comments: readWordComments(parts), tracked: readWordTrackedChanges(parts.document) };
  } catch (error) {
    if (error instanceof XmlFormatError) throw new AppError('invalid-file', `“${fileName}” is damaged: ${error.message}`);
    if (error instanceof WordLimitError) throw new AppError('file-too-large', `“${fileName}” was not imported: ${error.message}.`);
    throw error;
  }
}

export async function runJob(job: UntrustedJob): Promise<WordReview | ParseOutcome | ImportedAgenda | LibraryMeetingOutcome> {
  if (job.kind === 'word-review') return readWordReview(job.bytes, job.fileName);
  if (job.kind === 'library-meeting') return readLibraryMeeting(job.bytes);
  if (job.kind === 'agenda') return readAgendaFile(job.bytes, job.fileName, job.fileKind);
  return parseMinutesFile(job.bytes);
}
