// Shared by the PDF/A tests: write bytes to a temp file for poppler, read the
// XMP packet back as XML (a real parser, so escaping mistakes fail), and make
// small hostile PDFs with pdf-lib (JavaScript, encryption, launch actions…).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export function writeTemp(bytes: Uint8Array, name = 'copy.pdf'): string {
  const file = path.join(mkdtempSync(path.join(process.env.TMPDIR ?? os.tmpdir(), 'pdfa-test-')), name);
  writeFileSync(file, bytes);
  return file;
}

export const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// jsdom ships no type declarations; its DOMParser is the standard one.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };

const NS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
};

/** The XMP as pdfinfo -meta prints it, parsed as XML; `value` reads one property's text. */
export function xmpOf(file: string) {
  const packet = poppler('pdfinfo', '-meta', file);
  const xml = new new JSDOM('').window.DOMParser().parseFromString(packet, 'application/xml');
  const error = xml.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`XMP is not well-formed XML: ${error.textContent}`);
  const value = (prefix: keyof typeof NS, name: string) => xml.getElementsByTagNameNS(NS[prefix], name)[0]?.textContent?.trim() ?? null;
  return { packet, value };
}

export async function blankPdf(): Promise<PDFDocument> {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.addPage([595, 842]);
  return document;
}

/** Document-level JavaScript (the catalog's name tree), as poppler reports it. */
export async function pdfWithJavaScript(): Promise<Uint8Array> {
  const document = await blankPdf();
  const script = document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("hello")') });
  document.catalog.set(PDFName.of('Names'), document.context.obj({ JavaScript: { Names: [PDFString.of('greet'), script] } }));
  return document.save();
}

// Standard security handler, revision 2 (ISO 32000-1 7.6.3, algorithms 2–4):
// RC4 with a 40-bit key and an empty user password, so poppler opens it.
const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, index) => index);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  let i = 0;
  let j = 0;
  return data.map((byte) => {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    return byte ^ s[(s[i]! + s[j]!) & 255]!;
  });
}

const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();

export async function encryptedPdf(): Promise<Uint8Array> {
  const document = await blankPdf();
  const id = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
  const permissions = -4;
  const owner = rc4(md5(Buffer.from('owner'), PAD.subarray(0, 32 - 'owner'.length)).subarray(0, 5), PAD);
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const fileKey = md5(PAD, owner, p, id).subarray(0, 5);
  const user = rc4(fileKey, PAD);
  const hex = (bytes: Uint8Array) => PDFHexString.of(Buffer.from(bytes).toString('hex'));
  const context = document.context;
  context.trailerInfo.Encrypt = context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, O: hex(owner), U: hex(user), P: permissions });
  context.trailerInfo.ID = context.obj([hex(id), hex(id)]);
  return document.save({ useObjectStreams: false });
}

/** A width × height PNG, 8-bit RGBA, half-transparent: Chromium prints it with a soft mask. */
export function rgbaPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const row = (y: number) => [0, ...Array.from({ length: width }, (_, x) => [200, 40 * x, 60 * y, 128]).flat()];
  const pixels = Buffer.from(Array.from({ length: height }, (_, y) => row(y)).flat());
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]));
}
