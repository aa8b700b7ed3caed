// The paragraphs of a Word document's body (word/document.xml), in order, as
// the agenda reader wants them: their text, whether Word numbers them itself
// (the number is then not in the text), and whether they are set in a heading
// style. Read with core/review's saxes reader (no DTDs, no entities).
import { forEachXmlEvent } from '../review/xml-scan';
import type { AgendaParagraph } from './agenda-document';

/** More paragraphs than any agenda has; the rest are not read. */
export const MAX_AGENDA_PARAGRAPHS = 20_000;

interface OpenParagraph {
  text: string;
  heading: boolean;
  numberLevel: number | null;
}

export function wordParagraphs(documentXml: string): AgendaParagraph[] {
  const paragraphs: AgendaParagraph[] = [];
  const open: OpenParagraph[] = [];
  let inText = false;
  forEachXmlEvent(documentXml, 'word/document.xml', (event) => {
    const current = open.at(-1);
    if (event.kind === 'text') {
      if (inText && current) current.text += event.text;
      return;
    }
    if (event.kind === 'close') {
      if (event.name === 'w:t') inText = false;
      if (event.name === 'w:p') {
        const done = open.pop();
        if (done && paragraphs.length < MAX_AGENDA_PARAGRAPHS) paragraphs.push(asAgendaParagraph(done));
      }
      return;
    }
    switch (event.name) {
      case 'w:p':
        if (!event.selfClosing) open.push({ text: '', heading: false, numberLevel: null });
        break;
      case 'w:t':
        inText = !event.selfClosing;
        break;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        if (current) current.text += ' ';
        break;
      case 'w:pStyle':
        if (current && /heading|title/i.test(event.attributes['w:val'] ?? '')) current.heading = true;
        break;
      case 'w:ilvl':
        if (current) current.numberLevel = Number(event.attributes['w:val'] ?? 0) || 0;
        break;
      case 'w:numId':
        // numId 0 switches numbering off for the paragraph.
        if (current && event.attributes['w:val'] !== '0') current.numberLevel ??= 0;
        break;
    }
  });
  return paragraphs;
}

function asAgendaParagraph(paragraph: OpenParagraph): AgendaParagraph {
  return {
    text: paragraph.text,
    ...(paragraph.heading ? { heading: true } : {}),
    // Word keeps the numbers in numbering.xml, which is not read: the level says enough (1. at the top, a) below).
    ...(paragraph.numberLevel !== null ? { listLabel: paragraph.numberLevel === 0 ? '1.' : 'a)' } : {}),
  };
}
