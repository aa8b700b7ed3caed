// Opens a returned Word document (.docx) as a zip package and hands back the
// three XML parts review reads, as text. Nothing else in the package is
// looked at: macros, embedded objects and external links are never opened.
// A file that is not a readable .docx gets a sentence saying so.
import JSZip from 'jszip';
import { AppError } from '../../../core/ipc/ipc-result';

/** Larger XML parts than this are not minutes a chair commented on; refusing keeps a hostile file from filling memory. */
const MAX_PART_CHARACTERS = 40 * 1024 * 1024;

export interface WordParts {
  document: string;
  comments: string | null;
  commentsExtended: string | null;
}

async function partText(zip: JSZip, name: string, fileName: string): Promise<string | null> {
  const entry = zip.file(name);
  if (!entry) return null;
  const text = await entry.async('string');
  if (text.length > MAX_PART_CHARACTERS) throw new AppError('file-too-large', `“${fileName}” has a ${name} too large to be a set of minutes.`);
  return text;
}

export async function readWordPackage(bytes: Uint8Array, fileName: string): Promise<WordParts> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError('invalid-file', `“${fileName}” is not a Word document (.docx) Minute Book can read: it is not a zip package. If it was saved as .doc or .pdf, save it from Word as a .docx and import that.`);
  }
  let document: string | null;
  try {
    document = await partText(zip, 'word/document.xml', fileName);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid-file', `“${fileName}” is damaged: its text (word/document.xml) cannot be unpacked.`);
  }
  if (document === null) throw new AppError('invalid-file', `“${fileName}” is not a Word document: it has no word/document.xml.`);
  try {
    return {
      document,
      comments: await partText(zip, 'word/comments.xml', fileName),
      commentsExtended: await partText(zip, 'word/commentsExtended.xml', fileName),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid-file', `“${fileName}” is damaged: its comments (word/comments.xml) cannot be unpacked.`);
  }
}
