// The document revision n of the crash test writes: its number in the title,
// and enough text (about 3,000 words) that every write takes real time.
import { createEmptyMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';

const SENTENCE = 'The committee considered the report of the Director of Finance and agreed the recommendations. ';

export function crashTestDocument(revision: number): MinutesDocument {
  const document = createEmptyMinutesDocument();
  document.meeting.title = `revision ${revision}`;
  document.content.root.children = Array.from({ length: 200 }, (_, index) => ({
    type: 'paragraph',
    version: 1,
    children: [
      { type: 'text', version: 1, text: `${revision}.${index} ${SENTENCE.repeat(1 + (revision % 3))}`, format: 0, detail: 0, mode: 'normal', style: '' },
    ],
  }));
  return document;
}

export function revisionOf(document: MinutesDocument): number {
  const match = /^revision (\d+)$/.exec(document.meeting.title);
  if (!match) throw new Error(`not a crash-test document: ${document.meeting.title}`);
  return Number(match[1]);
}
