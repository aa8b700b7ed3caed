// Two PDF/A rules about the glyphs a page actually shows, which the converter
// does not parse content streams to enforce (it trusts Chromium): no .notdef
// glyph (CID 0) is drawn (ISO 19005-2 6.2.11.8), and for level U every drawn
// glyph maps to real Unicode text (6.2.11.7.2). The test checks both by
// reading the pages' text operators and each Type0 font's ToUnicode CMap.
import { PDFArray, PDFDict, PDFName, PDFRawStream, decodePDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';

export interface GlyphReport {
  drawn: number;
  notdef: number;
  unmapped: Array<{ font: string; cid: number }>;
  /** The drawn glyphs' Unicode text, run together: proves the maps were really read. */
  text: string;
}

const decode = (stream: PDFObject | undefined) => (stream instanceof PDFRawStream ? new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()) : '');

const hexCodes = (hex: string) => Array.from({ length: hex.length / 4 }, (_, index) => parseInt(hex.slice(index * 4, index * 4 + 4), 16));

const utf16 = (hex: string) => String.fromCharCode(...hexCodes(hex));

/** CID → Unicode text from a ToUnicode CMap's bfchar and bfrange sections (2-byte codes, as Identity-H uses). */
export function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(code!, 16), utf16(text!));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, rest] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g)) {
      const from = parseInt(low!, 16);
      const to = parseInt(high!, 16);
      if (rest!.startsWith('[')) {
        [...rest!.matchAll(/<([0-9A-Fa-f]*)>/g)].forEach(([, text], offset) => map.set(from + offset, utf16(text!)));
      } else {
        const start = hexCodes(rest!.slice(1, -1));
        for (let code = from; code <= to; code += 1) map.set(code, String.fromCharCode(...start.slice(0, -1), start.at(-1)! + code - from));
      }
    }
  }
  return map;
}

/** Empty, or U+0000, U+FEFF or U+FFFE, which PDF/A does not accept as a glyph's text. */
const badText = (text: string) => text === '' || [...text].some((char) => [0, 0xfeff, 0xfffe].includes(char.charCodeAt(0)));

export function glyphReport(document: PDFDocument): GlyphReport {
  const report: GlyphReport = { drawn: 0, notdef: 0, unmapped: [], text: '' };
  for (const page of document.getPages()) {
    const fonts = page.node.Resources()?.lookup(PDFName.of('Font'));
    const maps = new Map<string, Map<number, string>>();
    if (fonts instanceof PDFDict) {
      for (const [name, ref] of fonts.entries()) {
        const font = document.context.lookup(ref);
        if (font instanceof PDFDict) maps.set(name.decodeText(), toUnicodeMap(decode(font.lookup(PDFName.of('ToUnicode')))));
      }
    }
    const contents = page.node.lookup(PDFName.of('Contents'));
    const streams = contents instanceof PDFArray ? contents.asArray().map((entry) => document.context.lookup(entry)) : [contents];
    let current = '';
    for (const content of streams.map(decode)) {
      // Font selection, then hex strings shown by Tj or inside TJ arrays.
      for (const [, font, shown, array] of content.matchAll(/\/(\S+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g)) {
        if (font) {
          current = font;
          continue;
        }
        const hex = shown ?? [...array!.matchAll(/<([0-9A-Fa-f]*)>/g)].map(([, part]) => part).join('');
        for (const cid of hexCodes(hex)) {
          report.drawn += 1;
          if (cid === 0) report.notdef += 1;
          const text = maps.get(current)?.get(cid);
          if (text === undefined || badText(text)) report.unmapped.push({ font: current, cid });
          else report.text += text;
        }
      }
    }
  }
  return report;
}
