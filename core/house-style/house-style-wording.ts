// The words a house style prints, from its templates: the vote as the council
// counts it, the resolution's label with the vote inside it where the council
// puts it there, the motion, names, dates, times and the close. Pure, so the
// exporters and the editor can share them when they are wired to house styles
// (docs/house-style.md says what remains), and the shipped styles can be
// tested against the councils' own sentences now.
import { isValidExemptParagraph } from '../publication/exempt-field';
import { formatUkDate, formatUkTime } from '../text/uk-format';
import { cabinetPartHeadings, statements, type StatementKind } from '../minutes/block-wording';
import type { HouseStyle, NameForm, PrintSettings } from './house-style-schema';

type DateStyle = HouseStyle['datesAndTimes']['textDate'];
type TimeStyle = HouseStyle['datesAndTimes']['time'];

/** Fills {name} placeholders; the schema has already refused any the field does not take. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name] ?? whole);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function ordinal(day: number): string {
  const tens = day % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return `${day}${suffix}`;
}

/** "2024-05-23" in the style's form; formatUkDate checks the date is real. */
export function formatDate(iso: string, style: DateStyle): string {
  const plain = formatUkDate(iso);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const two = (value: number) => String(value).padStart(2, '0');
  switch (style) {
    case 'd MMMM yyyy':
      return plain;
    case 'EEEE d MMMM yyyy':
      return `${weekday} ${plain}`;
    case 'EEEE, do MMMM, yyyy':
      return `${weekday}, ${ordinal(day)} ${MONTHS[month - 1]}, ${year}`;
    case 'do MMMM, yyyy':
      return `${ordinal(day)} ${MONTHS[month - 1]}, ${year}`;
    case 'dd/MM/yy':
      return `${two(day)}/${two(month)}/${two(year % 100)}`;
    case 'dd/MM/yyyy':
      return `${two(day)}/${two(month)}/${year}`;
  }
}

/** "16:00" in the style's form: "4.00 pm", "4.00pm", "4.00 p.m.", "16:00". */
export function formatTime(clock: string, style: TimeStyle): string {
  const uk = formatUkTime(clock);
  switch (style) {
    case 'h.mm am':
      return uk;
    case 'h.mmam':
      return uk.replace(' ', '');
    case 'h.mm a.m.':
      return uk.replace(/ (a|p)m$/, ' $1.m.');
    case 'HH:mm':
      return clock;
  }
}

const NUMBER_WORDS = [
  'none',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

export interface VoteCounts {
  for: number;
  against: number;
  abstentions: number;
}

/** "{n} abstention|{n} abstentions" for n: the singular form for one, the plural otherwise. */
function countPhrase(template: string, n: number, numbers: HouseStyle['votes']['numbers']): string {
  const [one, many = one] = template.split('|') as [string, string?];
  const written = numbers === 'words' ? (NUMBER_WORDS[n] ?? String(n)) : String(n);
  return fill(n === 1 ? one : many, { n: written });
}

/** "Four in favour, one abstention", "For 7, Against 7, Abstentions 0". */
export function tallyText(votes: HouseStyle['votes'], counts: VoteCounts): string {
  const parts = (['for', 'against', 'abstentions'] as const)
    .filter((key) => !(votes.tally.omitZero && counts[key] === 0))
    .map((key) => countPhrase(votes.tally[key], counts[key], votes.numbers));
  const text = parts.join(votes.tally.joiner);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The vote as the council prints it: the unanimous form, or the counted one with any casting vote. */
export function voteText(votes: HouseStyle['votes'], counts: VoteCounts, decided: { carried: boolean; castingVote: boolean }): string {
  const outcome = decided.carried ? votes.carried : votes.lost;
  if (counts.against === 0 && counts.abstentions === 0 && counts.for > 0 && !decided.castingVote) return fill(votes.unanimous, { outcome });
  return fill(votes.counted, {
    for: String(counts.for),
    against: String(counts.against),
    abstentions: String(counts.abstentions),
    tally: tallyText(votes, counts),
    casting: decided.castingVote ? votes.castingVote : '',
    outcome,
  });
}

/** "On a motion by Councillor S Kelly and seconded by Councillor B Berry it was –"; null where movers are not recorded. */
export function motionText(votes: HouseStyle['votes'], mover: string, seconder: string): string | null {
  return votes.motion === null ? null : fill(votes.motion, { mover, seconder });
}

/** The resolution's label, with the vote inside it where the council puts it there: "Resolved (7:7 …) –". */
export function resolutionLabel(style: Pick<HouseStyle, 'resolutions' | 'votes'>, vote: string | null): string {
  const label = style.resolutions.label.trim();
  if (!vote || style.votes.placement !== 'in-resolution') return label;
  const ending = /\s*[-–—:]$/.exec(label);
  return ending ? `${label.slice(0, ending.index)} ${vote}${ending[0]}` : `${label} ${vote}`;
}

/** Whether one resolution standing alone is printed with "1.". */
export function numbersResolution(style: Pick<HouseStyle, 'resolutions'>, count: number): boolean {
  return count > 1 ? style.resolutions.several === 'numbered' : style.resolutions.numberSingle;
}

/** What stands before each resolution of a run in print: "1.", a bullet, or nothing (one resolution standing alone, unnumbered). */
export type ResolutionMarker = 'number' | 'bullet' | 'none';

/**
 * How each of a run of `count` resolutions is marked: as the style numbers them, except that a run the clerk
 * bulleted stays bulleted. With no style, the app's own: numbered (even one alone) unless bulleted.
 */
export function resolutionMarker(style: Pick<HouseStyle, 'resolutions'> | null, count: number, bulleted: boolean): ResolutionMarker {
  if (!style) return bulleted ? 'bullet' : 'number';
  const resolutions = bulleted ? { ...style.resolutions, several: 'bulleted' as const } : style.resolutions;
  if (numbersResolution({ resolutions }, count)) return 'number';
  return count === 1 ? 'none' : 'bullet';
}

/** "Stuart Kelly" → "S Kelly", "Mary Ann Smith" → "M A Smith"; initials already ("J.P. Anderson", "S Kelly") are kept as written. */
export function initialsAndSurname(name: string): string {
  const words = name.trim().split(/\s+/);
  const surname = words.pop() ?? '';
  const initials = words.map((word) => (word.includes('.') || word.length === 1 ? word : word.charAt(0).toLocaleUpperCase('en-GB')));
  return [...initials, surname].join(' ');
}

/** The form a style names people in at a place: movers and seconders may have their own (names.movers). */
export function nameFormAt(style: HouseStyle, place: 'mover' | 'other'): NameForm {
  return place === 'mover' && style.names.movers !== 'as-others' ? style.names.movers : style.names.form;
}

/**
 * A person as the style names them: "Councillor S Kelly", "Councillor Kelly", "J.P. Anderson"; `form` defaults to
 * the style's own. The initial-and-surname form is the roster's short name where it has one ("R Berry").
 */
export function nameAsPrinted(
  style: HouseStyle,
  person: { title: string; name: string; shortName?: string },
  firstMention: boolean,
  form: NameForm = style.names.form,
): string {
  const councillor = /^(councillor|cllr)/i.test(person.title);
  const title = councillor && !style.names.councillorTitle ? '' : person.title;
  // Officers (no title) are always named in full: "Jeanette Richards", never "Richards" or "J Richards".
  const surnameOnly = form === 'surname' || (form === 'full-then-surname' && !firstMention);
  const name = !title
    ? person.name
    : surnameOnly
      ? (person.name.trim().split(/\s+/).at(-1) ?? person.name)
      : form === 'initial-and-surname'
        ? person.shortName?.trim() || initialsAndSurname(person.name)
        : person.name;
  return title ? `${title} ${name}` : name;
}

/** "Meeting closed at 8.40 pm", "(Note: The meeting started at 5.30 pm and ended at 6.45 pm)". */
export function closeText(style: HouseStyle, startedAt: string, endedAt: string): string {
  const time = (clock: string) => (clock ? formatTime(clock, style.datesAndTimes.time) : '');
  return fill(style.close.wording, { start: time(startedAt), end: time(endedAt) });
}

/**
 * Whether the minutes print when the meeting started: the close's {start}, the heading's time field or its title's
 * {time}. Gotham's "Meeting closed at {end}" under a title without a time never does, so the close need not ask it.
 * The app's own wording (no style) prints it.
 */
export function printsStartTime(style: HouseStyle | null): boolean {
  if (!style) return true;
  return style.close.wording.includes('{start}') || style.heading.fields.includes('start-time') || style.heading.title.includes('{time}');
}

/** Under the chair's role where the style's signature is dated (close.signature.dated): a line for the date of signing, left blank. */
export const SIGNATURE_DATE_LINE = 'Date: ……………………';

/** The chair's name under the signature line, or null where the style has no signature block. */
export function signatureName(style: HouseStyle, chair: string): string | null {
  return style.close.signature ? fill(style.close.signature.name, { chair, CHAIR: chair.toUpperCase() }) : null;
}

/** The heading's first line: "Minutes of a Meeting of the Planning & Development Committee (28/02/17)". */
export function headingTitle(style: HouseStyle, meeting: { committee: string; council: string; date: string; time: string }): string {
  return fill(style.heading.title, {
    committee: meeting.committee,
    COMMITTEE: meeting.committee.toLocaleUpperCase('en-GB'),
    council: meeting.council,
    date: meeting.date ? formatDate(meeting.date, style.datesAndTimes.headingDate) : '',
    time: meeting.time ? formatTime(meeting.time, style.datesAndTimes.time) : '',
  }).trim();
}

/**
 * The notice printed in place of an exempt item. Without a valid paragraph (the checks ask for one) it cites
 * Part 1 of Schedule 12A without one, rather than printing a note to the clerk such as "[paragraph not recorded]".
 */
export function exemptNotice(print: Pick<PrintSettings, 'exemptNotice'>, paragraph: string): string {
  const value = paragraph.trim();
  if (isValidExemptParagraph(value)) return print.exemptNotice.split('{paragraph}').join(value);
  return print.exemptNotice
    .replace(/\s*paragraph \{paragraph\} of\s*/g, ' ')
    .split('{paragraph}')
    .join('')
    .replace(/\s{2,}/g, ' ');
}

/**
 * An executive decision's part labels and where they go: the style's ("REASONS FOR DECISION –", inline), else the
 * app's own ("Reasons for the decision:") on lines of their own. The export and the editor's part headings both
 * read them here, so the clerk sees the words the minutes will print.
 */
export function decisionPartLabels(style: HouseStyle | null): Pick<HouseStyle['decisionParts'], 'decision' | 'reasons' | 'alternatives' | 'placement'> {
  return style ? style.decisionParts : { ...cabinetPartHeadings, placement: 'own-line' };
}

/** Which "none" form of a style each standard statement prints as. */
const noneFieldOf: Record<StatementKind, keyof HouseStyle['none']> = {
  'no-apologies': 'apologies',
  'no-declarations': 'declarations',
  'no-public-questions': 'publicQuestions',
  'no-member-questions': 'memberQuestions',
  'no-urgent-business': 'urgentBusiness',
};

/**
 * What is printed where there was nothing: the style's form ("Nil."), else the app's statement ("There were no
 * declarations."). The export prints it, the editor inserts it as the statement's words, and a statement in these
 * words reads as the standard block.
 */
export function noneWording(style: HouseStyle | null, statement: StatementKind): string {
  return style ? style.none[noneFieldOf[statement]] : statements[statement];
}

/** After a declaration whose member left the room for the item: the style's withdrawal words for "They", else the app's. */
export function declarationLeftRoomSentence(style: HouseStyle | null): string {
  return style ? fill(style.interests.withdrawal, { member: 'They' }) : 'They left the room while the item was considered.';
}

/** The words before a run of resolutions: the style's label ("Resolved –"), else the template's ("It was agreed:"). */
export function resolutionsLabelIn(style: HouseStyle | null, templateHeading: string): string {
  return style ? style.resolutions.label : templateHeading;
}
