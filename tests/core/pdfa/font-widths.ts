// PDF/A (ISO 19005-2 6.2.11.5) requires the glyph widths a PDF declares for
// a font to match the embedded font program's own. veraPDF checks this and
// Debian has no veraPDF, so the test does it: read each embedded TrueType
// program's head, hhea and hmtx tables and compare with the CIDFont's /W.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream, type PDFDocument } from 'pdf-lib';

export interface WidthMismatch {
  font: string;
  cid: number;
  declared: number;
  program: number;
}

function tables(font: Uint8Array) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const found = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const at = 12 + index * 16;
    found.set(String.fromCharCode(...font.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const offset = found.get(tag);
    if (offset === undefined) throw new Error(`font program has no ${tag} table`);
    return offset;
  };
  return { view, table };
}

/** Advance width of each glyph, in 1/1000 em as PDF widths are. */
function programWidths(font: Uint8Array): (gid: number) => number {
  const { view, table } = tables(font);
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  return (gid) => (view.getUint16(hmtx + Math.min(gid, metrics - 1) * 4) * 1000) / unitsPerEm;
}

/** The /W array as cid → width ([c [w…]] and [first last w] forms). */
function declaredWidths(widths: PDFArray | undefined): Map<number, number> {
  const result = new Map<number, number>();
  const items = widths?.asArray() ?? [];
  for (let index = 0; index < items.length;) {
    const first = (items[index] as PDFNumber).asNumber();
    const next = items[index + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((width, offset) => result.set(first + offset, (width as PDFNumber).asNumber()));
      index += 2;
    } else {
      const last = (next as PDFNumber).asNumber();
      for (let cid = first; cid <= last; cid += 1) result.set(cid, (items[index + 2] as PDFNumber).asNumber());
      index += 3;
    }
  }
  return result;
}

/** Every CIDFontType2 with an identity CID-to-glyph map: declared widths that differ from the program by more than 1/1000 em. */
export function widthMismatches(document: PDFDocument): { fonts: number; compared: number; mismatches: WidthMismatch[] } {
  const mismatches: WidthMismatch[] = [];
  let fonts = 0;
  let compared = 0;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('CIDFontType2')) continue;
    const descriptor = object.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const program = descriptor.lookup(PDFName.of('FontFile2'));
    if (!(program instanceof PDFRawStream)) continue;
    fonts += 1;
    const name = String(object.get(PDFName.of('BaseFont')));
    const width = programWidths(decodePDFRawStream(program).decode());
    for (const [cid, declared] of declaredWidths(object.lookup(PDFName.of('W'), PDFArray))) {
      if (declared > 0) compared += 1;
      if (Math.abs(declared - width(cid)) > 1) mismatches.push({ font: name, cid, declared, program: width(cid) });
    }
  }
  return { fonts, compared, mismatches };
}
