// The optional appendices, each its own page: glossary of the acronyms used,
// action log, declarations register, attendance record. They are built from
// the items this version prints, so a public version's appendices say
// nothing about exempt items either.
import { interestKindLabel } from '../minutes/block-wording';
import { meetingGlossary, personDisplayName } from '../minutes/meeting-context';
import type { AgendaItemMinutes, MinutesContent, RichText } from '../minutes/minutes-model';
import { attendanceOf, type MeetingMoment } from '../model/attendance';
import type { Meeting } from '../model/meeting';
import { acronymStem, findUndefinedAcronyms, inlineDefinitions } from '../text/acronyms';
import { formatUkTime } from '../text/uk-format';
import { declarationDetailWithheld } from '../publication/public-version';
import { ukDateOrText } from './block-layout';
import { appendixTitles, type AppendixKind, type ExportOptions } from './export-options';
import type { LayoutBlock } from './layout-model';
import { blockTexts, richPlain } from './minutes-text';

interface AppendixInput {
  meeting: Meeting;
  items: ReadonlyArray<AgendaItemMinutes>;
  options: ExportOptions;
  /** The close of the meeting, whose times (Ctrl+Alt+E) are the ones the minutes print. */
  close?: MinutesContent['close'];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function appendixLayout(input: AppendixInput): LayoutBlock[][] {
  const chosen = (['glossary', 'actions', 'declarations', 'attendance'] as const).filter((kind) => input.options.appendices.includes(kind));
  return chosen.map((kind, index) => {
    const heading: LayoutBlock = { kind: 'heading', level: 1, text: `Appendix ${LETTERS[index]}: ${appendixTitles[kind]}`, anchor: `appendix-${kind}` };
    return [heading, ...appendixBody(kind, input)];
  });
}

function appendixBody(kind: AppendixKind, input: AppendixInput): LayoutBlock[] {
  switch (kind) {
    case 'glossary':
      return glossary(input);
    case 'actions':
      return actionLog(input.items);
    case 'declarations':
      return declarationsRegister(input.items, input.options.version);
    case 'attendance':
      return attendanceRecord(input.meeting, input.close ?? null);
  }
}

function none(text: string): LayoutBlock[] {
  return [{ kind: 'paragraph', runs: [{ text }] }];
}

function usesWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\d])${escaped}s?(?![\\p{L}\\d])`, 'u').test(text);
}

function glossary(input: AppendixInput): LayoutBlock[] {
  const text = input.items.flatMap((item) => [item.title, ...item.blocks.flatMap(blockTexts)]).join('\n');
  const defined = meetingGlossary(input.meeting).filter((entry) => usesWord(text, entry.acronym.trim()));
  const inline = new Map(inlineDefinitions(text).map((entry) => [acronymStem(entry.acronym), entry.meaning]));
  // Acronyms spelt out where first used are listed with those words. One with no meaning anywhere is left
  // out: "Not defined in the committee glossary" is a note to the clerk (the checks give it), not minutes.
  const detected = findUndefinedAcronyms(text, defined);
  const speltOut = detected.flatMap((acronym) => {
    const meaning = inline.get(acronymStem(acronym));
    return meaning ? [{ acronym, meaning }] : [];
  });
  const rows = [...defined, ...speltOut]
    .map((entry) => [entry.acronym.trim(), entry.meaning.trim()])
    .sort((a, b) => a[0]!.localeCompare(b[0]!, 'en-GB', { sensitivity: 'base' }));
  if (rows.length === 0) return none(detected.length ? 'No acronyms are defined for these minutes.' : 'No acronyms were used in these minutes.');
  return [{ kind: 'table', caption: appendixTitles.glossary, header: ['Acronym', 'Meaning'], rows }];
}

function actionLog(items: ReadonlyArray<AgendaItemMinutes>): LayoutBlock[] {
  const rows = items.flatMap((item) =>
    item.blocks.flatMap((block) =>
      block.kind === 'action'
        ? // An empty cell, not a note to the clerk ("Not recorded"): the checks ask for the owner.
          [[item.number, block.action.owner?.name ?? '', richPlain(block.action.description), block.action.due ? ukDateOrText(block.action.due) : '']]
        : [],
    ),
  );
  if (rows.length === 0) return none('No actions were recorded.');
  return [{ kind: 'table', caption: appendixTitles.actions, header: ['Minute', 'Who', 'What', 'By when'], rows }];
}

function declarationsRegister(items: ReadonlyArray<AgendaItemMinutes>, version: ExportOptions['version']): LayoutBlock[] {
  const numberOf = new Map(items.map((item) => [item.id, item.number]));
  const rows = items.flatMap((item) => {
    // An exempt item's declarations are registered in the public version by member, minute and kind only.
    const withheld = declarationDetailWithheld(item, version);
    return item.blocks.flatMap((block) =>
      block.kind === 'declarations'
        ? block.entries.map((entry) => [
            entry.itemId ? (numberOf.get(entry.itemId) ?? item.number) : item.number,
            entry.member.name,
            interestKindLabel(entry.kind),
            withheld ? 'Exempt item: details not published' : plainReason(entry.reason),
            withheld ? 'Not published' : entry.leftRoom ? 'Yes' : 'No',
          ])
        : [],
    );
  });
  if (rows.length === 0) return none('No interests were declared.');
  return [{ kind: 'table', caption: appendixTitles.declarations, header: ['Minute', 'Member', 'Interest', 'Details', 'Left the room'], rows }];
}

function plainReason(reason: RichText): string {
  return richPlain(reason).trim();
}

const statusWords = { present: 'Present', apologies: 'Apologies', absent: 'Absent', substitute: 'Substitute' } as const;

function moment(value: MeetingMoment | null, fallback: string, relation: string): string {
  if (!value) return fallback;
  return `${formatUkTime(value.time)}${value.itemLabel ? ` (${relation} item ${value.itemLabel})` : ''}`;
}

function attendanceRecord(meeting: Meeting, close: MinutesContent['close']): LayoutBlock[] {
  // The same times as the note under the chair's signature: the close's, else the Attendance panel's.
  const [started, ended] = [close?.startedAt ?? (meeting.startedAt || null), close?.endedAt ?? (meeting.endedAt || null)];
  const start = started ? formatUkTime(started) : 'From the start';
  const end = ended ? formatUkTime(ended) : 'To the close';
  const rows = meeting.roster.flatMap((person) => {
    const entry = attendanceOf(meeting.attendance, person.id);
    if (!entry) return [];
    const attended = entry.status === 'present' || entry.status === 'substitute';
    return [
      [
        personDisplayName(person),
        statusWords[entry.status],
        attended ? moment(entry.arrivedLate, start, 'during') : '',
        attended ? moment(entry.leftEarly, end, 'after') : '',
      ],
    ];
  });
  if (rows.length === 0) return none('Attendance was not recorded.');
  return [{ kind: 'table', caption: appendixTitles.attendance, header: ['Name', 'Attendance', 'Arrived', 'Left'], rows }];
}
