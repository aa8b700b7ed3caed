// What the docx library cannot write, added to the packed file: a table style
// (so tables take their borders from "Minutes Table" rather than direct
// formatting, and a clerk restyles them all at once), each table's caption and
// description (Word's Alt Text for tables, read by screen readers), and the
// document's language in its properties (dc:language en-GB; LibreOffice
// otherwise writes en-US on its first save).
import JSZip from 'jszip';
import { escapeHtml } from './html-escape';
import type { LayoutDocument } from './layout-model';

export const TABLE_STYLE = 'MinutesTable';

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;

const TABLE_STYLE_XML = [
  `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Minutes Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>`,
  `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
  '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr>',
  '</w:style>',
].join('');

/** The captions of the layout's tables, in the order the DOCX writes them. */
function tableCaptions(layout: LayoutDocument): string[] {
  return layout.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'table' ? [block.caption] : [])));
}

export async function finishDocx(bytes: Uint8Array, layout: LayoutDocument): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const edit = async (name: string, change: (xml: string) => string) => {
    const file = zip.file(name);
    if (file) zip.file(name, change(await file.async('string')));
  };
  await edit('word/styles.xml', (xml) => (xml.includes(`w:styleId="${TABLE_STYLE}"`) ? xml : xml.replace('</w:styles>', `${TABLE_STYLE_XML}</w:styles>`)));
  const captions = tableCaptions(layout);
  let table = 0;
  await edit('word/document.xml', (xml) =>
    xml.replace(/<\/w:tblPr>/g, () => {
      const caption = escapeHtml(captions[table++] ?? '');
      return caption ? `<w:tblCaption w:val="${caption}"/><w:tblDescription w:val="${caption}"/></w:tblPr>` : '</w:tblPr>';
    }),
  );
  await edit('docProps/core.xml', (xml) =>
    xml.includes('<dc:language>') ? xml : xml.replace('</cp:coreProperties>', `<dc:language>${layout.language}</dc:language></cp:coreProperties>`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
