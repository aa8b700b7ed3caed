// Reads a published agenda (.docx or .pdf) into what Minute Book understood
// from it. Runs inside the untrusted-file worker (see ../workers): the Word
// package through the same safe reader as a chair's returned copy, the PDF
// through pdf.js, then core's agenda reader.
import type { ImportedAgenda } from '../../../core/agenda/agenda-document';
import { pdfParagraphs } from '../../../core/agenda/pdf-lines';
import { readAgenda } from '../../../core/agenda/read-agenda';
import { wordParagraphs } from '../../../core/agenda/word-paragraphs';
import { AppError } from '../../../core/ipc/ipc-result';
import { XmlFormatError } from '../../../core/review/xml-scan';
import { readWordPackage } from '../review/read-word-package';
import { pdfTextPieces } from './pdf-text';

export type AgendaFileKind = 'docx' | 'pdf';

export async function readAgendaFile(bytes: Uint8Array, fileName: string, kind: AgendaFileKind): Promise<ImportedAgenda> {
  if (kind === 'pdf') return readAgenda(pdfParagraphs(await pdfTextPieces(bytes, fileName)));
  const parts = await readWordPackage(bytes, fileName);
  try {
    return readAgenda(wordParagraphs(parts.document));
  } catch (error) {
    if (error instanceof XmlFormatError) throw new AppError('invalid-file', `“${fileName}” is damaged: ${error.message}`);
    throw error;
  }
}
