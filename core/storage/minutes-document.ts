// The .minutes file format: versioned JSON holding the meeting and the editor
// content. See docs/file-format.md. Loose objects keep unknown fields.
import { z } from 'zod';
import { createEmptyMeeting, meetingSchema } from '../model/meeting';
import { createEmptyLexicalState, lexicalStateSchema } from './lexical-state';
import { formatMegabytes, MINUTES_LIMITS, minutesValueProblem } from './minutes-limits';

export const CURRENT_FORMAT_VERSION = 1;
export const MINUTES_FILE_EXTENSION = 'minutes';

export const minutesDocumentSchema = z.looseObject({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  meeting: meetingSchema,
  content: lexicalStateSchema,
});

export type MinutesDocument = z.infer<typeof minutesDocumentSchema>;

export function createEmptyMinutesDocument(): MinutesDocument {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    meeting: createEmptyMeeting(),
    content: createEmptyLexicalState(),
  };
}

/** The document breaks a limit a file must keep (see minutes-limits.ts); the message says which, in plain words. */
export class MinutesLimitError extends Error {}

/** The file's text. Refuses (MinutesLimitError) anything Minute Book would refuse to open again. */
export function serializeMinutesDocument(document: MinutesDocument): string {
  const problem = minutesValueProblem(document);
  if (problem) throw new MinutesLimitError(problem);
  const text = `${JSON.stringify(document)}\n`;
  // Characters are 1 to 3 bytes in UTF-8 (4 for a pair): only count exactly when it could matter.
  if (text.length * 3 > MINUTES_LIMITS.bytes) {
    const bytes = new TextEncoder().encode(text).byteLength;
    if (bytes > MINUTES_LIMITS.bytes)
      throw new MinutesLimitError(
        `the minutes would take ${formatMegabytes(bytes)}, more than the ${formatMegabytes(MINUTES_LIMITS.bytes)} a minutes file can be`,
      );
  }
  return text;
}

/** What the clerk is told when the minutes have outgrown a file. */
export function outgrownFileMessage(fileName: string, problem: string): string {
  return `“${fileName}” was not saved: ${problem}. Your text is safe in this window and in the recovery copy. Move some of it into a new document (File > New) and save the two separately.`;
}
