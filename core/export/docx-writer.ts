// Layout → .docx bytes with the `docx` library: named styles, real Word
// numbering for resolutions (each list restarts at 1), a header with the
// committee and date, a "Page X of Y" footer, the restrictive marking on every
// page of a full version, and the document properties (title, subject,
// author, language en-GB). A review copy's comments become Word comments on
// the same words (docx-comments.ts).
import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { DocxComments } from './docx-comments';
import { finishDocx, TABLE_STYLE } from './docx-finish';
import { BULLETED, docxNumbering, docxStyles, NUMBERED } from './docx-styles';
import type { LayoutBlock, LayoutDocument, LayoutRun } from './layout-model';
import { blockParts } from './layout-text-parts';

type Body = Array<Paragraph | Table>;

class BodyWriter {
  readonly body: Body = [];
  private listInstance = 0;
  private breakNext = false;
  private section = -1;
  private block = -1;
  private parts: LayoutRun[][] = [];

  constructor(private readonly comments: DocxComments) {}

  startSection(newPage: boolean): void {
    this.breakNext = newPage;
    this.section += 1;
    this.block = -1;
  }

  /** The text of one part of the block being written, with any comments on it. */
  private text(part: number): ParagraphChild[] {
    return this.comments.runs(this.section, this.block, part, this.parts[part] ?? []);
  }

  private paragraph(options: ConstructorParameters<typeof Paragraph>[0] & object): void {
    this.body.push(new Paragraph({ ...options, pageBreakBefore: this.breakNext || undefined }));
    this.breakNext = false;
  }

  write(block: LayoutBlock, logo: ParagraphChild | null): void {
    this.block += 1;
    this.parts = blockParts(block);
    switch (block.kind) {
      case 'title':
        return this.paragraph({ heading: HeadingLevel.TITLE, children: [...(logo ? [logo, new TextRun({ break: 1 })] : []), ...this.text(0)] });
      case 'heading':
        return this.paragraph({
          heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1],
          // Text run on from the title keeps the body's weight (its runs say bold: false unless the clerk made them bold).
          children: block.runOn ? [...this.text(0), new TextRun(' '), ...this.text(1)] : this.text(0),
        });
      case 'paragraph':
        return this.paragraph({ style: 'Normal', keepNext: block.keepWithNext, children: this.text(0) });
      case 'list': {
        // A new instance of the numbering restarts it at 1, as each "It was agreed:" does.
        // A nested list is its own instance at level 1, so the outer list's numbers carry on after it.
        this.listInstance += 1;
        const outer = this.listInstance;
        let part = block.items.length;
        block.items.forEach((_item, index) => {
          this.paragraph({
            style: block.ordered ? 'ListNumber' : 'ListBullet',
            numbering: { reference: block.ordered ? NUMBERED : BULLETED, level: 0, instance: outer },
            children: this.text(index),
          });
          for (const sublist of (block.sublists ?? []).filter((candidate) => candidate.after === index)) {
            this.listInstance += 1;
            for (let at = 0; at < sublist.items.length; at += 1) {
              this.paragraph({
                style: sublist.ordered ? 'ListNumber2' : 'ListBullet2',
                numbering: { reference: sublist.ordered ? NUMBERED : BULLETED, level: 1, instance: this.listInstance },
                children: this.text(part),
              });
              part += 1;
            }
          }
        });
        return;
      }
      case 'label-lines':
        block.lines.forEach((line, index) => {
          this.paragraph({
            style: 'HeadingLine',
            children: [new TextRun({ text: line.label, style: 'LineLabel' }), new TextRun({ children: [new Tab()] }), ...this.text(index)],
          });
        });
        return;
      case 'table':
        return this.table(block);
      case 'signature':
        this.paragraph({ style: 'ChairSignature', children: this.text(0) });
        this.paragraph({ style: 'Normal', children: [new TextRun(block.role)] });
        if (block.dateLine) this.paragraph({ style: 'Normal', children: [new TextRun(block.dateLine)] });
        return;
      case 'note':
        return this.paragraph({ style: 'MinutesNote', children: this.text(0) });
    }
  }

  private table(block: Extract<LayoutBlock, { kind: 'table' }>): void {
    const cell = (text: string, header: boolean) =>
      new TableCell({ children: [new Paragraph({ style: 'Normal', children: [new TextRun({ text, style: header ? 'LineLabel' : undefined })] })] });
    const rows = [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((text) => cell(text, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text, false)) })),
    ];
    // Borders come from the table style (docx-finish.ts), not direct formatting.
    this.body.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, style: TABLE_STYLE }));
  }
}

/** A header or footer line: left text, then right-aligned text at a tab stop at the text width (A4 less both margins). */
function band(style: 'Header' | 'Footer', left: ParagraphChild[], right: ParagraphChild[]): Paragraph {
  return new Paragraph({
    style,
    tabStops: [{ type: 'right', position: 11906 - 2 * 1152 }],
    children: [...left, new TextRun({ children: [new Tab()] }), ...right],
  });
}

export function buildDocx(layout: LayoutDocument): Document {
  const comments = new DocxComments(layout.comments ?? []);
  const writer = new BodyWriter(comments);
  let logo: ParagraphChild | null = layout.logo
    ? new ImageRun({
        type: layout.logo.type,
        data: layout.logo.data,
        transformation: scaled(layout.logo.widthPx, layout.logo.heightPx),
        altText: { name: 'Logo', title: layout.logo.altText, description: layout.logo.altText },
      })
    : null;
  for (const section of layout.sections) {
    writer.startSection(section.newPage);
    for (const block of section.blocks) {
      writer.write(block, block.kind === 'title' ? logo : null);
      if (block.kind === 'title') logo = null;
    }
  }
  const pageText = new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] });
  // As in the PDF: the committee and date top left, the marking top right and bottom left, the page number bottom right.
  const marking = () => (layout.restrictiveMarking ? [new TextRun({ text: layout.restrictiveMarking, style: 'LineLabel' })] : []);
  return new Document({
    title: layout.title,
    subject: layout.subject,
    creator: layout.author,
    lastModifiedBy: layout.author,
    description: layout.subject,
    styles: docxStyles(layout),
    numbering: docxNumbering(),
    ...(comments.options.length ? { comments: { children: comments.options } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1296, bottom: 1296, left: 1152, right: 1152, header: 500, footer: 500 },
          },
        },
        headers: { default: new Header({ children: [band('Header', [new TextRun(layout.headerText)], marking())] }) },
        footers: { default: new Footer({ children: [band('Footer', marking(), [pageText])] }) },
        children: writer.body,
      },
    ],
  });
}

/** At most 8 cm wide and 2.5 cm tall, keeping the logo's proportions (sizes in pixels at 96 dpi). */
function scaled(width: number, height: number): { width: number; height: number } {
  const factor = Math.min(1, 302 / width, 94 / height);
  return { width: Math.round(width * factor), height: Math.round(height * factor) };
}

export async function writeDocx(layout: LayoutDocument): Promise<Uint8Array> {
  return finishDocx(new Uint8Array(await Packer.toArrayBuffer(buildDocx(layout))), layout);
}
