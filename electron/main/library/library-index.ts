// The library's index: one SQLite database (Node's built-in node:sqlite, so
// nothing is rebuilt for Electron) with an FTS5 table of passages. It is only
// ever a copy of what the .minutes files say: it can be thrown away and built
// again from the files at any time, and a file that cannot be read is noted,
// never guessed at.
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { LibraryAction, LibraryMeeting, PassageKind } from '../../../core/library/library-meeting';
import { passageKindsFor, planSearch, type SearchKindFilter } from '../../../core/library/search-query';

/** Bumped when the tables change: an index of another shape is dropped and built again from the files. */
const SCHEMA_VERSION = 3;
/**
 * A passage's id (the text table's rowid) says when its meeting was: the day
 * times this, plus its place in that day. FTS5 walks matches in rowid order
 * and can stop after the first page, so newest-first costs the same for a
 * word in every meeting as for a rare one; ranking by relevance had to score
 * every match (a second for a common word across 3,600 meetings).
 */
const PASSAGES_A_DAY = 2 ** 24;
/**
 * Pages of the text index one tidy() step merges. Steps run on main's thread when the library is idle, but a clerk
 * may start typing again in one: at 200 pages a step after a 160,000-word meeting was written took 14 ms.
 */
const TIDY_PAGES_A_STEP = 25;
/** Passages putMeetingInSlices writes between two pauses: about 1.5 ms of work. */
const PASSAGES_A_SLICE = 100;
const HIT_START = '\u0002';
const HIT_END = '\u0003';

/** What the index remembers of a file's state on disk, to see when it changed. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export interface SearchFilters {
  committeeId?: string | null;
  /** ISO dates, inclusive. */
  from?: string | null;
  to?: string | null;
  kind?: SearchKindFilter;
  limit?: number;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface IndexedMeeting {
  fileId: number;
  filePath: string;
  committeeId: string;
  committeeName: string;
  title: string;
  date: string;
}

/** A passage found, in the meeting it belongs to. */
export interface SearchHit extends IndexedMeeting {
  itemId: string | null;
  minuteNumber: string;
  itemTitle: string;
  kind: PassageKind;
  snippet: SnippetPart[];
}

export interface IndexedAction extends LibraryAction {
  meeting: IndexedMeeting;
}

type Row = Record<string, SQLInputValue>;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export class LibraryIndex {
  private readonly db: DatabaseSync;
  /** Prepared once: a save re-indexes a meeting, and preparing is a good part of that work. */
  private readonly statements = new Map<string, StatementSync>();

  /** `location` is a file path, or ':memory:'. */
  constructor(location: string) {
    this.db = new DatabaseSync(location);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
    const version = Number((this.db.prepare('PRAGMA user_version').get() as Row).user_version);
    if (version !== SCHEMA_VERSION) this.createTables();
    // FTS5 merges its segments inside whichever write comes along, and a save
    // that drew the merge took ten times as long (p95 ~60-170 ms at 3,600
    // meetings, ~20 ms without). Writes leave merging to tidy(), run in steps
    // when the library is idle; FTS5's crisis merge still bounds the segments.
    this.db.exec("INSERT INTO passage_text (passage_text, rank) VALUES ('automerge', 0)");
    this.copyLogAsItGrows(false);
  }

  private createTables(): void {
    this.db.exec(`
      DROP TABLE IF EXISTS passage_text; DROP TABLE IF EXISTS actions; DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS files;
      CREATE TABLE files (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, mtime_ms REAL NOT NULL, size INTEGER NOT NULL,
        problem TEXT, committee_id TEXT NOT NULL DEFAULT '', committee_name TEXT NOT NULL DEFAULT '',
        council_name TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX files_committee ON files (committee_id, date);
      CREATE TABLE passages (
        id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        item_id TEXT, minute_number TEXT NOT NULL, minute_key TEXT NOT NULL, item_title TEXT NOT NULL, kind TEXT NOT NULL
      );
      CREATE INDEX passages_file ON passages (file_id);
      CREATE INDEX passages_minute ON passages (minute_key);
      CREATE VIRTUAL TABLE passage_text USING fts5 (text, names, scope, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TABLE actions (
        file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE, action_id TEXT NOT NULL, owner TEXT NOT NULL,
        description TEXT NOT NULL, due TEXT, item_id TEXT, minute_number TEXT NOT NULL, item_title TEXT NOT NULL
      );
      CREATE INDEX actions_file ON actions (file_id);
      PRAGMA user_version = ${SCHEMA_VERSION};
    `);
  }

  close(): void {
    this.db.close();
  }

  private statement(sql: string): StatementSync {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  /** Every file the index knows (indexed or noted as unreadable), with the state it was read in. */
  knownFiles(): Map<string, FileStamp> {
    const rows = this.statement('SELECT path, mtime_ms, size FROM files').all() as Row[];
    return new Map(rows.map((row) => [str(row.path), { mtimeMs: Number(row.mtime_ms), size: Number(row.size) }]));
  }

  /** Replaces everything the index holds for the file with this meeting. */
  putMeeting(filePath: string, stamp: FileStamp, meeting: LibraryMeeting): void {
    this.inTransaction(() => {
      for (const _slice of this.meetingWrites(filePath, stamp, meeting));
    });
  }

  /**
   * putMeeting a slice at a time, awaiting `pause` between slices, in one transaction. In the app the index lives on
   * main's thread, which also carries every key the clerk types to the page: a 160,000-word meeting is about 25 ms of
   * writes, and a key pressed then would wait for all of it. Nothing else may use the index until this settles
   * (LibraryService holds its reads back); a failure part way leaves the index as it was.
   */
  async putMeetingInSlices(filePath: string, stamp: FileStamp, meeting: LibraryMeeting, pause: () => Promise<void>): Promise<void> {
    this.db.exec('BEGIN');
    try {
      for (const _slice of this.meetingWrites(filePath, stamp, meeting)) await pause();
      this.db.exec('COMMIT');
    } catch (error) {
      // The index may have been closed meanwhile (the app quitting): then there is nothing to roll back.
      if (this.db.isOpen) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The writes of putMeeting, pausing (yielding) after every PASSAGES_A_SLICE passages removed or written. */
  private *meetingWrites(filePath: string, stamp: FileStamp, meeting: LibraryMeeting): Generator<void> {
    yield* this.fileRemovals(filePath);
    const file = this.db
      .prepare('INSERT INTO files (path, mtime_ms, size, committee_id, committee_name, council_name, title, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(filePath, stamp.mtimeMs, stamp.size, meeting.committeeId, meeting.committeeName, meeting.councilName, meeting.title, meeting.date);
    const fileId = Number(file.lastInsertRowid);
    const passage = this.statement('INSERT INTO passages (id, file_id, item_id, minute_number, minute_key, item_title, kind) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const passageText = this.statement('INSERT INTO passage_text (rowid, text, names, scope) VALUES (?, ?, ?, ?)');
    let id = this.nextPassageId(meeting.date);
    for (const [index, entry] of meeting.passages.entries()) {
      passage.run(id, fileId, entry.itemId, entry.minuteNumber, entry.minuteNumber.toUpperCase(), entry.itemTitle, entry.kind);
      passageText.run(id, entry.text, entry.names.join('; '), `${committeeToken(meeting.committeeId)} ${kindToken(entry.kind)}`);
      id += 1;
      if ((index + 1) % PASSAGES_A_SLICE === 0) yield;
    }
    const action = this.statement(
      'INSERT INTO actions (file_id, action_id, owner, description, due, item_id, minute_number, item_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const entry of meeting.actions)
      action.run(fileId, entry.actionId, entry.owner, entry.description, entry.due, entry.itemId, entry.minuteNumber, entry.itemTitle);
  }

  /** The first free passage id on the meeting's day (see PASSAGES_A_DAY). */
  private nextPassageId(date: string): number {
    const first = firstPassageIdOn(date);
    const row = this.statement('SELECT max(id) AS last FROM passages WHERE id BETWEEN ? AND ?').get(first, first + PASSAGES_A_DAY - 1) as Row;
    return row.last === null ? first : Number(row.last) + 1;
  }

  /** Notes a file that could not be read, so it is not read again until it changes, and the clerk is told. */
  putProblem(filePath: string, stamp: FileStamp, problem: string): void {
    this.inTransaction(() => {
      this.removeFile(filePath);
      this.statement('INSERT INTO files (path, mtime_ms, size, problem) VALUES (?, ?, ?, ?)').run(filePath, stamp.mtimeMs, stamp.size, problem);
    });
  }

  remove(filePath: string): void {
    this.inTransaction(() => this.removeFile(filePath));
  }

  /** Empties the index (before building it again from the files). */
  clear(): void {
    this.inTransaction(() => {
      this.db.exec('DELETE FROM passage_text; DELETE FROM actions; DELETE FROM passages; DELETE FROM files;');
    });
  }

  problems(): Array<{ filePath: string; problem: string }> {
    const rows = this.statement('SELECT path, problem FROM files WHERE problem IS NOT NULL ORDER BY path').all() as Row[];
    return rows.map((row) => ({ filePath: str(row.path), problem: str(row.problem) }));
  }

  meetingCount(): number {
    return Number((this.statement('SELECT count(*) AS n FROM files WHERE problem IS NULL').get() as Row).n);
  }

  committees(): Array<{ id: string; name: string }> {
    const rows = this.db
      .prepare("SELECT committee_id, max(committee_name) AS name FROM files WHERE problem IS NULL AND committee_id <> '' GROUP BY committee_id ORDER BY name")
      .all() as Row[];
    return rows.map((row) => ({ id: str(row.committee_id), name: str(row.name) }));
  }

  /** The council's name as the committee's latest meeting gives it. */
  councilOf(committeeId: string): string {
    const row = this.statement('SELECT council_name FROM files WHERE problem IS NULL AND committee_id = ? ORDER BY date DESC LIMIT 1').get(committeeId) as
      Row | undefined;
    return str(row?.council_name);
  }

  meetingByFileId(fileId: number): IndexedMeeting | null {
    const row = this.statement('SELECT * FROM files WHERE id = ? AND problem IS NULL').get(fileId) as Row | undefined;
    return row ? meetingOf(row) : null;
  }

  /** A committee's meetings, newest first. */
  meetingsOf(committeeId: string): IndexedMeeting[] {
    const rows = this.statement('SELECT * FROM files WHERE problem IS NULL AND committee_id = ? ORDER BY date DESC, path').all(committeeId) as Row[];
    return rows.map(meetingOf);
  }

  /** Every action a committee's meetings recorded, oldest meeting first. */
  actionsOf(committeeId: string): IndexedAction[] {
    const rows = this.db
      .prepare(
        'SELECT a.*, f.id AS fid, f.path, f.committee_id, f.committee_name, f.title, f.date FROM actions a JOIN files f ON f.id = a.file_id WHERE f.committee_id = ? ORDER BY f.date, a.rowid',
      )
      .all(committeeId) as Row[];
    return rows.map((row) => ({
      actionId: str(row.action_id),
      owner: str(row.owner),
      description: str(row.description),
      due: str(row.due) || null,
      itemId: str(row.item_id) || null,
      minuteNumber: str(row.minute_number),
      itemTitle: str(row.item_title),
      meeting: meetingOf({ ...row, id: Number(row.fid) }),
    }));
  }

  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    const plan = planSearch(query);
    const limit = filters.limit ?? 50;
    const kinds = passageKindsFor[filters.kind ?? 'all'];
    const conditions = [
      ['f.committee_id = :committee', filters.committeeId || null],
      ['f.date >= :from', filters.from || null],
      ['f.date <= :to', filters.to || null],
      ['p.kind IN (SELECT value FROM json_each(:kinds))', kinds ? JSON.stringify(kinds) : null],
    ] as const;
    const where = conditions
      .filter(([, value]) => value !== null)
      .map(([sql]) => ` AND ${sql}`)
      .join('');
    const parameters: Row = { limit };
    for (const [sql, value] of conditions) if (value !== null) parameters[sql.match(/:(\w+)/)![1]!] = value;

    const hits: SearchHit[] = [];
    const seen = new Set<number>();
    const columns = 'p.id AS pid, p.item_id, p.minute_number, p.item_title, p.kind, f.id, f.path, f.committee_id, f.committee_name, f.title, f.date';
    if (plan.minuteNumber) {
      const rows = this.db
        .prepare(
          `SELECT ${columns}, t.text AS body FROM passages p JOIN files f ON f.id = p.file_id JOIN passage_text t ON t.rowid = p.id
                  WHERE p.minute_key = :minute${kinds ? '' : " AND p.kind = 'title'"}${where} ORDER BY f.date DESC LIMIT :limit`,
        )
        .all({ ...parameters, minute: plan.minuteNumber }) as Row[];
      for (const row of rows) {
        seen.add(Number(row.pid));
        hits.push(hitOf(row, [{ text: str(row.body), hit: false }]));
      }
    }
    if (plan.match && hits.length < limit) {
      // Newest meetings first (see PASSAGES_A_DAY); a date range narrows the walk itself, and the
      // committee and kind filters are words of the scope column, so FTS5 skips other passages too.
      const range = [
        filters.from ? ` AND passage_text.rowid >= ${firstPassageIdOn(filters.from)}` : '',
        filters.to ? ` AND passage_text.rowid < ${firstPassageIdOn(filters.to) + PASSAGES_A_DAY}` : '',
      ].join('');
      const scope = [
        filters.committeeId ? ` AND scope : ${committeeToken(filters.committeeId)}` : '',
        kinds ? ` AND scope : (${kinds.map(kindToken).join(' OR ')})` : '',
      ].join('');
      const rows = this.statement(
        `SELECT ${columns}, snippet(passage_text, 0, '${HIT_START}', '${HIT_END}', '…', 24) AS in_text,
                snippet(passage_text, 1, '${HIT_START}', '${HIT_END}', '…', 24) AS in_names
         FROM passage_text JOIN passages p ON p.id = passage_text.rowid JOIN files f ON f.id = p.file_id
         WHERE passage_text MATCH :match${where}${range} ORDER BY passage_text.rowid DESC LIMIT :limit`,
      ).all({ ...parameters, match: `{text names} : (${plan.match})${scope}` }) as Row[];
      // Within one meeting the passages read in the minutes' own order.
      const newestOf = new Map<number, number>();
      for (const row of rows) if (!newestOf.has(Number(row.id))) newestOf.set(Number(row.id), Number(row.pid));
      rows.sort((a, b) => newestOf.get(Number(b.id))! - newestOf.get(Number(a.id))! || Number(a.pid) - Number(b.pid));
      for (const row of rows) {
        if (seen.has(Number(row.pid)) || hits.length >= limit) continue;
        // The text's snippet, unless the words were found only among the names in fields.
        const snippet = str(row.in_text).includes(HIT_START) || !str(row.in_names).includes(HIT_START) ? str(row.in_text) : str(row.in_names);
        hits.push(hitOf(row, snippetParts(snippet)));
      }
    }
    return hits;
  }

  /**
   * Whether the write-ahead log is copied back into the database every few
   * megabytes. A save drew that copy now and then (p95 ~100 ms), so between
   * saves it is left to tidy(); a refresh reading many files turns it on, or
   * the log would grow by the size of the whole index.
   */
  copyLogAsItGrows(on: boolean): void {
    this.db.exec(`PRAGMA wal_autocheckpoint = ${on ? 1000 : 0}`);
  }

  /**
   * One bounded step of merging the text index's segments (the work writes
   * leave undone), then, with nothing left to merge, the log copied back;
   * true while there is more to do.
   */
  tidy(pages = TIDY_PAGES_A_STEP): boolean {
    const changes = () => Number((this.statement('SELECT total_changes() AS n').get() as Row).n);
    const before = changes();
    this.statement("INSERT INTO passage_text (passage_text, rank) VALUES ('merge', ?)").run(pages);
    // FTS5 counts a step that merged nothing as fewer than two changes.
    if (changes() - before >= 2) return true;
    this.statement('PRAGMA wal_checkpoint(PASSIVE)').get();
    return false;
  }

  /** Size of the database on disk, for the benchmark. */
  pageBytes(): number {
    const count = Number((this.statement('PRAGMA page_count').get() as Row).page_count);
    const size = Number((this.statement('PRAGMA page_size').get() as Row).page_size);
    return count * size;
  }

  private removeFile(filePath: string): void {
    for (const _slice of this.fileRemovals(filePath));
  }

  /** Removes what the index holds for the file, pausing (yielding) after every PASSAGES_A_SLICE passages' text. */
  private *fileRemovals(filePath: string): Generator<void> {
    const file = this.statement('SELECT id FROM files WHERE path = ?').get(filePath) as Row | undefined;
    if (!file) return;
    const fileId = Number(file.id);
    const ids = (this.statement('SELECT id FROM passages WHERE file_id = ? ORDER BY id').all(fileId) as Row[]).map((row) => Number(row.id));
    const removeText = this.statement('DELETE FROM passage_text WHERE rowid IN (SELECT id FROM passages WHERE file_id = ? AND id BETWEEN ? AND ?)');
    for (let start = 0; start < ids.length; start += PASSAGES_A_SLICE) {
      removeText.run(fileId, ids[start]!, ids[Math.min(start + PASSAGES_A_SLICE, ids.length) - 1]!);
      yield;
    }
    this.statement('DELETE FROM files WHERE id = ?').run(fileId);
  }

  private inTransaction(work: () => void): void {
    this.db.exec('BEGIN');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}

/**
 * Words of the scope column: letters and digits only, so the tokenizer keeps
 * each whole. A committee's is a hash of its id (the SQL condition on the id
 * stays, so a collision only costs a little speed).
 */
function committeeToken(committeeId: string): string {
  let hash = 0x811c9dc5;
  for (const character of committeeId) hash = Math.imul(hash ^ character.codePointAt(0)!, 0x01000193) >>> 0;
  return `committee${hash.toString(16)}`;
}

function kindToken(kind: PassageKind): string {
  return `kind${kind.replace(/[^a-z]/g, '')}`;
}

/** The id of a day's first passage: days since 1 January 1900 (an unreadable date counts as that day). */
function firstPassageIdOn(date: string): number {
  const day = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  const days = Number.isNaN(day) ? 0 : Math.max(0, Math.floor((day - Date.UTC(1900, 0, 1)) / 86_400_000));
  return days * PASSAGES_A_DAY;
}

function meetingOf(row: Row): IndexedMeeting {
  return {
    fileId: Number(row.id),
    filePath: str(row.path),
    committeeId: str(row.committee_id),
    committeeName: str(row.committee_name),
    title: str(row.title),
    date: str(row.date),
  };
}

function hitOf(row: Row, snippet: SnippetPart[]): SearchHit {
  return {
    ...meetingOf(row),
    itemId: str(row.item_id) || null,
    minuteNumber: str(row.minute_number),
    itemTitle: str(row.item_title),
    kind: str(row.kind) as PassageKind,
    snippet,
  };
}

/** FTS5's snippet with our markers, as plain parts: the page never receives markup. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(HIT_START).entries()) {
    const [inside, after] = index === 0 ? [null, piece] : (piece.split(HIT_END) as [string, string?]);
    if (inside) parts.push({ text: inside, hit: true });
    if (after) parts.push({ text: after, hit: false });
  }
  return parts;
}
