// A roster pasted from an agenda, a council website or the heading of old
// minutes becomes people with a title, name, role and job title:
//   Councillor S Wright (Chair)
//   Councillor N Barker (Chair) — Leader of the Council
//   Helen Chadwick — Trade Union Representative
//   Present: Councillors, J.P. Anderson (Chairman), M. Wilkins, B.J.Walker, G.Hutter.
//   1/ Apologies: Nil Absent: H.Taylor, A. Clayworth
// Each person is a row that says which line it came from, what a "Present:",
// "Absent:" or "Apologies:" label said of them, and what the reading had to
// guess, so the clerk can check the rows before relying on them. Lines with no
// name in them are reported back with their line number rather than guessed at.
import { votesByDefault, type Person, type PersonRole } from './person';

export type PastedAttendance = 'present' | 'absent' | 'apologies';

export interface RosterRow {
  /** The line of the paste (from 1) the person was read from. */
  line: number;
  person: Person;
  /** What the paste's "Present:", "Absent:" or "Apologies:" label said of them; null without a label. */
  attendance: PastedAttendance | null;
  /** Plain sentences on what the reading had to guess, for the clerk to confirm or fix. */
  doubts: string[];
}

export interface RosterReading {
  rows: RosterRow[];
  /** "Line 4: …" sentences for lines that were skipped. */
  problems: string[];
}

export interface RosterImport {
  people: Person[];
  /** "Line 4: …" sentences for lines that were skipped, and for rows worth a second look. */
  problems: string[];
}

/** Titles a council prints before a name, with the form the roster keeps. */
const TITLES: ReadonlyArray<[RegExp, string]> = [
  [/^councillor$/i, 'Councillor'],
  [/^cllr\.?$/i, 'Cllr'],
  [/^alderman$/i, 'Alderman'],
  [/^mayor$/i, 'Mayor'],
  [/^mr\.?$/i, 'Mr'],
  [/^mrs\.?$/i, 'Mrs'],
  [/^ms\.?$/i, 'Ms'],
  [/^miss$/i, 'Miss'],
  [/^dr\.?$/i, 'Dr'],
];
/** Titles that make the person a member of the council (a vote by default), unlike Mr or Dr. */
const COUNCIL_TITLES = new Set(['Councillor', 'Cllr', 'Alderman', 'Mayor']);
const TITLE_WORD = /^(Councillor|Cllr\.?|Alderman|Mayor|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+/i;
const PLURAL_TITLE = /^(Councillors|Cllrs\.?)\b\s*,?\s*/i;

/**
 * The labels of a minutes heading. A label holds until the next one, so the
 * lines after "Present:" are people present too. The sentence form
 * "Apologies for absence were received from …" (seen in NEDDC's minutes) counts.
 */
const LABELS: ReadonlyArray<[RegExp, PastedAttendance]> = [
  [/apologies for absence were received from/i, 'apologies'],
  [/apologies(?:\s+for\s+absence)?(?:\s+received)?\s*:/i, 'apologies'],
  [/absent\s*:/i, 'absent'],
  [/(?:also\s+)?present\s*:/i, 'present'],
  [/(?:also\s+)?in\s+attendance\s*:/i, 'present'],
];
const ANY_LABEL = new RegExp(`(?:^|\\s)(?:${LABELS.map(([pattern]) => pattern.source).join('|')})`, 'gi');
/** "Public Attendance: No members of the public…": a heading label that lists no one. */
const OTHER_LABEL = /^[\p{Lu}][\p{L} ]{2,40}:\s*/u;
const NOBODY = /^(?:nil|none|none received|no apologies(?: were received)?|n\/a|-+)\.?$/i;

/** "1/", "1.", "2)", "(a)", "•", "-" at the start of a line: agenda or list numbering, not part of a name. */
const LINE_NUMBERING = /^\s*(?:[-*•]|\d{1,3}\s*[./)]|\(\s*[a-z0-9]{1,4}\s*\))\s*/i;
const JOB_DASH = /\s+[—–-]\s+|\s*[—–]\s*/;
/** Words of a job title, never of a name: "Trade Union Representative" after a comma is a job. */
const JOB_WORDS =
  /\b(?:representative|officer|director|manager|clerk|chair(?:man|woman|person)?|leader|head|chief|executive|solicitor|advis[eo]r|secretary|treasurer|assistant|deputy|portfolio|cabinet|committee|council|services|planning|team|lead|member|monitoring|governance|democratic)\b/i;
/** Small words inside a name ("Ursula von der Leyen"); any other lower-case word is a doubt. */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'di', 'da', 'ap', 'bin', 'al']);

function roleFromWords(words: string): PersonRole | null {
  const text = words.toLowerCase();
  if (/\bvice[- ]chair/.test(text)) return 'vice-chair';
  if (/\bchair(man|woman|person)?\b/.test(text) && !/youth|cabinet/.test(text)) return 'chair';
  if (/\bsubstitute\b/.test(text)) return 'substitute';
  if (/co-?opted/.test(text)) return 'co-opted-member';
  if (/trade union|\bunison\b|\bgmb\b|\bunite\b/.test(text)) return 'trade-union-representative';
  if (/youth/.test(text)) return 'youth-representative';
  if (/\bguest\b|\bobserver\b/.test(text)) return 'guest';
  return null;
}

function normaliseTitle(word: string): string {
  return TITLES.find(([pattern]) => pattern.test(word))?.[1] ?? word;
}

/** "B.J.Walker" → "B.J. Walker", "G.Hutter" → "G. Hutter": a surname after dotted initials is its own word. */
function spaceAfterInitials(name: string): string {
  return name
    .replace(/(\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strips a sentence's closing full stop, not an initial's ("G.Hutter." → "G.Hutter", "J.P." stays). */
function withoutClosingStop(text: string): string {
  return text
    .trim()
    .replace(/(\p{L}{2,}|\))\.$/u, '$1')
    .trim();
}

/** Splits at commas outside brackets. */
function commaPieces(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      pieces.push(current);
      current = '';
    } else current += char;
  }
  pieces.push(current);
  return pieces.map((piece) => piece.trim()).filter(Boolean);
}

/** Whether a piece of a list names someone ("J.P. Anderson (Chairman)", "Councillor S Kelly"), rather than being a job title. */
function looksLikeName(piece: string): boolean {
  const people = piece.split(/\s+(?:and|&)\s+/);
  if (people.length > 1 && !JOB_DASH.test(piece)) return people.every(looksLikeName);
  const bare = piece
    .replace(/\([^)]*\)/g, ' ')
    .replace(TITLE_WORD, '')
    .trim();
  if (!bare || JOB_DASH.test(piece)) return !!bare;
  if (/\d/.test(bare) || JOB_WORDS.test(bare)) return false;
  const words = bare.split(/\s+/);
  return words.length <= 5 && words.every((word) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(word) || NAME_PARTICLES.has(word));
}

/**
 * One entry per person in a line: pieces that are not names ("Leader of the
 * Council") stay with the person before them as their job, and "A and B"
 * splits only when both sides are names (not "Director of Law and Democratic Services").
 */
function listEntries(text: string): string[] {
  const entries: string[] = [];
  for (const piece of commaPieces(text)) {
    const last = entries.length - 1;
    if (last >= 0 && !looksLikeName(piece)) entries[last] = `${entries[last]}, ${piece}`;
    else entries.push(piece);
  }
  return entries.flatMap((entry) => {
    if (JOB_DASH.test(entry)) return [entry];
    const halves = entry.split(/\s+(?:and|&)\s+/);
    return halves.length > 1 && halves.every(looksLikeName) ? halves : [entry];
  });
}

interface ReadPerson {
  person: Pick<Person, 'title' | 'name' | 'role' | 'jobTitle' | 'voting' | 'retired'>;
  doubts: string[];
}

/** Reads one person; null when the words hold no name. */
function readPerson(entry: string, listTitle: string): ReadPerson | null {
  let rest = withoutClosingStop(entry.replace(LINE_NUMBERING, ''));
  const titleMatch = TITLE_WORD.exec(rest);
  const title = titleMatch ? normaliseTitle(titleMatch[1]!) : listTitle;
  if (titleMatch) rest = rest.slice(titleMatch[0].length);
  // The job follows a dash ("— Leader of the Council") or, on a line of its own, a comma.
  const dash = JOB_DASH.exec(rest);
  const comma = dash ? null : /,\s*/.exec(rest);
  const cut = dash ?? comma;
  const namePart = cut ? rest.slice(0, cut.index) : rest;
  const jobPart = cut ? rest.slice(cut.index + cut[0].length) : '';
  // Brackets anywhere in the name are a role or a note: "N Barker (Chair)", "S Wright (in the Chair)".
  const bracketed = [...namePart.matchAll(/\(([^)]*)\)/g)].map((match) => match[1]!.trim()).join(' ');
  const name = spaceAfterInitials(withoutClosingStop(namePart.replace(/\([^)]*\)/g, ' ')));
  if (!name || !/\p{L}/u.test(name)) return null;
  const jobTitle = withoutClosingStop(jobPart);
  const fromWords = roleFromWords(`${bracketed} ${jobTitle}`);
  const role: PersonRole = fromWords ?? (COUNCIL_TITLES.has(title) ? 'member' : jobTitle ? 'officer' : 'member');
  // A bracketed "(Chair)" is a role, not a job; anything else bracketed is kept as the job title.
  const job = jobTitle || (fromWords ? '' : bracketed);
  const doubts: string[] = [];
  const words = name.split(' ');
  if (words.some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word)))
    doubts.push(`“${name}” has words a name seldom has: check it is a person, or remove the row.`);
  else if (words.length === 1 && !title) doubts.push(`“${name}” is a single word with no title: check it is a person, or remove the row.`);
  return { person: { title, name, role, jobTitle: job, voting: votesByDefault(role), retired: false }, doubts };
}

/** Reads one line, as a person on their own; null when it holds no name. */
export function parseRosterLine(line: string, id: string): Person | null {
  const read = readPerson(line, '');
  return read ? { id, ...read.person } : null;
}

/** The paste's lines, a line ending in a comma joined to the next (a heading wrapped across lines). */
function logicalLines(text: string): Array<{ line: number; text: string }> {
  const lines: Array<{ line: number; text: string }> = [];
  let open: { line: number; text: string } | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!trimmed) return;
    if (open) open.text = `${open.text} ${trimmed}`;
    else open = { line: index + 1, text: trimmed };
    if (!trimmed.endsWith(',')) {
      lines.push(open);
      open = null;
    }
  });
  if (open) lines.push(open);
  return lines;
}

interface Segment {
  attendance: PastedAttendance | null;
  text: string;
}

/**
 * Splits a line at its labels: "Apologies: Nil Absent: H.Taylor" → apologies
 * "Nil", absent "H.Taylor". Returns the segments and the label in force at the
 * end of the line, which carries on to the next lines.
 */
function labelledSegments(text: string, carried: PastedAttendance | null): { segments: Segment[]; carried: PastedAttendance | null } {
  const segments: Segment[] = [];
  let attendance = carried;
  let from = 0;
  for (const match of text.matchAll(ANY_LABEL)) {
    segments.push({ attendance, text: text.slice(from, match.index) });
    const label = match[0].trim();
    attendance = LABELS.find(([pattern]) => new RegExp(`^${pattern.source}$`, 'i').test(label))?.[1] ?? attendance;
    from = match.index + match[0].length;
  }
  segments.push({ attendance, text: text.slice(from) });
  return { segments: segments.filter((segment) => segment.text.trim()), carried: attendance };
}

/** Reads a pasted roster into rows, each with what was understood and any doubt. */
export function readRosterLines(text: string, newId: (index: number) => string): RosterReading {
  const rows: RosterRow[] = [];
  const problems: string[] = [];
  let carried: PastedAttendance | null = null;
  for (const { line, text: lineText } of logicalLines(text)) {
    const skip = (why = 'has no name in it') => problems.push(`Line ${line}: “${lineText}” ${why}, so it was skipped.`);
    const read = labelledSegments(lineText.replace(LINE_NUMBERING, ''), carried);
    carried = read.carried;
    if (read.segments.length === 0 && read.carried === null) skip();
    for (const segment of read.segments) {
      let body = withoutClosingStop(segment.text);
      if (NOBODY.test(body)) continue;
      if (OTHER_LABEL.test(body)) {
        // "Public Attendance: No members of the public…" lists no one, and ends the label above it.
        carried = null;
        skip('is not a list of names');
        continue;
      }
      const plural = PLURAL_TITLE.exec(body);
      const listTitle = plural ? (/^cllrs/i.test(plural[1]!) ? 'Cllr' : 'Councillor') : '';
      if (plural) body = body.slice(plural[0].length);
      const entries = listEntries(body);
      let found = 0;
      for (const entry of entries) {
        const person = readPerson(entry, listTitle);
        if (!person) continue;
        found += 1;
        rows.push({ line, person: { id: newId(rows.length), ...person.person }, attendance: segment.attendance, doubts: person.doubts });
      }
      if (found === 0) skip();
    }
  }
  return { rows, problems };
}

export function importRosterLines(text: string, newId: (index: number) => string): RosterImport {
  const { rows, problems } = readRosterLines(text, newId);
  const doubts = rows.flatMap((row) => row.doubts.map((doubt) => `Line ${row.line}: ${doubt}`));
  return { people: rows.map((row) => row.person), problems: [...problems, ...doubts] };
}
