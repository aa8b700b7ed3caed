// Reads the chair's Track Changes from a returned Word document: for each
// paragraph of word/document.xml, its text as pieces kept, inserted (w:ins,
// w:moveTo) or deleted (w:del, w:moveFrom), with the author and date of each
// change, and whether its paragraph mark was inserted or deleted. From the
// pieces come the paragraph "before" the chair's changes and "after" them.
// Formatting-only changes (w:rPrChange, w:pPrChange and kin) are counted,
// not read: Minute Book's suggestions change words, not emphasis. Only text
// is read, through the strict XML reader.
import { wordDate } from './word-date';
import { forEachXmlEvent, type XmlEvent } from './xml-scan';

export interface TrackedPiece {
  text: string;
  kind: 'kept' | 'inserted' | 'deleted';
  /** The change's author and ISO date ('' and null for kept text, or when Word gives none). */
  author: string;
  date: string | null;
}

export interface TrackedParagraph {
  pieces: TrackedPiece[];
  /** The paragraph as it was sent: deletions kept, insertions dropped. */
  before: string;
  /** The paragraph as the chair left it: insertions kept, deletions dropped. */
  after: string;
  /** The paragraph mark itself was inserted (a new paragraph or a split) or deleted (joined to the next). */
  mark: TrackedPiece | null;
}

export interface WordTrackedChanges {
  /** Only paragraphs with tracked changes to their text or their mark. */
  paragraphs: TrackedParagraph[];
  formattingChanges: number;
}

const INSERTED = new Set(['w:ins', 'w:moveTo']);
const DELETED = new Set(['w:del', 'w:moveFrom']);
const FORMATTING_CHANGE = /^w:(rPr|pPr|sectPr|tblPr|tblGrid|trPr|tcPr|numbering)Change$/;

interface OpenParagraph {
  pieces: TrackedPiece[];
  mark: TrackedPiece | null;
}

function append(paragraph: OpenParagraph, piece: TrackedPiece): void {
  const last = paragraph.pieces.at(-1);
  if (last && last.kind === piece.kind && last.author === piece.author && last.date === piece.date) last.text += piece.text;
  else paragraph.pieces.push(piece);
}

function finish(paragraph: OpenParagraph): TrackedParagraph {
  const textOf = (skip: TrackedPiece['kind']) =>
    paragraph.pieces
      .filter((piece) => piece.kind !== skip)
      .map((piece) => piece.text)
      .join('');
  return { pieces: paragraph.pieces, before: textOf('inserted'), after: textOf('deleted'), mark: paragraph.mark };
}

export function readWordTrackedChanges(documentXml: string): WordTrackedChanges {
  const paragraphs: TrackedParagraph[] = [];
  // Paragraphs nest (a text box inside a run): each keeps its own pieces.
  const open: OpenParagraph[] = [];
  // The innermost change being read, and the elements that matter for where text is.
  const changes: Array<{ name: string; kind: 'inserted' | 'deleted'; author: string; date: string | null }> = [];
  let formattingChanges = 0;
  // How many of `changes` are insertions: counted, so deeply nested changes cost no more per word.
  let insertions = 0;
  let inRun = 0;
  let inParagraphProperties = 0;
  let textElement: string | null = null;
  const current = () => open.at(-1);
  const add = (text: string) => {
    const paragraph = current();
    if (!paragraph || !text) return;
    const change = changes.at(-1);
    // Words one reviewer inserted and another deleted were never in the minutes and are not in the chair's text.
    if (change?.kind === 'deleted' && insertions > 0) return;
    append(paragraph, change ? { text, kind: change.kind, author: change.author, date: change.date } : { text, kind: 'kept', author: '', date: null });
  };
  forEachXmlEvent(documentXml, 'word/document.xml', (event: XmlEvent) => {
    if (event.kind === 'text') {
      if (textElement) add(event.text);
      return;
    }
    const name = event.name;
    if (event.kind === 'close') {
      if (name === textElement) textElement = null;
      else if (name === 'w:r') inRun -= 1;
      else if (name === 'w:pPr') inParagraphProperties -= 1;
      else if ((INSERTED.has(name) || DELETED.has(name)) && changes.at(-1)?.name === name) {
        if (changes.pop()!.kind === 'inserted') insertions -= 1;
      } else if (name === 'w:p') {
        const paragraph = open.pop();
        if (!paragraph) return;
        const done = finish(paragraph);
        if (done.mark || done.pieces.some((piece) => piece.kind !== 'kept')) paragraphs.push(done);
      }
      return;
    }
    if (FORMATTING_CHANGE.test(name)) {
      formattingChanges += 1;
      return;
    }
    const author = event.attributes['w:author'] ?? '';
    const date = wordDate(event.attributes['w:date']);
    if (INSERTED.has(name) || DELETED.has(name)) {
      const kind = INSERTED.has(name) ? 'inserted' : 'deleted';
      // In the paragraph's own properties, the change is to its mark: the paragraph break itself.
      if (inParagraphProperties > 0 && current()) current()!.mark = { text: '', kind, author: author.trim(), date };
      else if (!event.selfClosing) {
        changes.push({ name, kind, author: author.trim(), date });
        if (kind === 'inserted') insertions += 1;
      }
      return;
    }
    if (event.selfClosing) {
      if (inRun > 0 && inParagraphProperties === 0) {
        if (name === 'w:tab') add('\t');
        else if (name === 'w:br' || name === 'w:cr') add('\n');
        else if (name === 'w:noBreakHyphen') add('-');
      }
      return;
    }
    if (name === 'w:p') open.push({ pieces: [], mark: null });
    else if (name === 'w:r') inRun += 1;
    else if (name === 'w:pPr') inParagraphProperties += 1;
    // Field codes (w:instrText) are not words of the minutes.
    else if ((name === 'w:t' || name === 'w:delText') && inRun > 0) textElement = name;
  });
  return { paragraphs, formattingChanges };
}
