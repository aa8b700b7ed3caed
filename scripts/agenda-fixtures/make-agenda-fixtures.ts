// Writes the agenda fixtures (tests/fixtures/agenda/agenda-fixtures.ts) as the
// files the import tests read: Word documents made with docx (Word's own
// numbering for "auto" fixtures, headings in heading styles) and PDFs made
// with pdf-lib (a front sheet in large type, numbers set apart from titles,
// long lines wrapped as a council's PDF wraps them).
// Run: node --import tsx scripts/agenda-fixtures/make-agenda-fixtures.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { docxFixtures, pdfFixtures, type AgendaFixture } from '../../tests/fixtures/agenda/agenda-fixtures';

const folder = path.join(__dirname, '../../tests/fixtures/agenda');

async function writeDocx(fixture: AgendaFixture): Promise<void> {
  const document = new Document({
    creator: 'Minute Book tests',
    numbering: {
      config: [
        {
          reference: 'agenda-items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: fixture.paragraphs.map((paragraph) => {
          if (paragraph.kind === 'title') return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(paragraph.text)] });
          if (paragraph.kind === 'heading') return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(paragraph.text)] });
          if (paragraph.kind === 'item' && fixture.numbering === 'auto') {
            return new Paragraph({ numbering: { reference: 'agenda-items', level: 0 }, children: [new TextRun({ text: paragraph.text, bold: true })] });
          }
          // Runs split mid-title, as Word splits them after edits.
          const middle = Math.floor(paragraph.text.length / 2);
          return new Paragraph({
            children: [
              new TextRun({ text: paragraph.text.slice(0, middle), bold: paragraph.kind === 'item' }),
              new TextRun({ text: paragraph.text.slice(middle), bold: paragraph.kind === 'item' }),
            ],
          });
        }),
      },
    ],
  });
  writeFileSync(path.join(folder, `${fixture.file}.docx`), await Packer.toBuffer(document));
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

async function writePdf(fixture: AgendaFixture): Promise<void> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([595, 842]);
  let y = 780;
  const need = (height: number) => {
    if (y - height < 60) {
      page = pdf.addPage([595, 842]);
      y = 780;
    }
  };
  for (const paragraph of fixture.paragraphs) {
    if (paragraph.kind === 'title' || paragraph.kind === 'heading') {
      const size = paragraph.kind === 'title' ? 18 : 14;
      need(size * 2);
      page.drawText(paragraph.text, { x: 72, y, size, font: bold });
      y -= size + 14;
      continue;
    }
    const size = 11;
    const numbered = paragraph.kind === 'item' ? /^(\d+\.)\s+(.*)$/.exec(paragraph.text) : null;
    const lines = wrap(numbered ? numbered[2]! : paragraph.text, paragraph.kind === 'item' ? bold : regular, size, 420);
    need(lines.length * 14);
    // The number in its own column, as councils' templates set it.
    if (numbered) page.drawText(numbered[1]!, { x: 72, y, size, font: bold });
    for (const line of lines) {
      page.drawText(line, { x: 100, y, size, font: paragraph.kind === 'item' ? bold : regular });
      y -= 14;
    }
    y -= 10;
  }
  pdf.setTitle(fixture.file);
  pdf.setCreationDate(new Date('2024-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2024-01-01T00:00:00Z'));
  writeFileSync(path.join(folder, `${fixture.file}.pdf`), await pdf.save());
}

async function main(): Promise<void> {
  for (const fixture of docxFixtures) await writeDocx(fixture);
  for (const fixture of pdfFixtures) await writePdf(fixture);
  console.log(`Wrote ${docxFixtures.length} Word and ${pdfFixtures.length} PDF agendas to ${folder}`);
}

void main();
