// The text of a PDF agenda, read with pdf.js (Mozilla's PDF reader, the
// legacy build for Node) inside the untrusted-file worker. Text only: no
// fonts are loaded, nothing is drawn, no script is run, no link followed, and
// nothing is fetched. A PDF that is not one, is password-protected, or has
// more pages or text than any agenda is refused in plain words.
import { AppError } from '../../../core/ipc/ipc-result';
import type { PdfTextPiece } from '../../../core/agenda/pdf-lines';

export const AGENDA_PDF_LIMITS = {
  /** An agenda with its reports attached runs to a few hundred pages; only the agenda itself is wanted. */
  pages: 60,
  /** Pieces of text across those pages. */
  pieces: 200_000,
} as const;

let loaded: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | null = null;

/** pdf.js is loaded only when a PDF is read (the worker also reads Word and .minutes files). */
function pdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  loaded ??= (async () => {
    // On loading, pdf.js looks for a canvas package to draw with and says on the console that it found none;
    // nothing is drawn here, so those lines are kept out of the log.
    const log = console.log;
    console.log = () => undefined;
    try {
      // pdf.js runs its parser in this same thread (the read is already in a worker of its own), handed over
      // here rather than loaded from a path beside the bundle.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

export async function pdfTextPieces(bytes: Uint8Array, fileName: string, limits = AGENDA_PDF_LIMITS): Promise<PdfTextPiece[][]> {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useWorkerFetch: false,
    useWasm: false,
    isImageDecoderSupported: false,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw refusal(error, fileName);
    });
    const pages: PdfTextPiece[][] = [];
    let count = 0;
    for (let number = 1; number <= Math.min(document.numPages, limits.pages); number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ disableNormalization: false });
      const pieces: PdfTextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        count += 1;
        if (count > limits.pieces)
          throw new AppError(
            'file-too-large',
            `“${fileName}” has far more text than an agenda, so it was not read. Import the agenda on its own, without the reports.`,
          );
        pieces.push({
          text: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          height: item.height || Math.abs(item.transform[3] as number),
        });
      }
      pages.push(pieces);
      page.cleanup();
    }
    if (pages.every((pieces) => pieces.every((piece) => !piece.text.trim()))) {
      throw new AppError(
        'invalid-file',
        `“${fileName}” has no text Minute Book can read: it may be a scanned image. Ask for the agenda as a Word document or a PDF saved from Word.`,
      );
    }
    return pages;
  } catch (error) {
    throw refusal(error, fileName);
  } finally {
    await task.destroy();
  }
}

function refusal(error: unknown, fileName: string): Error {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return new AppError('invalid-file', `“${fileName}” is password-protected, so Minute Book cannot read it. Ask for a copy without a password.`);
  return new AppError(
    'invalid-file',
    `“${fileName}” is not a PDF Minute Book can read: it is damaged or not a PDF. Ask for a fresh copy, or for the agenda as a Word document.`,
  );
}
