// A roster pasted from an agenda or a council website, one person a line:
//   Councillor S Wright (Chair)
//   Helen Chadwick — Trade Union Representative
//   Jacqui Dennis - Director of Law and Democratic Services
// becomes people with a title, name, role and job title. A line copied from
// old minutes, "Councillors C Boles, S Butler and M Whitby", is several people.
// Lines it cannot read are reported back with their line number rather than guessed at.
import { votesByDefault, type Person, type PersonRole } from './person';

export interface RosterImport {
  people: Person[];
  /** "Line 4: …" sentences for lines that were skipped. */
  problems: string[];
}

const TITLE = /^(Councillor|Cllr\.?|Mayor|Alderman)\s+/i;
const ROLE_IN_BRACKETS = /\s*\(([^)]*)\)\s*$/;
const JOB_SEPARATOR = /\s+[—–-]\s+|\s*[—–]\s*|,\s+/;

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

function normaliseTitle(title: string): string {
  const plain = title.replace(/\.$/, '');
  return plain.toLowerCase() === 'cllr' ? 'Cllr' : plain[0]!.toUpperCase() + plain.slice(1).toLowerCase();
}

/** Reads one line; null when it holds no name. */
export function parseRosterLine(line: string, id: string): Person | null {
  let rest = line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim();
  if (!rest) return null;
  const titleMatch = TITLE.exec(rest);
  const title = titleMatch ? normaliseTitle(titleMatch[1]!) : '';
  if (titleMatch) rest = rest.slice(titleMatch[0].length);
  let bracketed = '';
  const bracket = ROLE_IN_BRACKETS.exec(rest);
  if (bracket) {
    bracketed = bracket[1]!.trim();
    rest = rest.slice(0, bracket.index);
  }
  const [namePart, ...jobParts] = rest.split(JOB_SEPARATOR);
  const name = (namePart ?? '').trim().replace(/\.$/, '');
  if (!name || !/\p{L}/u.test(name)) return null;
  const jobTitle = jobParts.join(', ').trim().replace(/\.$/, '');
  const fromWords = roleFromWords(`${bracketed} ${jobTitle}`);
  const role: PersonRole = fromWords ?? (title ? 'member' : jobTitle ? 'officer' : 'member');
  const voting = votesByDefault(role);
  // A bracketed "(Chair)" is a role, not a job; anything else bracketed is kept as the job title.
  const job = jobTitle || (fromWords ? '' : bracketed);
  return { id, title, name, role, jobTitle: job, voting, retired: false };
}

const PLURAL_TITLE = /^\s*(?:Present:\s*)?(Councillors|Cllrs\.?)\s+/i;

/** "Councillors C Boles, S Butler and M Whitby" → one line per councillor; other lines as they are. */
function expandPlural(line: string): string[] {
  const plural = PLURAL_TITLE.exec(line);
  if (!plural) return [line.replace(/^\s*Present:\s*/i, '')];
  const title = /^cllrs/i.test(plural[1]!) ? 'Cllr' : 'Councillor';
  return line
    .slice(plural[0].length)
    .replace(/\.\s*$/, '')
    .split(/\s*,\s*|\s+and\s+/)
    .filter((name) => name.trim())
    .map((name) => `${title} ${name.trim()}`);
}

export function importRosterLines(text: string, newId: (index: number) => string): RosterImport {
  const people: Person[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    for (const one of expandPlural(line)) {
      const person = parseRosterLine(one, newId(people.length));
      if (person) people.push(person);
      else problems.push(`Line ${index + 1}: “${line.trim()}” has no name in it, so it was skipped.`);
    }
  });
  return { people, problems };
}
