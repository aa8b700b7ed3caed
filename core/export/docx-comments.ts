// Review comments in the DOCX as real Word comments: each comment's words are
// wrapped in commentRangeStart/commentRangeEnd with a commentReference after
// them, the comment itself goes in word/comments.xml, and replies become
// Word replies (the docx library's parentId, written to commentsExtended.xml
// with the thread's "done" flag), placed on the same words as Word does.
import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, Tab, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { LayoutComment, LayoutRun } from './layout-model';

interface Marker {
  offset: number;
  /** Word ids whose range starts here, and those whose range ends here. */
  starts: number[];
  ends: number[];
}

const partKey = (section: number, block: number, part: number) => `${section}/${block}/${part}`;

/**
 * The library writes commentsExtended.xml (where "done" lives) only when some
 * comment has a parentId. A resolved comment in a file with no replies at all
 * would lose its state, so that one thread is given a parent id that names no
 * comment: threading is switched on, and no w15:paraIdParent is written for it.
 */
const NO_PARENT = -1;

export class DocxComments {
  readonly options: ICommentOptions[] = [];
  private readonly markers = new Map<string, Marker[]>();

  constructor(comments: ReadonlyArray<LayoutComment>) {
    const anyReplies = comments.some((comment) => comment.replies.length > 0);
    let nextId = 0;
    for (const comment of comments) {
      const id = nextId++;
      const ids = [id];
      const forceThreading = !anyReplies && comment.resolved && this.options.every((option) => option.parentId === undefined);
      this.options.push({
        ...commentOptions(comment.author, comment.date, comment.body, id),
        resolved: comment.resolved,
        ...(forceThreading ? { parentId: NO_PARENT } : {}),
      });
      for (const reply of comment.replies) {
        const replyId = nextId++;
        ids.push(replyId);
        this.options.push({ ...commentOptions(reply.author, reply.date, reply.body, replyId), parentId: id, resolved: comment.resolved });
      }
      this.mark(comment.start, ids, 'starts');
      this.mark(comment.end, ids, 'ends');
    }
  }

  private mark(place: LayoutComment['start'], ids: number[], side: 'starts' | 'ends'): void {
    const key = partKey(place.section, place.block, place.part);
    const list = this.markers.get(key) ?? [];
    let marker = list.find((entry) => entry.offset === place.offset);
    if (!marker) {
      marker = { offset: place.offset, starts: [], ends: [] };
      list.push(marker);
      list.sort((a, b) => a.offset - b.offset);
    }
    marker[side].push(...ids);
    this.markers.set(key, list);
  }

  /** The runs of one part of a block, cut where comments start and end, with the comment marks between. */
  runs(section: number, block: number, part: number, runs: ReadonlyArray<LayoutRun>): ParagraphChild[] {
    const markers = this.markers.get(partKey(section, block, part)) ?? [];
    const out: ParagraphChild[] = [];
    let next = 0;
    let position = 0;
    const emitMarkersUpTo = (offset: number) => {
      while (next < markers.length && markers[next]!.offset <= offset) out.push(...markerChildren(markers[next++]!));
    };
    for (const run of runs) {
      let from = 0;
      while (from < run.text.length) {
        emitMarkersUpTo(position + from);
        const cut = next < markers.length ? Math.min(run.text.length, markers[next]!.offset - position) : run.text.length;
        out.push(...textRuns(run, run.text.slice(from, cut)));
        from = cut;
      }
      position += run.text.length;
    }
    // Markers at the end of the text, and any past it (the text was shorter than the place named).
    emitMarkersUpTo(Number.POSITIVE_INFINITY);
    return out;
  }
}

function markerChildren(marker: Marker): ParagraphChild[] {
  // A range that starts and ends at the same place (a comment at a point) must start before it ends.
  const here = new Set(marker.starts);
  const endsOf = (ids: number[]) => ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]);
  return [
    ...endsOf(marker.ends.filter((id) => !here.has(id))),
    ...marker.starts.map((id) => new CommentRangeStart(id)),
    ...endsOf(marker.ends.filter((id) => here.has(id))),
  ];
}

/** Word's own break and tab elements for Shift+Enter and Tab: a "\n" or "\t" inside w:t is shown as a space. */
function textRuns(run: LayoutRun, text = run.text): TextRun[] {
  const emphasis = { bold: run.bold, italics: run.italic, underline: run.underline ? {} : undefined };
  return text.split('\n').map((line, index) => {
    const pieces = line
      .split('\t')
      .flatMap((piece, at) => (at === 0 ? [piece] : [new Tab(), piece]))
      .filter((piece) => piece !== '');
    return new TextRun({ ...emphasis, ...(index > 0 ? { break: 1 } : {}), children: pieces });
  });
}

function commentOptions(author: string, date: string, body: string, id: number): ICommentOptions {
  const parsed = new Date(date);
  const initials = author
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !/^Councillor$/i.test(word))
    .map((word) => word[0])
    .join('')
    .slice(0, 4);
  return {
    id,
    author,
    initials: initials || undefined,
    date: Number.isNaN(parsed.getTime()) ? undefined : parsed,
    children: body.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
  };
}
