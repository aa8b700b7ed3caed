// A short sample meeting in a house style, for the editor's preview: the
// heading, apologies, a declaration, a motion with a counted vote decided on
// the chair's casting vote, resolutions, a single resolution, a withdrawal, a
// decision and the close with its signature. Every sentence comes from the
// wording functions the export uses (core/house-style/house-style-wording.ts),
// so the preview says what the minutes will. Lines of plain text only: the
// preview draws them as text, never as markup.
import { speakerSentence } from '../../core/blocks/planning-application-block';
import { titleBeforeText } from '../../core/export/item-run-on';
import type { HouseStyle } from '../../core/house-style/house-style-schema';
import {
  closeText,
  fill,
  formatDate,
  formatTime,
  headingTitle,
  motionText,
  nameAsPrinted,
  nameFormAt,
  numbersResolution,
  resolutionLabel,
  signatureName,
  SIGNATURE_DATE_LINE,
  voteText,
} from '../../core/house-style/house-style-wording';

export type SampleLineKind = 'title' | 'heading' | 'item' | 'label' | 'text' | 'resolution' | 'signature';

export interface SampleLine {
  kind: SampleLineKind;
  text: string;
}

const chair = { title: 'Councillor', name: 'Stuart Kelly' };
/** Declares an interest in the planning application and leaves the room for it. */
const neighbour = { title: 'Councillor', name: 'Brenda Berry' };
const mover = { title: 'Councillor', name: 'Jane Barry' };
const seconder = { title: 'Councillor', name: 'Peter Lund' };
const absent = { title: 'Councillor', name: 'Ann Wright' };
const clerk = { title: '', name: 'Helen Taylor' };

const labels: Record<HouseStyle['heading']['fields'][number], string> = {
  venue: 'Venue: Council Chamber, Town Hall',
  'start-time': 'Time: {time}',
  contact: '{contactLabel} Helen Taylor, Democratic Services',
  present: 'Present: {chair} (Chair), {neighbour}, {mover}, {seconder}',
  'also-in-attendance': 'Also in attendance: {clerk} (Clerk)',
  public: 'Public: 4 members of the public',
  apologies: 'Apologies: {absent}',
  absent: 'Absent: none',
  date: 'Date: {date}',
};

export function sampleMinutes(style: HouseStyle): SampleLine[] {
  const lines: SampleLine[] = [];
  const add = (kind: SampleLineKind, text: string) => lines.push({ kind, text });
  // Names as the style prints them: in full on first mention where it says so.
  const mentioned = new Set<string>();
  const name = (person: { title: string; name: string }, place: 'mover' | 'other' = 'other') => {
    const printed = nameAsPrinted(style, person, !mentioned.has(person.name), nameFormAt(style, place));
    mentioned.add(person.name);
    return printed;
  };
  const time = style.datesAndTimes.time;
  let number = 0;
  /** An item's title as the style prints it; `shortText`, the item's only line, on the title's line where the style runs it on. */
  const item = (title: string, shortText?: string) => {
    number += 1;
    const printedTitle = style.print.itemTitlesInCapitals ? title.toUpperCase() : title;
    const heading = style.print.showMinuteNumbers ? `${fill(style.print.itemNumber, { n: String(number) })} ${printedTitle}` : printedTitle;
    const runOn = style.print.itemTextRunOn;
    if (shortText === undefined) add('item', heading);
    else if (runOn && shortText.length <= runOn.maxCharacters) add('item', `${titleBeforeText(heading, runOn.separator)} ${shortText}`);
    else {
      add('item', heading);
      add('text', shortText);
    }
  };
  /** A label and its text, on one line or two as the style places it. */
  const labelled = (placement: 'inline' | 'own-line', label: string, text: string) => {
    if (placement === 'inline') add('resolution', `${label} ${text}`);
    else {
      add('label', label);
      add('resolution', text);
    }
  };

  add('title', headingTitle(style, { committee: 'Planning Committee', council: style.council, date: '2024-05-23', time: '18:30' }));
  const people = { chair: name(chair), neighbour: name(neighbour), mover: name(mover), seconder: name(seconder), clerk: name(clerk), absent: name(absent) };
  for (const field of style.heading.fields) {
    if (field === 'absent' && !style.heading.absentApartFromApologies) continue;
    const label =
      field === 'present' && style.heading.presentOnOneLine !== null
        ? `Present: ${style.heading.presentOnOneLine}{chair} (Chair), {neighbour}, {mover}, {seconder}.`
        : labels[field];
    add(
      'heading',
      fill(label, {
        ...people,
        contactLabel: style.print.contactLabel,
        time: formatTime('18:30', time),
        date: formatDate('2024-05-23', style.datesAndTimes.headingDate),
      }),
    );
  }

  item('Apologies for absence');
  add('text', `Apologies for absence were received from ${name(absent)}.`);

  item('Declarations of interest');
  add('text', `${name(neighbour)} declared a prejudicial interest in item 5 as the applicant’s neighbour.`);

  item('Public questions', style.none.publicQuestions);

  item('Minutes of the last meeting');
  const single = numbersResolution(style, 1) ? '1. ' : '';
  labelled(
    style.resolutions.placement,
    resolutionLabel(style, null),
    `${single}That the minutes of the meeting held on ${formatDate('2024-04-25', style.datesAndTimes.textDate)} be approved as a correct record.`,
  );

  item('Land at Mill Lane: 24/0153/FUL');
  add('text', fill(style.interests.withdrawal, { member: name(neighbour) }));
  add('text', speakerSentence('ward-member', '', style.planning));
  add('text', speakerSentence('objector', 'Mr J Smith', style.planning));
  const motion = motionText(style.votes, name(mover, 'mover'), name(seconder, 'mover'));
  const vote = voteText(style.votes, { for: 7, against: 7, abstentions: 0 }, { carried: true, castingVote: true });
  if (motion) add('text', motion);
  if (style.votes.placement === 'after-motion') add('text', vote);
  const several = numbersResolution(style, 2);
  const resolutions = ['That the application be approved.', 'That the conditions be as set out in the report.'].map(
    (text, index) => `${several ? `${index + 1}.` : '•'} ${text}`,
  );
  const label = resolutionLabel(style, vote);
  if (style.resolutions.placement === 'inline') {
    add('resolution', `${label} ${resolutions[0]}`);
    add('resolution', resolutions[1]!);
  } else {
    add('label', label);
    for (const text of resolutions) add('resolution', text);
  }

  item('Budget monitoring');
  if (style.print.reportLine) add('text', fill(style.print.reportLine, { report: 'Report of the Head of Finance' }));
  const parts = style.decisionParts;
  labelled(parts.placement, parts.decision, 'That the report be noted.');
  labelled(parts.placement, parts.reasons, 'To keep spending within the budget.');
  labelled(parts.placement, parts.alternatives, 'None.');
  if (parts.notKeyDecisionNote) add('text', parts.notKeyDecisionNote);

  const close = closeText(style, '18:30', '20:40');
  const signature = signatureName(style, 'Councillor S Kelly');
  const sign = () => {
    if (signature === null || !style.close.signature) return;
    add('signature', '……………………………………');
    add('signature', signature);
    add('signature', style.close.signature.role);
    if (style.close.signature.dated) add('signature', SIGNATURE_DATE_LINE);
  };
  if (style.close.order === 'signature-then-close') {
    sign();
    add('text', close);
  } else {
    add('text', close);
    sign();
  }
  return lines;
}
