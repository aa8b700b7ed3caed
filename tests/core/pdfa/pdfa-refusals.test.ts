// What the PDF/A post-processor must refuse rather than pass off as archival
// (JavaScript, encryption, launch actions, embedded files, fonts not
// embedded, unreadable input) and what it mends without changing the page
// (annotation flags, image interpolation), and re-converting its own output
// is clean. Each fixture is first shown to be
// what it claims by poppler, so the tests cannot pass on a harmless file.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { convertToPdfA, PdfAConversionError } from '../../../core/export/pdfa/convert-to-pdfa';
import { blankPdf, encryptedPdf, pdfWithJavaScript, poppler, writeTemp } from './pdfa-test-kit';

const options = { modified: new Date('2026-03-23T18:45:00Z'), language: 'en-GB' };

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await convertToPdfA(bytes, options).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PdfAConversionError);
  return (error as Error).message;
}

describe('PDF/A copy: refusals', () => {
  it('refuses a PDF with JavaScript, naming it', async () => {
    const bytes = await pdfWithJavaScript();
    expect(poppler('pdfinfo', writeTemp(bytes))).toMatch(/^JavaScript:\s+yes$/m);
    expect(await refusal(bytes)).toBe('The archival PDF/A copy cannot be made because the PDF contains JavaScript, which PDF/A does not allow.');
  });

  it('refuses JavaScript run when the file opens', async () => {
    const document = await blankPdf();
    document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'JavaScript', JS: PDFString.of('this.print()') }));
    expect(await refusal(await document.save())).toContain('JavaScript');
  });

  it('refuses an encrypted PDF', async () => {
    const bytes = await encryptedPdf();
    expect(poppler('pdfinfo', writeTemp(bytes))).toMatch(/^Encrypted:\s+yes/m);
    expect(await refusal(bytes)).toBe('The archival PDF/A copy cannot be made because the PDF is encrypted (password-protected), which PDF/A does not allow.');
  });

  it('lists every problem at once: a launch action, an embedded file and a font that is not embedded', async () => {
    const document = await blankPdf();
    const page = document.getPage(0);
    page.drawText('Minutes', { font: await document.embedFont(StandardFonts.Helvetica), x: 72, y: 720 });
    const link = document.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [72, 700, 200, 720], F: 4, A: { S: 'Launch', F: PDFString.of('calc.exe') } });
    page.node.set(PDFName.of('Annots'), document.context.obj([document.context.register(link)]));
    await document.attach(new TextEncoder().encode('notes'), 'notes.txt', { mimeType: 'text/plain' });
    const bytes = await document.save();
    expect(poppler('pdffonts', writeTemp(bytes))).toMatch(/^Helvetica\s+Type 1\s+\S+\s+no/m);
    const message = await refusal(bytes);
    expect(message).toContain('an action that launches another program');
    expect(message).toContain('embedded files');
    expect(message).toContain('the font Helvetica, which is not embedded');
  });

  it('refuses an annotation that has no appearance to archive', async () => {
    const document = await blankPdf();
    const note = document.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [10, 10, 30, 30], Contents: PDFString.of('see me') });
    document.getPage(0).node.set(PDFName.of('Annots'), document.context.obj([document.context.register(note)]));
    expect(await refusal(await document.save())).toContain('a Text annotation without an appearance');
  });

  it('refuses bytes that are not a PDF', async () => {
    expect(await refusal(new TextEncoder().encode('not a pdf at all'))).toMatch(/^The archival PDF\/A copy cannot be made because the PDF could not be read/);
  });
});

describe('PDF/A copy: mending', () => {
  it('makes hidden links print with their normal appearance only, turns image interpolation off and sets the language', async () => {
    const document = await blankPdf();
    const context = document.context;
    const image = context.register(
      context.stream(new Uint8Array([200, 30, 30]), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: 1,
        Height: 1,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
        Interpolate: true,
      }),
    );
    const page = document.getPage(0);
    page.node.set(PDFName.of('Resources'), context.obj({ XObject: { Im1: image } }));
    const look = context.register(context.stream('0 0 1 rg 0 0 128 20 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 128, 20] }));
    const link = context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [72, 700, 200, 720],
        F: 2 | 32,
        A: { S: 'URI', URI: PDFString.of('https://example.org/minutes') },
        AP: { N: look, D: look },
      }),
    );
    page.node.set(PDFName.of('Annots'), context.obj([link]));

    const copy = await PDFDocument.load(await convertToPdfA(await document.save(), options), { updateMetadata: false });
    const annotation = copy.context.lookup(copy.getPage(0).node.Annots()?.get(0), PDFDict);
    expect(annotation.lookup(PDFName.of('F'), PDFNumber).asNumber()).toBe(4);
    expect(annotation.lookup(PDFName.of('AP'), PDFDict).keys().map(String)).toEqual(['/N']);
    const resources = copy.getPage(0).node.Resources();
    const copied = resources?.lookup(PDFName.of('XObject'), PDFDict).lookup(PDFName.of('Im1'));
    expect(copied).toBeInstanceOf(PDFRawStream);
    expect(String((copied as PDFRawStream).dict.get(PDFName.of('Interpolate')))).toBe('false');
    expect(copy.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(en-GB)');
  });

  it('converts its own output again cleanly: one output intent, the new dates, the document’s first ID kept', async () => {
    const document = await blankPdf();
    document.setTitle('Cabinet minutes');
    const once = await convertToPdfA(await document.save(), options);
    const twice = await convertToPdfA(once, { ...options, modified: new Date('2026-04-01T10:00:00Z') });
    const file = writeTemp(twice);
    expect(poppler('qpdf', '--check', file)).toContain('No syntax or stream encoding errors found');
    const copy = await PDFDocument.load(twice, { updateMetadata: false });
    expect(copy.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).size()).toBe(1);
    expect(poppler('pdfinfo', '-meta', file)).toContain('<xmp:ModifyDate>2026-04-01T10:00:00+00:00</xmp:ModifyDate>');
    const ids = (bytes: Uint8Array) =>
      Buffer.from(bytes)
        .toString('latin1')
        .match(/\/ID \[ <([0-9a-f]{32})> <([0-9a-f]{32})> \]/)!
        .slice(1);
    expect(ids(twice)[0]).toBe(ids(once)[0]);
    expect(ids(twice)[1]).not.toBe(ids(once)[1]);
  });
});
