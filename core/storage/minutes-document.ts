// The .minutes file format: versioned JSON holding the meeting and the editor
// content. See docs/file-format.md. Loose objects keep unknown fields.
import { z } from 'zod';
import { createEmptyMeeting, meetingSchema } from '../model/meeting';
import { createEmptyLexicalState, lexicalStateSchema } from './lexical-state';

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

export function serializeMinutesDocument(document: MinutesDocument): string {
  return `${JSON.stringify(document)}\n`;
}
