// The Word styles the minutes use. Paragraphs name a style (Title, Heading 1,
// Heading 2, List Number, List Bullet, Normal, …) instead of carrying their own
// formatting, so a clerk can restyle the whole document from Word's Styles
// pane and a screen reader hears real headings and lists.
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import type { LayoutDocument } from './layout-model';

export const NUMBERED = 'minutes-numbered';
export const BULLETED = 'minutes-bulleted';

const twips = (points: number) => Math.round(points * 20);

export function docxStyles(layout: LayoutDocument): IStylesOptions {
  const font = layout.fontFamily;
  const size = Math.round(layout.fontSizePt * 2);
  const language = { value: layout.language };
  // The outline level is what makes a heading a heading outside Word (LibreOffice: bookmarks and H tags in its PDF).
  const heading = (outlineLevel: number, italics = false) => ({
    run: { font, size, bold: true, italics, color: '000000' },
    paragraph: { spacing: { before: twips(12), after: twips(6) }, keepNext: true, outlineLevel },
  });
  const list = (id: string, name: string, reference: string, level: number) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    // The style carries its numbering, so "List Number" applied in Word numbers the paragraph.
    paragraph: { spacing: { after: twips(6) }, numbering: { reference, level } },
  });
  return {
    default: {
      document: { run: { font, size, language }, paragraph: { spacing: { after: twips(8) } } },
      title: { run: { font, size: Math.round(size * 1.4), bold: true, color: '000000' }, paragraph: { spacing: { after: twips(12) } } },
      heading1: heading(0),
      heading2: heading(1),
      heading3: heading(2, true),
    },
    paragraphStyles: [
      list('ListNumber', 'List Number', NUMBERED, 0),
      list('ListBullet', 'List Bullet', BULLETED, 0),
      list('ListNumber2', 'List Number 2', NUMBERED, 1),
      list('ListBullet2', 'List Bullet 2', BULLETED, 1),
      {
        id: 'HeadingLine',
        name: 'Attendance Line',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: twips(3) }, indent: { left: 3240, hanging: 3240 } },
      },
      {
        id: 'ChairSignature',
        name: 'Chair Signature',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { before: twips(36), after: twips(4) }, keepNext: true },
      },
      { id: 'MinutesNote', name: 'Minutes Note', basedOn: 'Normal', paragraph: { spacing: { before: twips(18) } } },
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: 18 } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 18 } },
    ],
    characterStyles: [{ id: 'LineLabel', name: 'Line Label', basedOn: 'DefaultParagraphFont', run: { bold: true } }],
  };
}

export function docxNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERED,
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
          { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1440, hanging: 360 } } } },
        ],
      },
      {
        reference: BULLETED,
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
          { level: 1, format: LevelFormat.BULLET, text: '◦', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1440, hanging: 360 } } } },
        ],
      },
    ],
  };
}
