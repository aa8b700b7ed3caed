// The glue from a saved .minutes document to what the writers need: the
// editor's Lexical JSON is read as MinutesContent (readMinutes), the heading
// is generated from the roll (buildMinutesHeading), and the layout is built
// from both. The app's export handler and the command-line exporter both
// start here, so they produce the same files.
import { readMinutes } from '../minutes/read-minutes';
import { reviewOf } from '../review/review-schema';
import { buildMinutesHeading } from '../model/minutes-heading';
import { withCurrentItemLabels } from '../model/moment-labels';
import type { MinutesDocument } from '../storage/minutes-document';
import { formatUkDate, isIsoDate } from '../text/uk-format';
import { buildMinutesLayout } from './build-layout';
import type { ExportOptions } from './export-options';
import type { LayoutDocument, LayoutLogo } from './layout-model';

export function layoutFromDocument(document: MinutesDocument, options: ExportOptions, logo: LayoutLogo | null = null): LayoutDocument {
  const minutes = readMinutes(document.content, document.meeting);
  // A damaged review field must not stop an export: the minutes print without the approval record.
  const { review } = reviewOf(document);
  const meeting = withCurrentItemLabels(document.meeting, minutes.items);
  return buildMinutesLayout({ meeting, heading: buildMinutesHeading, minutes, options, logo, record: review });
}

/** "Children and Young People Scrutiny Committee 23 March 2022 minutes (public).docx", safe on every file system. */
export function suggestedExportName(document: MinutesDocument, options: ExportOptions, extension: 'docx' | 'pdf'): string {
  const meeting = document.meeting;
  const date = meeting.date && isIsoDate(meeting.date) ? formatUkDate(meeting.date) : '';
  const stem = [meeting.committeeName.trim() || meeting.title.trim() || 'Minutes', date, `minutes (${options.version})`].filter(Boolean).join(' ');
  return `${stem
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)}.${extension}`;
}
