// Resolutions some committees write as bullet points ("It Was Agreed:
// · The update be noted", seed 004) rather than numbers: read from the
// heading's style or the template's wording, laid out as a bulleted list, and
// printed with the bullet in the text of the PDF and as List Bullet in Word.
import { afterAll, describe, expect, it } from 'vitest';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { meetingSchema } from '../../../core/model/meeting';
import { lexicalStateSchema } from '../../../core/storage/lexical-state';
import { item, lexicalRoot, para, resolution, resolutionsHeading } from '../../fixtures/export/lexical-builders';
import { seed000Document } from '../../fixtures/export/seed-000-document';
import { closePrinter, docxOf, layoutOf, pdfOf } from './export-test-kit';

afterAll(closePrinter);

const bulletedHeading = { ...resolutionsHeading('It Was Agreed:'), style: 'bulleted' };

function documentWith(children: Array<Record<string, unknown>>, wording?: Record<string, unknown>) {
  const document = seed000Document();
  return { ...document, meeting: { ...document.meeting, ...(wording ? { wording } : {}) }, content: lexicalRoot(children) };
}

const seed004 = documentWith([
  item('CHILDREN’S IMPROVEMENT PLAN UPDATE'),
  para('Members asked questions.'),
  bulletedHeading,
  resolution('The update be noted'),
]);

describe('bulleted resolutions', () => {
  it('are read from the heading’s style, from the template’s wording for a run without a heading, and stay numbered otherwise', () => {
    const read = (raw: ReturnType<typeof documentWith>) =>
      readMinutes(lexicalStateSchema.parse(raw.content), meetingSchema.parse(raw.meeting)).items[0]!.blocks.filter((block) => block.kind === 'resolutions');
    expect(read(seed004)).toEqual([{ kind: 'resolutions', heading: 'It Was Agreed:', resolutions: [[{ text: 'The update be noted' }]], bulleted: true }]);
    const bare = documentWith([item('PLAN'), resolution('Noted.')], { resolutionsHeading: 'It Was Agreed:', resolutionsStyle: 'bulleted' });
    expect(read(bare)).toEqual([{ kind: 'resolutions', heading: 'It Was Agreed:', resolutions: [[{ text: 'Noted.' }]], bulleted: true }]);
    const numbered = documentWith([item('PLAN'), resolutionsHeading('It was agreed:'), resolution('Noted.')]);
    expect(read(numbered)).toEqual([{ kind: 'resolutions', heading: 'It was agreed:', resolutions: [[{ text: 'Noted.' }]] }]);
  });

  it('Word: the resolution follows the heading as a List Bullet paragraph on the bullet numbering', async () => {
    const docx = await docxOf(layoutOf(seed004));
    const body = await docx.part('word/document.xml');
    const paragraph = /<w:p>(?:(?!<\/w:p>)[\s\S])*The update be noted[\s\S]*?<\/w:p>/.exec(body)?.[0] ?? '';
    expect(paragraph).toContain('<w:pStyle w:val="ListBullet"/>');
    expect(docx.text.replace(/\s+/g, ' ')).toContain('It Was Agreed: The update be noted');
  });

  it('PDF: the bullet is text, so the printed minutes read “It Was Agreed: • The update be noted” as the reference does', async () => {
    const pdf = await pdfOf(layoutOf(seed004));
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('It Was Agreed: • The update be noted');
  }, 60_000);
});
