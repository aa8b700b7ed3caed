// Reads the comments a chair added in Word: the comment text, author and date
// from word/comments.xml, the words each one covers (between its
// commentRangeStart and commentRangeEnd) with the paragraph around them from
// word/document.xml, and replies and "resolved" from
// word/commentsExtended.xml when Word wrote one. Only text is read. Every
// read is one pass over the part (a file with thousands of ranges that never
// close costs no more than one with none), and nothing grows past what a
// review can hold (REVIEW_LIMITS): longer words are cut, more comments refused.
import { REVIEW_LIMITS } from './review-schema';
import { wordDate } from './word-date';
import { forEachXmlEvent, type XmlEvent } from './xml-scan';

/** A Word file asks for more than a review can hold; the message says so in plain words. */
export class WordLimitError extends Error {}

const cut = (text: string, limit: number) => (text.length > limit ? text.slice(0, limit) : text);

export interface WordComment {
  /** The id inside the Word file. */
  wordId: string;
  author: string;
  /** ISO date-time, or null when the file gives none. */
  date: string | null;
  body: string;
  /** The words the comment covers ('' for a comment at a point). */
  quote: string;
  /** The paragraph the covered words start in, and where in it they start. */
  paragraph: string;
  offset: number;
  /** The wordId of the comment this one replies to, if it is a reply. */
  replyTo: string | null;
  done: boolean;
}

/** Ranges and point comments kept from one document: each belongs to a comment, so twice the comments a review holds is plenty. */
const MAX_RANGES = REVIEW_LIMITS.comments * 2;

const attribute = (event: XmlEvent & { kind: 'open' }, name: string): string => event.attributes[`w:${name}`] ?? event.attributes[name] ?? '';

/** The comments themselves, with the paraId of each comment's last paragraph (which commentsExtended refers to). */
function readCommentsPart(xml: string): Array<Omit<WordComment, 'quote' | 'paragraph' | 'offset' | 'replyTo' | 'done'> & { paraId: string | null }> {
  const comments: Array<Omit<WordComment, 'quote' | 'paragraph' | 'offset' | 'replyTo' | 'done'> & { paraId: string | null }> = [];
  let current: (typeof comments)[number] | null = null;
  let paragraphs: string[] = [];
  let inText = false;
  // What a comment's body has taken so far: words past the limit are not kept at all.
  let bodyLength = 0;
  const addToBody = (text: string) => {
    if (bodyLength > REVIEW_LIMITS.body) return;
    bodyLength += text.length;
    paragraphs[paragraphs.length - 1] += text;
  };
  forEachXmlEvent(xml, 'word/comments.xml', (event) => {
    if (event.kind === 'open') {
      if (event.name === 'w:comment') {
        if (comments.length >= REVIEW_LIMITS.comments) {
          throw new WordLimitError(`it holds more than ${REVIEW_LIMITS.comments.toLocaleString('en-GB')} comments, more than Minute Book takes from one file`);
        }
        current = {
          wordId: attribute(event, 'id'),
          author: cut(attribute(event, 'author').trim(), REVIEW_LIMITS.personName),
          date: wordDate(attribute(event, 'date')),
          body: '',
          paraId: null,
        };
        paragraphs = [];
        bodyLength = 0;
      } else if (current && event.name === 'w:p') {
        paragraphs.push('');
        current.paraId = event.attributes['w14:paraId'] ?? current.paraId;
      } else if (current && (event.name === 'w:tab' || event.name === 'w:br') && paragraphs.length > 0) {
        addToBody(event.name === 'w:tab' ? '\t' : '\n');
      }
      inText = event.name === 'w:t' && !event.selfClosing;
    } else if (event.kind === 'close') {
      if (event.name === 'w:t') inText = false;
      if (event.name === 'w:comment' && current) {
        current.body = cut(paragraphs.join('\n').trim(), REVIEW_LIMITS.body);
        comments.push(current);
        current = null;
      }
    } else if (inText && current && paragraphs.length > 0) {
      addToBody(event.text);
    }
  });
  return comments;
}

/**
 * For each comment id, the words it covers and the paragraph they start in.
 * The document's text is kept once (paragraphs joined by line breaks); a range
 * is where it starts and ends in that text, so the cost is one pass whatever
 * the ranges do.
 */
function readCoveredText(xml: string): Map<string, { quote: string; paragraph: string; offset: number }> {
  const ranges = new Map<string, { start: number; end: number | null; paragraphIndex: number; offset: number }>();
  const paragraphs: string[] = [];
  const pieces: string[] = [];
  let length = 0;
  let inParagraph = false;
  let inText = false;
  const write = (text: string) => {
    pieces.push(text);
    length += text.length;
  };
  const append = (text: string) => {
    if (!inParagraph) return;
    paragraphs[paragraphs.length - 1] += text;
    write(text);
  };
  const place = () => ({ paragraphIndex: Math.max(0, paragraphs.length - 1), offset: paragraphs.at(-1)?.length ?? 0 });
  forEachXmlEvent(xml, 'word/document.xml', (event) => {
    if (event.kind === 'open') {
      if (event.name === 'w:p') {
        // A range that began in an earlier paragraph runs on into this one: the break between them is part of its words.
        if (paragraphs.length > 0) write('\n');
        paragraphs.push('');
        inParagraph = true;
      } else if (event.name === 'w:commentRangeStart') {
        const id = attribute(event, 'id');
        if (ranges.size >= MAX_RANGES && !ranges.has(id))
          throw new WordLimitError(`it marks more than ${MAX_RANGES.toLocaleString('en-GB')} commented passages, more than Minute Book takes from one file`);
        ranges.set(id, { start: length, end: null, ...place() });
      } else if (event.name === 'w:commentReference' && !ranges.has(attribute(event, 'id'))) {
        // A comment at a point (no range): it is about the paragraph it sits in.
        if (ranges.size >= MAX_RANGES)
          throw new WordLimitError(`it marks more than ${MAX_RANGES.toLocaleString('en-GB')} commented passages, more than Minute Book takes from one file`);
        ranges.set(attribute(event, 'id'), { start: length, end: length, ...place() });
      } else if (event.name === 'w:commentRangeEnd') {
        const range = ranges.get(attribute(event, 'id'));
        if (range && range.end === null) range.end = length;
      } else if (event.name === 'w:tab') append('\t');
      else if (event.name === 'w:br') append('\n');
      // Deleted text (w:delText) is not part of what the chair is commenting on.
      inText = event.name === 'w:t' && !event.selfClosing;
    } else if (event.kind === 'close') {
      if (event.name === 'w:t') inText = false;
      if (event.name === 'w:p') inParagraph = false;
    } else if (inText) {
      append(event.text);
    }
  });
  const text = pieces.join('');
  const result = new Map<string, { quote: string; paragraph: string; offset: number }>();
  for (const [id, range] of ranges) {
    // A range Word never closed runs to the end of the document; no quote is kept past what a review holds.
    const end = Math.min(range.end ?? length, range.start + REVIEW_LIMITS.quote);
    result.set(id, { quote: text.slice(range.start, end).replace(/\n+$/, ''), paragraph: paragraphs[range.paragraphIndex] ?? '', offset: range.offset });
  }
  return result;
}

/** Replies and resolved state, keyed by the paraId of a comment's last paragraph. */
function readCommentsExtended(xml: string | null): Map<string, { parent: string | null; done: boolean }> {
  const extended = new Map<string, { parent: string | null; done: boolean }>();
  if (!xml) return extended;
  forEachXmlEvent(xml, 'word/commentsExtended.xml', (event) => {
    if (event.kind !== 'open' || event.name !== 'w15:commentEx') return;
    const paraId = event.attributes['w15:paraId'];
    if (paraId) extended.set(paraId, { parent: event.attributes['w15:paraIdParent'] ?? null, done: event.attributes['w15:done'] === '1' });
  });
  return extended;
}

export function readWordComments(parts: { document: string; comments: string | null; commentsExtended: string | null }): WordComment[] {
  if (!parts.comments) return [];
  const comments = readCommentsPart(parts.comments);
  const covered = readCoveredText(parts.document);
  const extended = readCommentsExtended(parts.commentsExtended);
  const byParaId = new Map(comments.filter((c) => c.paraId).map((c) => [c.paraId!, c.wordId]));
  return comments.map(({ paraId, ...comment }) => {
    const range = covered.get(comment.wordId);
    const extra = paraId ? extended.get(paraId) : undefined;
    return {
      ...comment,
      quote: range?.quote ?? '',
      paragraph: range?.paragraph ?? '',
      offset: range?.offset ?? 0,
      replyTo: extra?.parent ? (byParaId.get(extra.parent) ?? null) : null,
      done: extra?.done ?? false,
    };
  });
}
