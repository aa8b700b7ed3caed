// The committee's action log as a document, through the same layout model
// the minutes use, so the DOCX and the PDF say the same thing.
import type { LayoutDocument } from '../export/layout-model';
import { formatUkDate, isIsoDate } from '../text/uk-format';
import { describeReference, isOpen, type ActionLogEntry } from './action-log';

const ukDate = (iso: string | null) => (iso && isIsoDate(iso) ? formatUkDate(iso) : '');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function actionLogLayout(details: { councilName: string; committeeName: string; asAt: string; entries: ReadonlyArray<ActionLogEntry> }): LayoutDocument {
  const { councilName, committeeName, entries } = details;
  const open = entries.filter(isOpen).length;
  const heading = `${committeeName}: action log`;
  const rows = entries.map((entry) => [
    describeReference(entry.raisedAt),
    entry.description,
    entry.owner,
    ukDate(entry.due),
    capitalised(entry.status),
    entry.history.map((step) => `${describeReference(step)}: ${step.status}`).join('; '),
  ]);
  return {
    title: heading,
    subject: 'Action log',
    author: councilName,
    language: 'en-GB',
    headerText: heading,
    restrictiveMarking: null,
    fontFamily: 'Arial',
    fontSizePt: 11,
    logo: null,
    sections: [
      {
        newPage: false,
        blocks: [
          ...(councilName ? [{ kind: 'title' as const, text: councilName }] : []),
          { kind: 'heading', level: 1, text: heading, anchor: null },
          {
            kind: 'paragraph',
            runs: [{ text: `As at ${ukDate(details.asAt)}: ${entries.length} ${entries.length === 1 ? 'action' : 'actions'}, ${open} still open.` }],
          },
          { kind: 'table', caption: 'Actions', header: ['Raised at', 'Action', 'Who', 'By when', 'Status', 'Meetings'], rows },
        ],
      },
    ],
  };
}
