// Turns the paragraphs of a published committee agenda into what a new
// meeting needs: its items of business (title, the report's name, the
// Schedule 12A paragraph when the press and public are to be excluded) and the
// meeting's date, time and venue. Pure: the file was read elsewhere (DOCX or
// PDF, in the untrusted-file worker) into AgendaParagraph[].
//
// Items are the numbered paragraphs ("1.", "1/", "2)", "Item 3", Word's own
// list numbering) after the front sheet; when an agenda numbers nothing, its
// headings are the items. The paragraphs under an item are read for "Report
// of …" and for the exempt-information line; everything else under it (what
// the committee is asked to do, page numbers) is left for the clerk.
import { itemFromAgendaLine } from './agenda-line';
import type { AgendaParagraph, ImportedAgenda, ImportedAgendaItem } from './agenda-document';
import { readMeetingDetails } from './meeting-details';

/** "1.", "1/", "12)", "1:", "Item 4", "Item 4." — then the title (or nothing: the title is the next paragraph). */
const ITEM_NUMBER = /^(?:item\s+)?(\d{1,3})(?:[./):]|\s*[—–-])(?=\s|$)\s*(.*)$/i;
const BARE_ITEM_NUMBER = /^item\s+(\d{1,3})\s+(.+)$/i;
/** "(a)", "a)", "(ii)" — a part of the item above, minuted on its own (planning applications). */
const SUB_ITEM = /^\(?([a-z]|[ivx]{1,4})\)\s+(.+)$/i;
const REPORT = /^(?:(?:a\s+)?report\s+(?:of|by|from)\s+|joint\s+report\s+of\s+)(.+)$/i;
const SCHEDULE_12A = /paragraphs?\s+((?:\d{1,2}[a-z]?)(?:\s*(?:,|and|&)\s*\d{1,2}[a-z]?)*)\s+of\s+(?:part\s+(?:1|i|one)\s+of\s+)?schedule\s+12\s*a/i;
const EXEMPT_LABEL = /^(?:exempt(?:\s+information)?|not\s+for\s+publication|private\s+item|confidential)\b[^:]*:?\s*(?:paragraphs?\s+)?(\d{1,2}[a-z]?)\b/i;
const EXCLUSION_ITEM = /\bexclu(?:de|sion)\b.*\b(?:press|public)\b/i;
/** Page references and download links that agendas print after a title. */
const TITLE_CLUTTER = [
  /\s*\(\s*pages?\s+\d+\s*(?:[-–—]|to)?\s*\d*\s*\)\s*$/i,
  /\s*pdf icon\s*PDF\s*[\d.]+\s*[KM]B\s*$/i,
  /\s*PDF\s*[\d.]+\s*[KM]B\s*$/i,
  /\s*\.{3,}\s*\d*\s*$/,
];

interface ItemInProgress {
  item: ImportedAgendaItem;
  /** Waiting for its title in the next paragraph ("5." alone on a line). */
  needsTitle: boolean;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stripClutter(title: string): string {
  let text = title;
  for (const pattern of TITLE_CLUTTER) text = text.replace(pattern, '');
  return text.trim();
}

function itemFrom(text: string): ImportedAgendaItem | null {
  const parsed = itemFromAgendaLine(stripClutter(text));
  if (!parsed) return null;
  return { title: parsed.title.slice(0, 300), reportName: parsed.reportName?.slice(0, 300) ?? null, exemptParagraph: parsed.exemptParagraph ?? null };
}

function exemptParagraphsIn(text: string): string[] | null {
  const schedule = SCHEDULE_12A.exec(text);
  if (schedule) return schedule[1]!.split(/\s*(?:,|and|&)\s*/i).filter(Boolean);
  const label = EXEMPT_LABEL.exec(text);
  return label ? [label[1]!] : null;
}

/** Where an item starts, and its text (without the number). */
function itemStart(paragraph: AgendaParagraph, text: string): { text: string; sub: boolean } | null {
  const numbered = ITEM_NUMBER.exec(text) ?? BARE_ITEM_NUMBER.exec(text);
  if (numbered) return { text: numbered[2]!, sub: false };
  if (paragraph.listLabel) return { text, sub: /^\(?[a-z]+\)/i.test(paragraph.listLabel) };
  const sub = SUB_ITEM.exec(text);
  return sub ? { text: sub[2]!, sub: true } : null;
}

export function readAgenda(paragraphs: readonly AgendaParagraph[]): ImportedAgenda {
  const texts = paragraphs.map((paragraph) => ({ paragraph, text: clean(paragraph.text) })).filter(({ text }) => text.length > 0);
  const numbered = texts.some(({ paragraph, text }) => itemStart(paragraph, text) && !SUB_ITEM.test(text));
  const frontSheet: string[] = [];
  const items: ItemInProgress[] = [];
  const notes: string[] = [];
  let current: ItemInProgress | null = null;

  for (const { paragraph, text } of texts) {
    const start = numbered ? itemStart(paragraph, text) : paragraph.heading ? { text, sub: false } : null;
    if (start && !(start.sub && !current)) {
      current = { item: { title: '', reportName: null, exemptParagraph: null }, needsTitle: true };
      items.push(current);
      if (start.text) setTitle(current, start.text);
      continue;
    }
    if (!current) {
      frontSheet.push(text);
      continue;
    }
    if (current.needsTitle) {
      setTitle(current, text);
      continue;
    }
    const report = REPORT.exec(text);
    if (report && !current.item.reportName) {
      current.item.reportName = stripClutter(text).replace(/[.;]$/, '').slice(0, 300);
      continue;
    }
    const exempt = exemptParagraphsIn(text);
    if (exempt && !current.item.exemptParagraph && !EXCLUSION_ITEM.test(current.item.title)) {
      current.item.exemptParagraph = exempt[0]!;
      if (exempt.length > 1)
        notes.push(
          `Item “${current.item.title}” is exempt under paragraphs ${exempt.join(', ')} of Schedule 12A; only paragraph ${exempt[0]} is kept. Add the others in the minutes.`,
        );
    }
  }

  const details = readMeetingDetails(frontSheet);
  const kept = items.filter(({ item }) => item.title.length > 0).map(({ item }) => item);
  if (!details.date) notes.push('The agenda’s date was not found. Check the date before starting.');
  if (!details.startTime) notes.push('The agenda’s start time was not found.');
  if (!details.venue) notes.push('The agenda’s venue was not found.');
  if (kept.length === 0) notes.push('No numbered items of business were found in the agenda.');
  if (kept.length > 200) notes.push(`The agenda has ${kept.length} items; only the first 200 are kept.`);
  return { ...details, items: kept.slice(0, 200), notes: notes.slice(0, 50) };
}

function setTitle(current: ItemInProgress, text: string): void {
  const item = itemFrom(text);
  current.needsTitle = item === null;
  if (item)
    current.item = { ...item, reportName: item.reportName ?? current.item.reportName, exemptParagraph: item.exemptParagraph ?? current.item.exemptParagraph };
}
