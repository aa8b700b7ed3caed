// Opens a returned Word document (.docx) as a zip package and hands back the
// three XML parts review reads, as text. Nothing else in the package is
// looked at: macros, embedded objects and external links are never opened.
// The package is read with yauzl, entry by entry, and every limit is checked
// from the zip's own directory BEFORE anything is inflated (how many entries,
// how large each part says it is, how much it claims to have been squeezed);
// while inflating, yauzl stops any part that grows past what it declared. So
// a "zip bomb" costs a few kilobytes of reading, not gigabytes of memory.
// A file that is not a readable .docx gets a sentence saying so.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../core/ipc/ipc-result';

export const WORD_PACKAGE_LIMITS = {
  /** A Word document has tens of entries; thousands are not minutes a chair returned. */
  entries: 10_000,
  /** Larger XML parts than this are not minutes a chair commented on. */
  partBytes: 40 * 1024 * 1024,
  /** All three parts together. */
  totalBytes: 64 * 1024 * 1024,
  /** Word's XML squeezes to about a tenth; a part claiming a thousandth is a bomb, not minutes. */
  ratio: 200,
  /** Below this a part is too small for its ratio to matter. */
  ratioFloorBytes: 1024 * 1024,
} as const;

export interface WordParts {
  document: string;
  comments: string | null;
  commentsExtended: string | null;
}

const PARTS = { 'word/document.xml': 'document', 'word/comments.xml': 'comments', 'word/commentsExtended.xml': 'commentsExtended' } as const;
type PartName = keyof typeof PARTS;
const isPart = (name: string): name is PartName => Object.hasOwn(PARTS, name);

export async function readWordPackage(bytes: Uint8Array, fileName: string, limits = WORD_PACKAGE_LIMITS): Promise<WordParts> {
  const notZip = () =>
    new AppError(
      'invalid-file',
      `“${fileName}” is not a Word document (.docx) Minute Book can read: it is not a zip package. If it was saved as .doc or .pdf, save it from Word as a .docx and import that.`,
    );
  let zip: ZipFile;
  try {
    zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw notZip();
  }
  try {
    if (zip.entryCount > limits.entries) {
      throw new AppError(
        'file-too-large',
        `“${fileName}” holds ${zip.entryCount.toLocaleString('en-GB')} files inside it, far more than a Word document has. Open it in Word, save it again as a .docx and import that.`,
      );
    }
    const texts: Partial<Record<PartName, string>> = {};
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      // Names are left undecoded (yauzl then skips its path checks, which refuse "../x" outright): only three exact names are ever read.
      const name = Buffer.from(entry.fileName as unknown as Uint8Array).toString('utf8');
      if (!isPart(name) || texts[name] !== undefined) continue;
      const part = name;
      checkEntry(entry, part, fileName, limits);
      total += entry.uncompressedSize;
      if (total > limits.totalBytes) throw tooLarge(fileName, part);
      texts[part] = await readEntry(zip, entry, fileName, part);
    }
    if (texts['word/document.xml'] === undefined) throw new AppError('invalid-file', `“${fileName}” is not a Word document: it has no word/document.xml.`);
    return { document: texts['word/document.xml'], comments: texts['word/comments.xml'] ?? null, commentsExtended: texts['word/commentsExtended.xml'] ?? null };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notZip();
  } finally {
    zip.close();
  }
}

function tooLarge(fileName: string, part: string): AppError {
  return new AppError(
    'file-too-large',
    `“${fileName}” has a ${part} too large to be a set of minutes, so it was not imported. Open it in Word, save it again as a .docx and import that.`,
  );
}

/** Everything decided from the zip's directory alone, before a byte is inflated. */
function checkEntry(entry: Entry, part: PartName, fileName: string, limits: typeof WORD_PACKAGE_LIMITS): void {
  if (entry.isEncrypted())
    throw new AppError(
      'invalid-file',
      `“${fileName}” is password-protected, so Minute Book cannot read it. Ask the chair to remove the password in Word (File > Info > Protect Document) and send it again.`,
    );
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw new AppError(
      'invalid-file',
      `“${fileName}” was packed by a program other than Word, in a way Minute Book cannot read. Open it in Word, save it again as a .docx and import that.`,
    );
  }
  if (entry.uncompressedSize > limits.partBytes) throw tooLarge(fileName, part);
  if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > entry.compressedSize * limits.ratio) {
    throw new AppError(
      'invalid-file',
      `“${fileName}” is damaged or was made to harm: its ${part} claims to unpack to ${Math.round(entry.uncompressedSize / entry.compressedSize)} times its size. It was not imported.`,
    );
  }
}

function openZip(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: false }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip),
    );
  });
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.removeListener('entry', onEntry);
      zip.removeListener('end', onEnd);
      zip.removeListener('error', onError);
    };
    const onEntry = (entry: Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (error: Error) => (cleanup(), reject(error));
    zip.on('entry', onEntry);
    zip.once('end', onEnd);
    zip.once('error', onError);
    zip.readEntry();
  });
}

/** Inflates one part; yauzl fails the stream if it yields more than the directory declared. */
function readEntry(zip: ZipFile, entry: Entry, fileName: string, part: PartName): Promise<string> {
  return new Promise((resolve, reject) => {
    const damaged = () =>
      new AppError('invalid-file', `“${fileName}” is damaged: its ${part === 'word/document.xml' ? 'text' : 'comments'} (${part}) cannot be unpacked.`);
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(damaged());
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', () => reject(damaged()));
      stream.on('end', () => resolve(new TextDecoder('utf-8').decode(Buffer.concat(chunks))));
    });
  });
}
