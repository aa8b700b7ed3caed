// The agenda's items of business as a clerk pastes them from the published
// agenda or old minutes, one a line:
//   Draft Bury Children Services Improvement Plan — Report of the Executive Director
//   5 Council Plan Objectives - Update January to March 2024 pdf icon PDF 400 KB
//   4/ Progress from the Minutes, not on the Agenda
//   (a) Acquisition of land at Chamberhall [exempt 3]
// The agenda's own numbering ("4/", "5.", "(a)") is dropped, since the minutes
// number items themselves; a dash of any kind is part of the title ("Update
// January to March 2024" is words of the title), except before "Report of …",
// which names the report. "[exempt N]" marks an item taken with the press and
// public excluded under paragraph N of Schedule 12A. Each line is read into a
// row that says what was guessed, so a preview can show it before the meeting starts.
import type { AgendaItemInput } from './build-meeting';

export interface AgendaLineReading {
  /** The line of the paste (from 1). */
  line: number;
  item: AgendaItemInput & { reportName: string | null; exemptParagraph: string | null };
  /** Plain sentences on what the reading had to guess. */
  doubts: string[];
}

const EXEMPT = /\s*\[\s*exempt(?:\s+paragraph)?\s+(\d{1,2}[a-z]?)\s*\]\s*$/i;
/** "— Report of the Executive Director", "- Report by the Leader": the report's name, not the title. */
const REPORT_NAME = /\s+[—–-]\s+(Reports?\s+(?:of|by|from)\b.*)$/i;
/** Numbering a published agenda or old minutes puts before a title: "4/", "5.", "6)", "5.1", "(a)", "a)", "ii.", "Item 7:", "•",
 * always followed by a space, so "17/00340/FUL" or "E.ON" keep their first letters. */
const NUMBERING =
  /^\s*(?:item\s+\d{1,3}[a-z]?\s*[:.)/-]?|\d{1,3}(?:\.\d{1,2})+\.?|\d{1,3}[a-z]?\s*[./)]|\(\s*(?:\d{1,3}|[a-z]|[ivx]{1,5})\s*\)|(?:[a-z]|[ivx]{1,5})[.)]|[-*•])(?:\s+|$)/i;
/** A bare number then a capital ("5 Council Plan…"), as a council website prints its agenda. */
const BARE_NUMBER = /^\s*(\d{1,2})\s+(?=\p{Lu})/u;
/** Web-page leftovers of a ModernGov agenda: "pdf icon PDF 246 KB". */
const PDF_LINK = /\s*pdf icon\s+PDF\s+[\d.]+\s*[KM]B\s*$/i;

export function readAgendaLine(text: string, line = 1): AgendaLineReading | null {
  const doubts: string[] = [];
  let rest = text.replace(PDF_LINK, '').trim();
  const numbered = NUMBERING.exec(rest);
  if (numbered) rest = rest.slice(numbered[0].length);
  else {
    const bare = BARE_NUMBER.exec(rest);
    if (bare) {
      rest = rest.slice(bare[0].length);
      doubts.push(`The “${bare[1]}” at the start was read as the agenda’s number and left out of the title.`);
    }
  }
  let exemptParagraph: string | null = null;
  const exempt = EXEMPT.exec(rest);
  if (exempt) {
    exemptParagraph = exempt[1]!;
    rest = rest.slice(0, exempt.index);
  }
  let reportName: string | null = null;
  const report = REPORT_NAME.exec(rest);
  if (report) {
    reportName = report[1]!.trim().replace(/\.$/, '');
    rest = rest.slice(0, report.index);
  }
  // A heading copied from minutes ends "Neighbourhood Plan:"; the colon belongs to the minutes, not the title.
  const title = rest.trim().replace(/\s*:$/, '').trim();
  if (!title || !/[\p{L}\d]/u.test(title)) return null;
  return { line, item: { title, reportName, exemptParagraph }, doubts };
}

export function parseAgendaLine(line: string): AgendaItemInput | null {
  return readAgendaLine(line)?.item ?? null;
}

/** Every line of a paste that holds a title, with what was guessed. */
export function readAgendaLines(text: string): AgendaLineReading[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    const reading = readAgendaLine(line, index + 1);
    return reading ? [reading] : [];
  });
}

export function parseAgendaLines(text: string): AgendaItemInput[] {
  return readAgendaLines(text).map((reading) => reading.item);
}
