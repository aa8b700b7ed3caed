// The agenda's items of business as a clerk pastes them from the published
// agenda, one a line:
//   Draft Bury Children Services Improvement Plan — Report of the Executive Director
//   Acquisition of land at Chamberhall [exempt 3]
// The text after a dash is the report's name; "[exempt N]" marks an item taken
// with the press and public excluded under paragraph N of Schedule 12A.
import type { AgendaItemInput } from './build-meeting';

const EXEMPT = /\s*\[\s*exempt(?:\s+paragraph)?\s+(\d{1,2}[a-z]?)\s*\]\s*$/i;
const REPORT_SEPARATOR = /\s+[—–-]\s+/;

export function parseAgendaLine(line: string): AgendaItemInput | null {
  let rest = line.replace(/^\s*(?:\d+[.)]|[-*•])\s+/, '').trim();
  let exemptParagraph: string | null = null;
  const exempt = EXEMPT.exec(rest);
  if (exempt) {
    exemptParagraph = exempt[1]!;
    rest = rest.slice(0, exempt.index);
  }
  const [title, ...report] = rest.split(REPORT_SEPARATOR);
  if (!title?.trim()) return null;
  return { title: title.trim(), reportName: report.join(' — ').trim() || null, exemptParagraph };
}

export function parseAgendaLines(text: string): AgendaItemInput[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const item = parseAgendaLine(line);
    return item ? [item] : [];
  });
}
