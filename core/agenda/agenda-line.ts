// The one bridge between the agenda document reader and the pasted-agenda
// line format (core/templates/agenda-lines.ts): an item's own line is read by
// that parser, and an imported item is written back in the same format for
// the New meeting dialog's box. If that format changes, only this file does.
import type { AgendaItemInput } from '../templates/build-meeting';
import { parseAgendaLine } from '../templates/agenda-lines';

/** A dash that introduces the report: "… — Report of the Director". */
const REPORT_DASH = /\s+[—–-]\s+(?=(?:a\s+)?(?:joint\s+)?report\s+(?:of|by|from)\b)/i;
const ANY_DASH = /\s+([—–-])\s+/g;
/** Stands in for a dash inside a title while the line parser runs (it would take the text after it as a report name). */
const KEPT_DASH = '\u0000';

/**
 * Reads one item's text (number already removed) as "Title — Report of … [exempt N]".
 * Published titles have dashes of their own ("Code of Conduct - Declarations of
 * Interest", "17/00123/FUL – Land at …"), so only a dash before "Report of" is
 * taken as the report's; the others are kept in the title.
 */
export function itemFromAgendaLine(line: string): AgendaItemInput | null {
  const reportAt = REPORT_DASH.exec(line)?.index ?? line.length;
  const protectedLine = line.slice(0, reportAt).replace(ANY_DASH, ` ${KEPT_DASH}$1 `) + line.slice(reportAt);
  const item = parseAgendaLine(protectedLine);
  if (!item) return null;
  const restore = (text: string) => text.replace(new RegExp(`${KEPT_DASH}`, 'g'), '').replace(/\s+/g, ' ');
  return { ...item, title: restore(item.title), reportName: item.reportName ? restore(item.reportName) : null };
}

/** The item as one line of the dialog's box, which itemFromAgendaLine reads back unchanged. */
export function agendaLineOf(item: AgendaItemInput): string {
  const report = item.reportName ? ` — ${item.reportName}` : '';
  const exempt = item.exemptParagraph ? ` [exempt ${item.exemptParagraph}]` : '';
  return `${item.title}${report}${exempt}`;
}
