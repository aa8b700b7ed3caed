// The archival copy: turns the PDF Chromium prints (tagged, fonts embedded and
// subset, DeviceRGB) into PDF/A-2u, bytes in and bytes out, with no external
// tool. Chromium's PDF lacks three things PDF/A needs — XMP metadata naming
// the PDF/A part, an output intent saying which RGB it means, and a file
// identifier — so they are added; the rules in pdfa-rules.ts mend what can be
// mended and the copy is refused, with the reasons, if anything cannot.
//
// Conformance "u" (Unicode text) rather than "a": Chromium tags the body but
// prints the page header and footer as untagged content, not artifacts,
// which level A forbids. Conformance is checked structurally (see
// docs/pdfa.md); no validator such as veraPDF is packaged in Debian.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { fileIdentifier } from './file-identifier';
import { applyPdfARules } from './pdfa-rules';
import { SRGB_PROFILE_DESCRIPTION, srgbIccProfile } from './srgb-icc-profile';
import { pdfDateUtc, xmlSafeText, xmpPacket } from './xmp-packet';

export class PdfAConversionError extends Error {
  override readonly name = 'PdfAConversionError';
}

export interface PdfAOptions {
  /** When the copy is made: its modification date in both the Info dictionary and the XMP. */
  modified: Date;
  /** Used only if the PDF does not say its language itself (Chromium takes it from <html lang>). */
  language?: string;
}

// pdf-lib yields to the event loop every N objects while parsing and writing;
// its defaults (100 and 50) roughly doubled the time for a 40,000-word copy.
// Yielding every few thousand still keeps Electron's main process responsive.
const OBJECTS_PER_TICK = 5000;

const textOf = (value: PDFObject | undefined): string | null => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);

/** Refusals list everything at once, so the clerk (or a developer) sees the whole picture. */
function refuse(reasons: string[]): never {
  const list = reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
  throw new PdfAConversionError(`The archival PDF/A copy cannot be made because the PDF contains ${list}, which PDF/A does not allow.`);
}

/** The trailer's Info dictionary, made if the PDF has none (pdf-lib keeps its own accessor private). */
function infoDictionary(document: PDFDocument): PDFDict {
  const context = document.context;
  const existing = context.lookup(context.trailerInfo.Info);
  if (existing instanceof PDFDict) return existing;
  const info = context.obj({});
  context.trailerInfo.Info = context.register(info);
  return info;
}

async function loadPdf(input: Uint8Array): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(input, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true, parseSpeed: OBJECTS_PER_TICK });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PdfAConversionError(`The archival PDF/A copy cannot be made because the PDF could not be read (${reason}).`);
  }
}

export async function convertToPdfA(input: Uint8Array, options: PdfAOptions): Promise<Uint8Array> {
  const document = await loadPdf(input);
  const context = document.context;
  if (document.isEncrypted) {
    throw new PdfAConversionError('The archival PDF/A copy cannot be made because the PDF is encrypted (password-protected), which PDF/A does not allow.');
  }
  const rules = applyPdfARules(context);
  if (rules.problems.length > 0) refuse(rules.problems);

  const catalog = document.catalog;
  let language = textOf(catalog.lookup(PDFName.of('Lang')));
  if (language === null && options.language) {
    language = options.language;
    catalog.set(PDFName.of('Lang'), PDFString.of(language));
  }

  // Info and XMP must agree, so both are written here from the same values.
  const info = infoDictionary(document);
  const created = document.getCreationDate() ?? options.modified;
  info.set(PDFName.of('CreationDate'), PDFString.of(pdfDateUtc(created)));
  info.set(PDFName.of('ModDate'), PDFString.of(pdfDateUtc(options.modified)));
  info.delete(PDFName.of('Trapped')); // has an XMP twin we do not write; never set by Chromium
  const field = (name: string): string | null => {
    const value = textOf(info.lookup(PDFName.of(name)));
    if (value === null) return null;
    const safe = xmlSafeText(value);
    if (safe !== value) info.set(PDFName.of(name), PDFHexString.fromText(safe));
    return safe;
  };
  // A PDF finished for PDF/UA (pdfua/finish-pdf.ts) keeps that claim in the archival copy's metadata.
  const previous = catalog.lookup(PDFName.of('Metadata'));
  const claimsUa =
    previous instanceof PDFStream &&
    /<pdfuaid:part>1<\/pdfuaid:part>/.test(
      new TextDecoder().decode(previous instanceof PDFRawStream ? decodePDFRawStream(previous).decode() : previous.getContents()),
    );
  const packet = xmpPacket({
    part: 2,
    conformance: 'U',
    ...(claimsUa ? { ua: 1 as const } : {}),
    title: field('Title'),
    author: field('Author'),
    subject: field('Subject'),
    keywords: field('Keywords'),
    creatorTool: field('Creator'),
    producer: field('Producer'),
    language,
    created,
    modified: options.modified,
  });
  // Metadata streams stay unfiltered so any tool (and a validator) can read them as text.
  const metadata = context.register(context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' }));
  catalog.set(PDFName.of('Metadata'), metadata);

  const profile = context.register(context.flateStream(srgbIccProfile(), { N: 3, Alternate: 'DeviceRGB' }));
  const intent = context.register(
    context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of(SRGB_PROFILE_DESCRIPTION),
      Info: PDFString.of(SRGB_PROFILE_DESCRIPTION),
      DestOutputProfile: profile,
    }),
  );
  catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));

  // Keep the original first identifier if there is one (it names the document); the second names this version.
  const existing = context.trailerInfo.ID;
  const first = existing instanceof PDFArray ? existing.get(0) : undefined;
  const version = PDFHexString.of(fileIdentifier(input, options.modified.toISOString()));
  context.trailerInfo.ID = context.obj([first instanceof PDFHexString || first instanceof PDFString ? first : version, version]);

  return document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: OBJECTS_PER_TICK });
}
