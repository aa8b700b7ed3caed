// What PDF/A-2 (ISO 19005-2) forbids or requires of a PDF's objects, checked
// over every object in the file. Two outcomes: things we can mend without
// changing what the reader sees (annotation print flags, image
// interpolation, a Requirements entry) are mended; things we cannot
// (JavaScript, launch actions, embedded files, unembedded fonts, PostScript…)
// are returned as plain-English problems so the copy is refused, never
// silently half-made. Content streams are not parsed: Chromium's own output
// is what this is built for, and its content uses only allowed operators.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

export interface RulesOutcome {
  problems: string[];
  mended: number;
}

const FORBIDDEN_ACTIONS: Record<string, string> = {
  JavaScript: 'JavaScript',
  Launch: 'an action that launches another program',
  Sound: 'a sound action',
  Movie: 'a movie action',
  ResetForm: 'a form reset action',
  ImportData: 'a form import action',
  Hide: 'an action that hides parts of the page',
  SetOCGState: 'an action that switches layers',
  Rendition: 'a media rendition action',
  Trans: 'a transition action',
  GoTo3DView: 'a 3D view action',
};
const ALLOWED_NAMED_ACTIONS = new Set(['NextPage', 'PrevPage', 'FirstPage', 'LastPage']);
const FORBIDDEN_ANNOTATIONS: Record<string, string> = {
  FileAttachment: 'an attached file',
  Sound: 'a sound annotation',
  Movie: 'a movie annotation',
  Screen: 'a screen (media) annotation',
  '3D': 'a 3D annotation',
  RichMedia: 'a rich media annotation',
  TrapNet: 'a trap network annotation',
};
const FONT_FILES = ['FontFile', 'FontFile2', 'FontFile3'];
const EMBEDDABLE_FONTS = new Set(['Type1', 'MMType1', 'TrueType', 'CIDFontType0', 'CIDFontType2']);
const STANDARD_ENCODINGS = new Set(['WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding']);

// Annotation flag bits (ISO 32000-1 table 165): Invisible 1, Hidden 2, Print 4, NoView 32, ToggleNoView 256.
const PRINT = 4;
const NOT_ALLOWED_FLAGS = 1 | 2 | 32 | 256;

const nameOf = (value: PDFObject | undefined): string | undefined => (value instanceof PDFName ? value.decodeText() : undefined);
const key = (name: string) => PDFName.of(name);

export function applyPdfARules(context: PDFContext): RulesOutcome {
  const problems = new Set<string>();
  let mended = 0;
  const lookupName = (dict: PDFDict, name: string) => nameOf(context.lookup(dict.get(key(name))));

  function checkDict(dict: PDFDict, isStream: boolean): void {
    const type = lookupName(dict, 'Type');
    const subtype = lookupName(dict, 'Subtype');
    // Structure elements also use /S (for their role), so only other dictionaries can be actions.
    const action = type === 'StructElem' ? undefined : lookupName(dict, 'S');
    if (action && FORBIDDEN_ACTIONS[action]) problems.add(FORBIDDEN_ACTIONS[action]);
    if (action === 'Named') {
      const named = lookupName(dict, 'N') ?? '?';
      if (!ALLOWED_NAMED_ACTIONS.has(named)) problems.add(`a named action (${named}) PDF/A does not allow`);
    }
    if (dict.has(key('JS')) || dict.has(key('JavaScript'))) problems.add('JavaScript');
    if (dict.has(key('AA'))) problems.add('actions that run by themselves when the file is opened or read');
    if (type === 'EmbeddedFile' || dict.has(key('EmbeddedFiles'))) problems.add('embedded files');
    if (subtype && type !== 'XObject' && FORBIDDEN_ANNOTATIONS[subtype] && (type === 'Annot' || dict.has(key('Rect'))))
      problems.add(FORBIDDEN_ANNOTATIONS[subtype]);
    if (dict.has(key('XFA'))) problems.add('an XFA form');
    if (subtype === 'PS' || lookupName(dict, 'Subtype2') === 'PS' || (subtype === 'Form' && dict.has(key('PS')))) problems.add('PostScript');
    if (dict.has(key('OPI'))) problems.add('OPI image links');
    if (subtype === 'Form' && dict.has(key('Ref'))) problems.add('a page imported by reference from another file');
    if (dict.has(key('TR')) || dict.has(key('HTP')) || (dict.has(key('TR2')) && lookupName(dict, 'TR2') !== 'Default'))
      problems.add('transfer functions or halftones');
    if (isStream) checkFilters(dict);
    if (subtype === 'Image') mended += mendImage(dict);
    if (type === 'Font' && subtype) checkFont(dict, subtype);
    if (type === 'Catalog' && dict.delete(key('Requirements'))) mended += 1;
  }

  function checkFilters(dict: PDFDict): void {
    const filter = context.lookup(dict.get(key('Filter')));
    const filters = filter instanceof PDFArray ? filter.asArray().map((entry) => nameOf(context.lookup(entry))) : [nameOf(filter)];
    if (filters.includes('LZWDecode')) problems.add('LZW-compressed data');
    if (filters.includes('Crypt')) problems.add('encrypted streams');
    if (dict.has(key('F'))) problems.add('stream data kept in an external file');
  }

  function mendImage(image: PDFDict): number {
    let count = 0;
    const interpolate = context.lookup(image.get(key('Interpolate')));
    if (interpolate && interpolate.toString() === 'true') {
      image.set(key('Interpolate'), context.obj(false));
      count += 1;
    }
    if (image.has(key('Alternates'))) problems.add('alternate versions of an image');
    if (lookupName(image, 'ColorSpace') === 'DeviceCMYK') problems.add('CMYK images (the archival copy declares RGB)');
    return count;
  }

  function checkFont(font: PDFDict, subtype: string): void {
    const fontName = lookupName(font, 'BaseFont') ?? 'unnamed';
    if (EMBEDDABLE_FONTS.has(subtype)) {
      const descriptor = context.lookup(font.get(key('FontDescriptor')));
      const embedded = descriptor instanceof PDFDict && FONT_FILES.some((file) => descriptor.has(key(file)));
      if (!embedded) problems.add(`the font ${fontName}, which is not embedded`);
    }
    // PDF/A-2u: every glyph must map to Unicode. Descendant CIDFonts inherit their Type0 parent's map.
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2' || font.has(key('ToUnicode'))) return;
    const encoding = context.lookup(font.get(key('Encoding')));
    const standard = encoding instanceof PDFName && STANDARD_ENCODINGS.has(encoding.decodeText());
    if (!standard) problems.add(`the font ${fontName}, whose text cannot be mapped to Unicode`);
  }

  function visit(value: PDFObject): void {
    if (value instanceof PDFStream) {
      checkDict(value.dict, true);
      visit(value.dict);
    } else if (value instanceof PDFDict) {
      checkDict(value, false);
      for (const [, entry] of value.entries()) visit(entry);
    } else if (value instanceof PDFArray) {
      for (const entry of value.asArray()) visit(entry);
    }
  }

  for (const [, object] of context.enumerateIndirectObjects()) visit(object);
  mended += mendAnnotationFlags(context, problems);
  return { problems: [...problems], mended };
}

/** Every annotation must print and never be hidden (ISO 19005-2 6.3.2); all but links and pop-ups need an appearance, and only the normal one. */
function mendAnnotationFlags(context: PDFContext, problems: Set<string>): number {
  let mended = 0;
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || nameOf(object.get(key('Type'))) !== 'Page') continue;
    const annotations = context.lookup(object.get(key('Annots')));
    if (!(annotations instanceof PDFArray)) continue;
    for (const entry of annotations.asArray()) {
      const annotation = context.lookup(entry);
      if (!(annotation instanceof PDFDict)) continue;
      const subtype = nameOf(context.lookup(annotation.get(key('Subtype'))));
      if (subtype === 'Popup') continue;
      const flags = context.lookup(annotation.get(key('F')));
      const current = flags instanceof PDFNumber ? flags.asNumber() : 0;
      const wanted = (current | PRINT) & ~NOT_ALLOWED_FLAGS;
      if (wanted !== current || !(flags instanceof PDFNumber)) {
        annotation.set(key('F'), context.obj(wanted));
        mended += 1;
      }
      if (subtype !== 'Link' && !annotation.has(key('AP'))) problems.add(`a ${subtype ?? 'page'} annotation without an appearance`);
      // Only the normal appearance may remain (6.3.3): rollover and down looks are for screens, not the record.
      const appearance = context.lookup(annotation.get(key('AP')));
      if (appearance instanceof PDFDict) for (const look of ['R', 'D']) if (appearance.delete(key(look))) mended += 1;
    }
  }
  return mended;
}
