// Meeting + heading lines + MinutesContent + options → the layout both writers
// print. Inputs are explicit so the layout can be built from any source (the
// editor's document, a test fixture, a synthetic benchmark meeting).
// What each version may print is decided in one place,
// core/publication/public-version.ts (exempt items, declarations in them,
// apology reasons, the record of approval); this file lays out what it allows.
// Full version: everything, marked "Not for publication" on every page when
// it says more than the public version would.
import { closeNote } from '../minutes/block-wording';
import type { AgendaItemMinutes, MinutesContent } from '../minutes/minutes-model';
import type { Meeting } from '../model/meeting';
import type { HeadingOptions } from '../model/minutes-heading';
import { formatUkDate, formatUkTime, isIsoDate } from '../text/uk-format';
import { appendixLayout } from './appendix-layout';
import { itemsForVersion, meetingForVersion, preambleForVersion, recordForVersion, type ReviewRecord, type Version } from '../publication/public-version';
import { approvalBlocks } from './approval-layout';
import { layoutBlock, type BlockStyle } from './block-layout';
import { houseStyleOfMeeting, printSettingsOf } from '../house-style/meeting-house-style';
import type { HouseStyle, PrintSettings } from '../house-style/house-style-schema';
import { exemptNotice, fill, formatDate, formatTime, headingTitle } from '../house-style/house-style-wording';
import { styledCloseBlocks } from './close-layout';
import { styledNames } from './styled-names';
import { withItemTextRunOn } from './item-run-on';
import { publishableData } from './publishable-text';
import type { ExportOptions } from './export-options';
import type { LayoutBlock, LayoutDocument, LayoutLogo, LayoutSection } from './layout-model';

export interface LayoutInput {
  meeting: Meeting;
  /**
   * The generated heading (buildMinutesHeading): "Minutes of:", "Present:", …; given as the function, it is
   * written from the meeting as each version may print it (no apology reasons in a public version), with times
   * (arrivals, departures) in the house style's form.
   */
  heading: ReadonlyArray<HeadingLine> | ((meeting: Meeting, clock?: (clock: string) => string, options?: HeadingOptions) => ReadonlyArray<HeadingLine>);
  minutes: MinutesContent;
  options: ExportOptions;
  logo?: LayoutLogo | null;
  /** The approval and amendments, printed after the signature once the minutes are approved. */
  record?: ReviewRecord | null;
}

interface HeadingLine {
  label: string;
  text: string;
}

/** "4/ Progress from the Minutes" (Gotham), "CYP.12 UPDATE ON …": the number and capitals the house style prints. */
function itemHeading(item: AgendaItemMinutes, style: PrintSettings): string {
  const title = style.itemTitlesInCapitals ? item.title.toLocaleUpperCase('en-GB') : item.title;
  const number = fill(style.itemNumber, { n: item.number });
  return style.showMinuteNumbers && item.number ? `${number} ${title}` : title;
}

function dateText(meeting: Meeting): string {
  return meeting.date && isIsoDate(meeting.date) ? formatUkDate(meeting.date) : '';
}

function committeeOf(meeting: Meeting): string {
  return meeting.committeeName.trim() || meeting.title.trim() || 'Meeting';
}

function chairNameOf(input: LayoutInput): string {
  const { minutes, meeting } = input;
  const rosterChair = meeting.roster.find((person) => person.role === 'chair');
  return minutes.close?.chair?.name ?? (rosterChair ? `${rosterChair.title} ${rosterChair.name}`.trim() : '');
}

/**
 * The close in the house style's words ("Meeting closed at 8.40 pm"), and its signature block (none where the
 * style has none), in the style's order. A time not recorded is never printed as a gap: the close is left out.
 */
function houseCloseBlocks(input: LayoutInput, house: HouseStyle): LayoutBlock[] {
  const { minutes, meeting } = input;
  return styledCloseBlocks(house, {
    chair: chairNameOf(input),
    startedAt: minutes.close?.startedAt ?? (meeting.startedAt || ''),
    endedAt: minutes.close?.endedAt ?? (meeting.endedAt || ''),
  });
}

function closeBlocks(input: LayoutInput, style: PrintSettings): LayoutBlock[] {
  const { minutes, meeting } = input;
  const blocks: LayoutBlock[] = [];
  const chairName = chairNameOf(input);
  // No chair named anywhere: no empty bold line above "Chair" (a gap for a name is a note to the clerk).
  if (chairName.trim()) blocks.push({ kind: 'signature', name: chairName.toLocaleUpperCase('en-GB'), role: style.chairRole });
  const note = closeNote(minutes.close?.startedAt ?? (meeting.startedAt || null), minutes.close?.endedAt ?? (meeting.endedAt || null));
  if (note) blocks.push({ kind: 'note', text: `(Note: ${note})` });
  return blocks;
}

/**
 * "Venue: Bury Town Hall" and "Time: 5.30 pm to 6.45 pm" after the date line (or first, when there is none),
 * as the summons and most councils' minutes give them; the times are the close's, else the Attendance panel's.
 */
function withVenueAndTime(heading: ReadonlyArray<HeadingLine>, meeting: Meeting, close: LayoutInput['minutes']['close'], style: PrintSettings): HeadingLine[] {
  const started = close?.startedAt ?? (meeting.startedAt || null);
  const ended = close?.endedAt ?? (meeting.endedAt || null);
  const time = started && ended ? `${formatUkTime(started)} to ${formatUkTime(ended)}` : started ? formatUkTime(started) : '';
  const extra = [
    ...(meeting.venue.trim() ? [{ label: style.venueLabel, text: meeting.venue.trim() }] : []),
    ...(meeting.contact?.trim() ? [{ label: style.contactLabel, text: meeting.contact.trim() }] : []),
    ...(time ? [{ label: style.timeLabel, text: time }] : []),
  ];
  const lines = heading.map((line) => ({ label: line.label, text: line.text }));
  const dateLine = lines.findIndex((line) => line.label === meeting.headingLayout.dateOfMeeting);
  lines.splice(dateLine + 1, 0, ...extra);
  return lines;
}

/**
 * The meeting whose roll the heading is written from: a style that prints no "Councillor" (a parish's
 * "J.P. Anderson (Chairman), M. Wilkins") has the title left off the roster's members, so the heading
 * names them as the rest of its minutes do.
 */
function withoutCouncillorTitles(meeting: Meeting, house: HouseStyle | null): Meeting {
  if (!house || house.names.councillorTitle) return meeting;
  return { ...meeting, roster: meeting.roster.map((person) => (/^(councillor|cllr)\b/i.test(person.title) ? { ...person, title: '' } : person)) };
}

/** The heading's field each generated line belongs to, by its label; a continuation line ("") follows its section. */
function headingSections(heading: ReadonlyArray<HeadingLine>, meeting: Meeting): Map<string, HeadingLine[]> {
  const layout = meeting.headingLayout;
  const fieldOfLabel = new Map<string, string>([
    [layout.present, 'present'],
    [layout.alsoInAttendance, 'also-in-attendance'],
    [layout.publicAttendance, 'public'],
    [layout.apologies, 'apologies'],
    [layout.absent, 'absent'],
  ]);
  const sections = new Map<string, HeadingLine[]>();
  let current: string | null = null;
  for (const line of heading) {
    if (line.label) current = fieldOfLabel.get(line.label) ?? null;
    if (current) sections.set(current, [...(sections.get(current) ?? []), line]);
  }
  return sections;
}

/**
 * The heading as the house style prints it: its title ("Minutes of a Meeting of the Planning & Development
 * Committee (28/02/17)"), then the fields it shows in its order. A field with nothing recorded is left out.
 */
function houseHeading(input: LayoutInput, meeting: Meeting, heading: ReadonlyArray<HeadingLine>, style: PrintSettings, house: HouseStyle): LayoutBlock[] {
  const started = input.minutes.close?.startedAt ?? (meeting.startedAt || '');
  const ended = input.minutes.close?.endedAt ?? (meeting.endedAt || '');
  const time = (clock: string) => formatTime(clock, house.datesAndTimes.time);
  const title = headingTitle(house, {
    committee: committeeOf(meeting),
    council: meeting.councilName.trim(),
    date: meeting.date && isIsoDate(meeting.date) ? meeting.date : '',
    time: meeting.startTime || started,
  });
  const sections = headingSections(heading, meeting);
  const lines: HeadingLine[] = [];
  for (const field of house.heading.fields) {
    if (field === 'venue' && meeting.venue.trim()) lines.push({ label: style.venueLabel, text: meeting.venue.trim() });
    else if (field === 'contact') {
      if (meeting.contact?.trim()) lines.push({ label: style.contactLabel, text: meeting.contact.trim() });
    } else if (field === 'start-time' && started) lines.push({ label: style.timeLabel, text: ended ? `${time(started)} to ${time(ended)}` : time(started) });
    else if (field === 'date' && meeting.date && isIsoDate(meeting.date))
      lines.push({ label: meeting.headingLayout.dateOfMeeting, text: formatDate(meeting.date, house.datesAndTimes.headingDate) });
    else if (field === 'absent' && !house.heading.absentApartFromApologies) continue;
    else lines.push(...(sections.get(field) ?? []));
  }
  return [...(title ? [{ kind: 'title', text: title } as const] : []), ...(lines.length ? [{ kind: 'label-lines', lines } as const] : [])];
}

/**
 * "Absent: H.Taylor, A. Clayworth" for the apologies item where the style prints absences there, from the heading
 * this version prints (so without reasons a public version leaves out), once; undefined where it does not.
 */
function absencesOnce(house: HouseStyle | null, meeting: Meeting, heading: ReadonlyArray<HeadingLine>): BlockStyle['absentAtApologies'] {
  if (!house?.heading.absentAtApologies) return undefined;
  const lines = headingSections(heading, meeting).get('absent') ?? [];
  let text: string | null = lines.length ? `${lines[0]!.label} ${lines.map((line) => line.text).join(' ')}` : null;
  return () => {
    const once = text;
    text = null;
    return once;
  };
}

/** The sections a version prints: the minutes, then each appendix chosen. */
function sectionsFor(input: LayoutInput, version: Version, style: PrintSettings): LayoutSection[] {
  const { minutes, options } = input;
  const houseStyle = houseStyleOfMeeting(input.meeting);
  const meeting = meetingForVersion(input.meeting, version, style);
  const items = itemsForVersion(minutes, version, style);
  const clock = houseStyle ? (time: string) => formatTime(time, houseStyle.datesAndTimes.time) : undefined;
  const headingOptions: HeadingOptions = { presentOnOneLine: houseStyle?.heading.presentOnOneLine ?? null };
  const heading = typeof input.heading === 'function' ? input.heading(withoutCouncillorTitles(meeting, houseStyle), clock, headingOptions) : input.heading;

  const main: LayoutBlock[] = [];
  if (houseStyle) main.push(...houseHeading(input, meeting, heading, style, houseStyle));
  else {
    if (meeting.councilName.trim()) main.push({ kind: 'title', text: meeting.councilName.trim() });
    const lines = withVenueAndTime(heading, meeting, minutes.close, style);
    if (lines.length) main.push({ kind: 'label-lines', lines });
  }
  // One namer for the whole export, so "full-then-surname" names a person in full only the first time.
  const blockStyle: BlockStyle = {
    house: houseStyle,
    names: styledNames(houseStyle, meeting.roster),
    absentAtApologies: absencesOnce(houseStyle, meeting, heading),
  };
  for (const block of preambleForVersion(minutes, version, style)) main.push(...layoutBlock(block, blockStyle));
  for (const item of items) {
    const body: LayoutBlock[] = [];
    if (item.reportName && style.reportLine) body.push({ kind: 'paragraph', runs: [{ text: fill(style.reportLine, { report: item.reportName }) }] });
    if (item.exempt) body.push({ kind: 'paragraph', runs: [{ text: exemptNotice(style, item.exempt.paragraph) }] });
    for (const block of item.blocks) body.push(...layoutBlock(block, blockStyle));
    main.push(...withItemTextRunOn({ kind: 'heading', level: 1, text: itemHeading(item, style), anchor: item.id || null }, body, style));
  }
  const record = recordForVersion(
    input.record,
    version,
    minutes.items.map((item) => item.number),
  );
  main.push(...(houseStyle ? houseCloseBlocks({ ...input, meeting }, houseStyle) : closeBlocks({ ...input, meeting }, style)), ...approvalBlocks(record));

  const sections: LayoutSection[] = [{ newPage: false, blocks: main }];
  for (const appendix of appendixLayout({ meeting, items, options: { ...options, version }, close: minutes.close }))
    sections.push({ newPage: true, blocks: appendix });
  return sections;
}

export function buildMinutesLayout(input: LayoutInput): LayoutDocument {
  const { meeting, options } = input;
  const style = printSettingsOf(meeting);
  const committee = committeeOf(meeting);
  const date = dateText(meeting);
  const sections = sectionsFor(input, options.version, style);
  // "Not for publication" only where it is true: a full version that says nothing the public one does not is publishable.
  const differs = options.version === 'full' && JSON.stringify(sections) !== JSON.stringify(sectionsFor(input, 'public', style));

  return publishableData({
    title: `Minutes of the ${committee}${date ? `, ${date}` : ''}`,
    subject: `Minutes of the ${committee} meeting${date ? ` held on ${date}` : ''}${options.version === 'public' ? ' (public version)' : ''}`,
    author: meeting.councilName.trim() || 'Minute Book',
    language: 'en-GB',
    headerText: [committee, date].filter(Boolean).join(', '),
    restrictiveMarking: differs ? style.notForPublication : null,
    fontFamily: style.fontFamily,
    fontSizePt: style.fontSizePt,
    logo: input.logo ?? null,
    sections,
  });
}
