// The clerk's text in the archival copy's XMP is data, never markup: a title
// with tags, ampersands, quotes and a control character comes back from a
// real XML parser exactly (less the control character, which XML cannot
// carry), and the Info dictionary says the same, as PDF/A requires.
import { describe, expect, it } from 'vitest';
import { convertToPdfA } from '../../../core/export/pdfa/convert-to-pdfa';
import { blankPdf, poppler, writeTemp, xmpOf } from './pdfa-test-kit';

describe('archival copy XMP', () => {
  it('carries hostile text literally and in agreement with the Info dictionary', async () => {
    const document = await blankPdf();
    const title = 'Minutes <script>alert("x")</script> & ]]> Café\u0001 — O’Neil';
    document.setTitle(title);
    document.setAuthor('Clerk & <Co>');
    document.setSubject('Exempt "Part B"');
    document.setKeywords(['minutes', '<b>']);
    const file = writeTemp(await convertToPdfA(await document.save(), { modified: new Date('2026-01-02T03:04:05Z'), language: 'en-GB' }));
    const xmp = xmpOf(file);
    const expected = 'Minutes <script>alert("x")</script> & ]]> Café — O’Neil';
    expect(xmp.value('dc', 'title')).toBe(expected);
    expect(xmp.value('dc', 'creator')).toBe('Clerk & <Co>');
    expect(xmp.value('dc', 'description')).toBe('Exempt "Part B"');
    expect(xmp.value('pdf', 'Keywords')).toBe('minutes <b>');
    expect(xmp.value('dc', 'language')).toBe('en-GB');
    expect(xmp.packet).not.toContain('<script>');
    const info = poppler('pdfinfo', file);
    expect(info).toContain(`Title:           ${expected}\n`);
    expect(info).toContain('Author:          Clerk & <Co>\n');
  });
});
