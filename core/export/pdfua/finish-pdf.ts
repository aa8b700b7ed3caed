// What the PDF Chromium prints still lacks for PDF/UA-1, added after printing
// (bytes in, bytes out, pdf-lib only), before the file is written and before
// the archival PDF/A copy is made from it:
// - the running header and footer marked as artifacts (content-artifacts.ts);
// - standard structure types only: Chromium's /Strong and /Em (PDF 2.0 types,
//   unknown to a PDF 1.4 reader, which drops their words) become /Span;
// - list item bodies as /LBody, and anything in a /Table that is not a row
//   group or row (the table's caption) inside a /Caption element;
// - metadata: Title, Author (the council), Subject, Creator and Producer
//   naming Minute Book and its version, and an XMP packet with dc:title,
//   dc:language and the PDF/UA identification (pdfuaid:part 1).
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { pdfDateUtc, xmpPacket } from '../pdfa/xmp-packet';
import { markUntaggedAsArtifacts } from './content-artifacts';

export interface PdfMetadata {
  title: string;
  subject: string;
  /** The council: the author of its minutes. */
  author: string;
  language: string;
  /** "Minute Book 1.4.0": Creator and Producer. */
  producer: string;
  modified: Date;
}

const OBJECTS_PER_TICK = 5000;
const TABLE_PARTS = new Set(['TR', 'THead', 'TBody', 'TFoot', 'Caption']);
const RENAMED: Record<string, string> = { Strong: 'Span', Em: 'Span' };

function kidsOf(context: PDFContext, element: PDFDict): PDFObject[] {
  const kids = element.get(PDFName.of('K'));
  const resolved = kids instanceof PDFRef ? context.lookup(kids) : kids;
  if (resolved instanceof PDFArray) return resolved.asArray();
  return resolved === undefined ? [] : [kids!];
}

function structElem(context: PDFContext, kid: PDFObject): PDFDict | null {
  const value = kid instanceof PDFRef ? context.lookup(kid) : kid;
  return value instanceof PDFDict && value.get(PDFName.of('S')) instanceof PDFName ? value : null;
}

const typeOf = (element: PDFDict) => (element.get(PDFName.of('S')) as PDFName).decodeText();

/** The array of the parent tree for a page's marked content (its /StructParents key), to re-point MCIDs. */
function parentArrayOf(context: PDFContext, root: PDFDict, page: PDFObject | undefined): PDFArray | null {
  const pageDict = page instanceof PDFRef ? context.lookup(page) : page;
  const key = pageDict instanceof PDFDict ? pageDict.get(PDFName.of('StructParents')) : undefined;
  const tree = root.lookup(PDFName.of('ParentTree'));
  if (!(key instanceof PDFNumber) || !(tree instanceof PDFDict)) return null;
  const search = (node: PDFDict): PDFArray | null => {
    const nums = node.lookup(PDFName.of('Nums'));
    if (nums instanceof PDFArray) {
      for (let at = 0; at + 1 < nums.size(); at += 2) {
        const entry = nums.get(at);
        if (entry instanceof PDFNumber && entry.asNumber() === key.asNumber()) {
          const value = nums.lookup(at + 1);
          return value instanceof PDFArray ? value : null;
        }
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) {
      for (let at = 0; at < kids.size(); at += 1) {
        const found = search(kids.lookup(at) as PDFDict);
        if (found) return found;
      }
    }
    return null;
  };
  return search(tree);
}

/**
 * Moves the kids into a new element of the given type, first among the element's kids; marked content
 * (MCIDs) moved with them is re-pointed in the parent tree, so text stays attached to the right element.
 */
function wrapKids(context: PDFContext, root: PDFDict, element: PDFDict, elementRef: PDFRef, moved: PDFObject[], type: string, at: 'first' | 'last'): void {
  const wrapper = context.obj({ Type: 'StructElem', S: type, P: elementRef, K: context.obj(moved) });
  const page = element.get(PDFName.of('Pg'));
  if (page) wrapper.set(PDFName.of('Pg'), page);
  const wrapperRef = context.register(wrapper);
  for (const kid of moved) {
    const child = structElem(context, kid);
    if (child) {
      child.set(PDFName.of('P'), wrapperRef);
      continue;
    }
    const value = kid instanceof PDFRef ? context.lookup(kid) : kid;
    const mcid = value instanceof PDFNumber ? value : value instanceof PDFDict ? value.get(PDFName.of('MCID')) : undefined;
    const kidPage = value instanceof PDFDict ? (value.get(PDFName.of('Pg')) ?? page) : page;
    const parents = parentArrayOf(context, root, kidPage);
    if (mcid instanceof PDFNumber && parents && mcid.asNumber() < parents.size()) parents.set(mcid.asNumber(), wrapperRef);
  }
  const rest = kidsOf(context, element).filter((kid) => !moved.includes(kid));
  element.set(PDFName.of('K'), context.obj(at === 'first' ? [wrapperRef, ...rest] : [...rest, wrapperRef]));
}

/** Walks the structure tree once, mending each element in place. */
function mendStructure(context: PDFContext, root: PDFDict): void {
  const visit = (element: PDFDict, elementRef: PDFObject | null) => {
    const type = typeOf(element);
    if (RENAMED[type]) element.set(PDFName.of('S'), PDFName.of(RENAMED[type]));
    const kids = kidsOf(context, element);
    if (type === 'LI' && elementRef instanceof PDFRef) {
      // A list item is its label and one body: Chromium leaves the body as loose text and inline elements.
      const body = kids.filter((kid) => structElem(context, kid) === null || typeOf(structElem(context, kid)!) !== 'Lbl');
      if (body.length) wrapKids(context, root, element, elementRef, body, 'LBody', 'last');
    }
    if (type === 'Table' && elementRef instanceof PDFRef) {
      // Anything but rows and row groups is the table's caption (Chromium leaves it as bare marked content).
      const stray = kids.filter((kid) => {
        const child = structElem(context, kid);
        return !child || !TABLE_PARTS.has(typeOf(child));
      });
      if (stray.length) wrapKids(context, root, element, elementRef, stray, 'Caption', 'first');
    }
    for (const kid of kidsOf(context, element)) {
      const child = structElem(context, kid);
      if (child) visit(child, kid instanceof PDFRef ? kid : null);
    }
  };
  for (const kid of kidsOf(context, root)) {
    const child = structElem(context, kid);
    if (child) visit(child, kid instanceof PDFRef ? kid : null);
  }
}

function contentBytes(stream: PDFObject | undefined): Uint8Array | null {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  if (stream instanceof PDFStream) return stream.getContents();
  return null;
}

/** Each page's content as one stream with the untagged painting marked as artifacts. */
function markArtifacts(document: PDFDocument): void {
  const context = document.context;
  for (const page of document.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = contents instanceof PDFRef ? context.lookup(contents) : contents;
    const streams = resolved instanceof PDFArray ? resolved.asArray().map((ref) => context.lookup(ref)) : [resolved];
    const parts = streams.map((stream) => contentBytes(stream));
    if (parts.some((part) => part === null)) continue;
    const joined = new Uint8Array(parts.reduce((sum, part) => sum + part!.length + 1, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(part!, at);
      at += part!.length;
      joined[at++] = 0x0a;
    }
    page.node.set(PDFName.of('Contents'), context.register(context.flateStream(markUntaggedAsArtifacts(joined))));
  }
}

function pdfUaXmp(meta: PdfMetadata, created: Date): string {
  return xmpPacket({
    part: null,
    conformance: null,
    ua: 1,
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    keywords: null,
    creatorTool: meta.producer,
    producer: meta.producer,
    language: meta.language,
    created,
    modified: meta.modified,
  });
}

export async function finishPdf(input: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(input, { updateMetadata: false, parseSpeed: OBJECTS_PER_TICK });
  const context = document.context;
  const catalog = document.catalog;
  const root = catalog.lookup(PDFName.of('StructTreeRoot'));
  if (root instanceof PDFDict) mendStructure(context, root);
  markArtifacts(document);

  catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  const created = document.getCreationDate() ?? meta.modified;
  const infoRef = context.trailerInfo.Info;
  const existing = infoRef ? context.lookup(infoRef) : undefined;
  const info = existing instanceof PDFDict ? existing : context.obj({});
  if (!(existing instanceof PDFDict)) context.trailerInfo.Info = context.register(info);
  const text = (value: string) => PDFHexString.fromText(value);
  info.set(PDFName.of('Title'), text(meta.title));
  info.set(PDFName.of('Subject'), text(meta.subject));
  info.set(PDFName.of('Author'), text(meta.author));
  info.set(PDFName.of('Creator'), text(meta.producer));
  info.set(PDFName.of('Producer'), text(meta.producer));
  info.set(PDFName.of('CreationDate'), PDFString.of(pdfDateUtc(created)));
  info.set(PDFName.of('ModDate'), PDFString.of(pdfDateUtc(meta.modified)));
  const metadata = context.register(context.stream(new TextEncoder().encode(pdfUaXmp(meta, created)), { Type: 'Metadata', Subtype: 'XML' }));
  catalog.set(PDFName.of('Metadata'), metadata);
  // A tagged PDF says so, and shows its title rather than its file name (PDF/UA-1 7.1).
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  const preferences = catalog.lookup(PDFName.of('ViewerPreferences'));
  if (preferences instanceof PDFDict) preferences.set(PDFName.of('DisplayDocTitle'), context.obj(true));
  else catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
  return document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: OBJECTS_PER_TICK });
}
