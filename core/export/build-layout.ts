// Meeting + heading lines + MinutesContent + options → the layout both writers
// print. Inputs are explicit so the layout can be built from any source (the
// editor's document, a test fixture, a synthetic benchmark meeting).
// Public version: exempt items keep their number and title and say why the
// press and public were excluded; nothing else of them is printed anywhere,
// appendices included. Full version: everything, marked "Not for publication"
// on every page.
import { closeNote } from '../minutes/block-wording';
import type { AgendaItemMinutes, MinutesContent } from '../minutes/minutes-model';
import type { Meeting } from '../model/meeting';
import { formatUkDate, isIsoDate } from '../text/uk-format';
import { appendixLayout } from './appendix-layout';
import { approvalBlocks, type ApprovalRecord } from './approval-layout';
import { layoutBlock } from './block-layout';
import type { ExportOptions } from './export-options';
import { exemptNotice, houseStyleOf, type HouseStyle } from './house-style';
import type { LayoutBlock, LayoutDocument, LayoutLogo, LayoutSection } from './layout-model';

export interface LayoutInput {
  meeting: Meeting;
  /** The generated heading (buildMinutesHeading): "Minutes of:", "Present:", … */
  heading: ReadonlyArray<{ label: string; text: string }>;
  minutes: MinutesContent;
  options: ExportOptions;
  logo?: LayoutLogo | null;
  /** The approval and amendments, printed after the signature once the minutes are approved. */
  record?: ApprovalRecord | null;
}

/** The items as this version prints them: exempt items reduced to their title in the public version. */
export function itemsForVersion(minutes: MinutesContent, options: ExportOptions): AgendaItemMinutes[] {
  if (options.version === 'full') return minutes.items;
  return minutes.items.map((item) => (item.exempt ? { ...item, blocks: [] } : item));
}

function itemHeading(item: AgendaItemMinutes, style: HouseStyle): string {
  const title = style.itemTitlesInCapitals ? item.title.toLocaleUpperCase('en-GB') : item.title;
  return style.showMinuteNumbers && item.number ? `${item.number} ${title}` : title;
}

function dateText(meeting: Meeting): string {
  return meeting.date && isIsoDate(meeting.date) ? formatUkDate(meeting.date) : '';
}

function committeeOf(meeting: Meeting): string {
  return meeting.committeeName.trim() || meeting.title.trim() || 'Meeting';
}

function closeBlocks(input: LayoutInput, style: HouseStyle): LayoutBlock[] {
  const { minutes, meeting } = input;
  const blocks: LayoutBlock[] = [];
  const rosterChair = meeting.roster.find((person) => person.role === 'chair');
  const chairName = minutes.close?.chair?.name ?? (rosterChair ? `${rosterChair.title} ${rosterChair.name}`.trim() : '');
  if (minutes.close || chairName) blocks.push({ kind: 'signature', name: chairName.toLocaleUpperCase('en-GB'), role: style.chairRole });
  const note = closeNote(minutes.close?.startedAt ?? (meeting.startedAt || null), minutes.close?.endedAt ?? (meeting.endedAt || null));
  if (note) blocks.push({ kind: 'note', text: `(Note: ${note})` });
  return blocks;
}

export function buildMinutesLayout(input: LayoutInput): LayoutDocument {
  const { meeting, minutes, options } = input;
  const style = houseStyleOf(meeting);
  const committee = committeeOf(meeting);
  const date = dateText(meeting);
  const items = itemsForVersion(minutes, options);

  const main: LayoutBlock[] = [];
  if (meeting.councilName.trim()) main.push({ kind: 'title', text: meeting.councilName.trim() });
  if (input.heading.length) main.push({ kind: 'label-lines', lines: input.heading.map((line) => ({ label: line.label, text: line.text })) });
  for (const block of minutes.preamble) main.push(...layoutBlock(block));
  for (const item of items) {
    main.push({ kind: 'heading', level: 1, text: itemHeading(item, style), anchor: item.id || null });
    if (item.exempt) main.push({ kind: 'paragraph', runs: [{ text: exemptNotice(style, item.exempt.paragraph) }] });
    for (const block of item.blocks) main.push(...layoutBlock(block));
  }
  main.push(...closeBlocks(input, style), ...approvalBlocks(input.record));

  const sections: LayoutSection[] = [{ newPage: false, blocks: main }];
  for (const appendix of appendixLayout({ meeting, items, options, close: minutes.close })) sections.push({ newPage: true, blocks: appendix });

  return {
    title: `Minutes of the ${committee}${date ? `, ${date}` : ''}`,
    subject: `Minutes of the ${committee} meeting${date ? ` held on ${date}` : ''}${options.version === 'public' ? ' (public version)' : ''}`,
    author: meeting.councilName.trim() || 'Minute Book',
    language: 'en-GB',
    headerText: [committee, date].filter(Boolean).join(', '),
    restrictiveMarking: options.version === 'full' ? style.notForPublication : null,
    fontFamily: style.fontFamily,
    fontSizePt: style.fontSizePt,
    logo: input.logo ?? null,
    sections,
  };
}
