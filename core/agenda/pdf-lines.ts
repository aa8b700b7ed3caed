// The text of a PDF agenda, as pdf.js hands it over (pieces of text with
// their position and size on the page), put back into the paragraphs the
// agenda reader wants: pieces on one baseline make a line, lines close below
// each other make a paragraph, and a line in larger type than the body is a
// heading. A numbered line always starts a paragraph of its own.
import type { AgendaParagraph } from './agenda-document';

export interface PdfTextPiece {
  text: string;
  x: number;
  /** The baseline, from the foot of the page (PDF's own direction). */
  y: number;
  height: number;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

const NUMBERED = /^(?:item\s+)?\(?\d{1,3}[./):]?\s|^\(?[a-z]\)\s/i;

function linesOf(pieces: readonly PdfTextPiece[]): Line[] {
  const sorted = pieces.filter((piece) => piece.text.trim()).toSorted((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<Line & { pieces: PdfTextPiece[] }> = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - piece.y) <= Math.max(2, piece.height * 0.3)) {
      line.pieces.push(piece);
      line.height = Math.max(line.height, piece.height);
    } else lines.push({ text: '', y: piece.y, height: piece.height, pieces: [piece] });
  }
  return lines.map(({ pieces: parts, y, height }) => ({
    text: parts
      .toSorted((a, b) => a.x - b.x)
      .map((part) => part.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    y,
    height,
  }));
}

/** The most common type size: the body's. */
function bodyHeight(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.height), (counts.get(Math.round(line.height)) ?? 0) + 1);
  return [...counts].toSorted((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Pages in order, each its pieces of text; the paragraphs of the whole document. */
export function pdfParagraphs(pages: ReadonlyArray<readonly PdfTextPiece[]>): AgendaParagraph[] {
  const pageLines = pages.map(linesOf);
  const body = bodyHeight(pageLines.flat());
  const paragraphs: AgendaParagraph[] = [];
  for (const lines of pageLines) {
    let previous: Line | null = null;
    for (const line of lines) {
      const heading = body > 0 && line.height > body * 1.2;
      const last = paragraphs.at(-1);
      const continues =
        previous !== null && last !== undefined && !heading && !last.heading && previous.y - line.y <= line.height * 1.6 && !NUMBERED.test(line.text);
      if (continues) last.text = `${last.text} ${line.text}`;
      else paragraphs.push({ text: line.text, ...(heading ? { heading: true } : {}) });
      previous = line;
    }
  }
  return paragraphs;
}
