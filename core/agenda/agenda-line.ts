// The one bridge between the agenda document reader and the pasted-agenda
// line format (core/templates/agenda-lines.ts): an item's own line is read by
// that parser, and an imported item is written back in the same format for
// the New meeting dialog's box. If that format changes, only this file does.
import type { AgendaItemInput } from '../templates/build-meeting';
import { parseAgendaLine } from '../templates/agenda-lines';

/**
 * Reads one item's text (number already removed) as "Title — Report of … [exempt N]".
 * The line parser keeps a title's own dashes ("17/00123/FUL – Land at …") and
 * takes only a dash before "Report of" as the report's.
 */
export function itemFromAgendaLine(line: string): AgendaItemInput | null {
  return parseAgendaLine(line);
}

/** The item as one line of the dialog's box, which itemFromAgendaLine reads back unchanged. */
export function agendaLineOf(item: AgendaItemInput): string {
  const report = item.reportName ? ` — ${item.reportName}` : '';
  const exempt = item.exemptParagraph ? ` [exempt ${item.exemptParagraph}]` : '';
  return `${item.title}${report}${exempt}`;
}
