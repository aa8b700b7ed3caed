// Reads the comments a chair added in Word: the comment text, author and date
// from word/comments.xml, the words each one covers (between its
// commentRangeStart and commentRangeEnd) with the paragraph around them from
// word/document.xml, and replies and "resolved" from
// word/commentsExtended.xml when Word wrote one. Only text is read.
import { scanXml, type XmlEvent } from './xml-scan';

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

const attribute = (event: XmlEvent & { kind: 'open' }, name: string): string => event.attributes[`w:${name}`] ?? event.attributes[name] ?? '';

/** The comments themselves, with the paraId of each comment's last paragraph (which commentsExtended refers to). */
function readCommentsPart(xml: string): Array<Omit<WordComment, 'quote' | 'paragraph' | 'offset' | 'replyTo' | 'done'> & { paraId: string | null }> {
  const comments: Array<Omit<WordComment, 'quote' | 'paragraph' | 'offset' | 'replyTo' | 'done'> & { paraId: string | null }> = [];
  let current: (typeof comments)[number] | null = null;
  let paragraphs: string[] = [];
  let inText = false;
  for (const event of scanXml(xml, 'word/comments.xml')) {
    if (event.kind === 'open') {
      if (event.name === 'w:comment') {
        const date = attribute(event, 'date');
        const parsed = date ? new Date(date) : null;
        current = { wordId: attribute(event, 'id'), author: attribute(event, 'author').trim(), date: parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : null, body: '', paraId: null };
        paragraphs = [];
      } else if (current && event.name === 'w:p') {
        paragraphs.push('');
        current.paraId = event.attributes['w14:paraId'] ?? current.paraId;
      } else if (current && (event.name === 'w:tab' || event.name === 'w:br') && paragraphs.length > 0) {
        paragraphs[paragraphs.length - 1] += event.name === 'w:tab' ? '\t' : '\n';
      }
      inText = event.name === 'w:t' && !event.selfClosing;
    } else if (event.kind === 'close') {
      if (event.name === 'w:t') inText = false;
      if (event.name === 'w:comment' && current) {
        current.body = paragraphs.join('\n').trim();
        comments.push(current);
        current = null;
      }
    } else if (inText && current && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += event.text;
    }
  }
  return comments;
}

/** For each comment id, the words it covers and the paragraph they start in. */
function readCoveredText(xml: string): Map<string, { quote: string; paragraph: string; offset: number }> {
  const covered = new Map<string, { quote: string; paragraphIndex: number; offset: number }>();
  const active = new Set<string>();
  const paragraphs: string[] = [];
  let inParagraph = false;
  let inText = false;
  const append = (text: string) => {
    if (!inParagraph) return;
    paragraphs[paragraphs.length - 1] += text;
    for (const id of active) covered.get(id)!.quote += text;
  };
  for (const event of scanXml(xml, 'word/document.xml')) {
    if (event.kind === 'open') {
      if (event.name === 'w:p') {
        // A range that began in an earlier paragraph runs on into this one: the break between them is part of its words.
        for (const id of active) if (covered.get(id)!.paragraphIndex < paragraphs.length) covered.get(id)!.quote += '\n';
        paragraphs.push('');
        inParagraph = true;
      } else if (event.name === 'w:commentRangeStart') {
        const id = attribute(event, 'id');
        covered.set(id, { quote: '', paragraphIndex: Math.max(0, paragraphs.length - 1), offset: paragraphs.at(-1)?.length ?? 0 });
        active.add(id);
      } else if (event.name === 'w:commentReference' && !covered.has(attribute(event, 'id'))) {
        // A comment at a point (no range): it is about the paragraph it sits in.
        covered.set(attribute(event, 'id'), { quote: '', paragraphIndex: Math.max(0, paragraphs.length - 1), offset: paragraphs.at(-1)?.length ?? 0 });
      } else if (event.name === 'w:commentRangeEnd') {
        active.delete(attribute(event, 'id'));
      } else if (event.name === 'w:tab') append('\t');
      else if (event.name === 'w:br') append('\n');
      // Deleted text (w:delText) is not part of what the chair is commenting on.
      inText = event.name === 'w:t' && !event.selfClosing;
    } else if (event.kind === 'close') {
      if (event.name === 'w:t') inText = false;
      if (event.name === 'w:p') {
        inParagraph = false;
      }
    } else if (inText) {
      append(event.text);
    }
  }
  const result = new Map<string, { quote: string; paragraph: string; offset: number }>();
  for (const [id, entry] of covered) {
    result.set(id, { quote: entry.quote.replace(/\n+$/, ''), paragraph: paragraphs[entry.paragraphIndex] ?? '', offset: entry.offset });
  }
  return result;
}

/** Replies and resolved state, keyed by the paraId of a comment's last paragraph. */
function readCommentsExtended(xml: string | null): Map<string, { parent: string | null; done: boolean }> {
  const extended = new Map<string, { parent: string | null; done: boolean }>();
  if (!xml) return extended;
  for (const event of scanXml(xml, 'word/commentsExtended.xml')) {
    if (event.kind !== 'open' || event.name !== 'w15:commentEx') continue;
    const paraId = event.attributes['w15:paraId'];
    if (paraId) extended.set(paraId, { parent: event.attributes['w15:paraIdParent'] ?? null, done: event.attributes['w15:done'] === '1' });
  }
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
