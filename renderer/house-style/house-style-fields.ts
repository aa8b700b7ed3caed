// The house style editor's form, as a table: each section and each field with
// its label, its one-line hint and the control that edits it. The editor draws
// whatever is here, so a new field of the schema (or a new section, such as the
// print settings) is one line in this table. Paths are the schema's own
// ("votes.motion"), so the schema's sentence for a field lands beside it.
import { dateStyles, headingFields, timeStyles, type PlanningWording } from '../../core/house-style/house-style-schema';

export type FieldControl =
  | { kind: 'text'; max: number; long?: boolean }
  /** Text where nothing at all means null ("no movers recorded", "no note"). */
  | { kind: 'text-or-none'; max: number; long?: boolean }
  | { kind: 'yes-no' }
  /** A whole number within the schema's bounds (the font size in points). */
  | { kind: 'number'; min: number; max: number }
  | { kind: 'choice'; options: ReadonlyArray<readonly [value: string, label: string]> }
  /** Some of a fixed list, in the order chosen (the heading's fields). */
  | { kind: 'some-of'; options: ReadonlyArray<readonly [value: string, label: string]> }
  /** A group that is there or null; `whenOn` is what it starts as when switched on. */
  | { kind: 'present'; whenOn: unknown };

export interface StyleField {
  path: string;
  label: string;
  hint: string;
  control: FieldControl;
  /** Shown only while this path holds something (the signature's lines when there is a signature). */
  shownWith?: string;
}

export interface StyleSection {
  title: string;
  fields: ReadonlyArray<StyleField>;
}

const placement = {
  kind: 'choice',
  options: [
    ['inline', 'On the same line as the text'],
    ['own-line', 'On a line of its own'],
  ],
} as const;

const nameFormOptions: ReadonlyArray<readonly [string, string]> = [
  ['roster', 'As on the roster (Councillor Stuart Kelly)'],
  ['initial-and-surname', 'Initials and surname (Councillor S Kelly)'],
  ['surname', 'By surname (Councillor Kelly)'],
  ['full-then-surname', 'In full first, then by surname'],
];

const dateOptions: ReadonlyArray<readonly [string, string]> = dateStyles.map((style) => [
  style,
  {
    'd MMMM yyyy': '23 May 2024',
    'EEEE d MMMM yyyy': 'Thursday 23 May 2024',
    'EEEE, do MMMM, yyyy': 'Thursday, 23rd May, 2024',
    'do MMMM, yyyy': '23rd May, 2024',
    'dd/MM/yy': '23/05/24',
    'dd/MM/yyyy': '23/05/2024',
  }[style],
]);
const timeOptions: ReadonlyArray<readonly [string, string]> = timeStyles.map((style) => [
  style,
  { 'h.mm am': '5.30 pm', 'h.mmam': '5.30pm', 'h.mm a.m.': '5.30 p.m.', 'HH:mm': '17:30' }[style],
]);
const headingOptions: ReadonlyArray<readonly [string, string]> = headingFields.map((field) => [
  field,
  {
    venue: 'Venue',
    'start-time': 'Start time',
    contact: 'Contact',
    present: 'Present',
    'also-in-attendance': 'Also in attendance',
    public: 'Public',
    apologies: 'Apologies',
    absent: 'Absent',
    date: 'Date',
  }[field],
]);

export const styleSections: ReadonlyArray<StyleSection> = [
  {
    title: 'About this style',
    fields: [
      { path: 'name', label: 'Name of the style', hint: 'Shown when a committee chooses its house style.', control: { kind: 'text', max: 120 } },
      { path: 'council', label: 'Council', hint: 'The council whose minutes it follows.', control: { kind: 'text', max: 200 } },
    ],
  },
  {
    title: 'Resolutions',
    fields: [
      {
        path: 'resolutions.label',
        label: 'Words before a resolution',
        hint: 'Such as “RESOLVED –”, “Resolved:” or “It was agreed:”.',
        control: { kind: 'text', max: 80 },
      },
      { path: 'resolutions.placement', label: 'Where those words go', hint: 'Before the resolution’s text, or on a line above it.', control: placement },
      {
        path: 'resolutions.numberSingle',
        label: 'Number a resolution standing alone (“1.”)',
        hint: 'Most councils leave a single resolution unnumbered.',
        control: { kind: 'yes-no' },
      },
      {
        path: 'resolutions.several',
        label: 'Two or more resolutions',
        hint: 'Numbered 1., 2., 3., or set out as bullet points.',
        control: {
          kind: 'choice',
          options: [
            ['numbered', 'Numbered'],
            ['bulleted', 'Bullet points'],
          ],
        },
      },
    ],
  },
  {
    title: 'Decisions',
    fields: [
      {
        path: 'decisionParts.decision',
        label: 'Label for the decision',
        hint: 'An executive decision’s first part: “Decision:”.',
        control: { kind: 'text', max: 80 },
      },
      { path: 'decisionParts.reasons', label: 'Label for the reasons', hint: 'Such as “REASONS FOR DECISION –”.', control: { kind: 'text', max: 80 } },
      {
        path: 'decisionParts.alternatives',
        label: 'Label for the options rejected',
        hint: 'Such as “Other options considered and rejected:”.',
        control: { kind: 'text', max: 80 },
      },
      { path: 'decisionParts.placement', label: 'Where the labels go', hint: 'Before each part’s text, or on a line above it.', control: placement },
      {
        path: 'decisionParts.notKeyDecisionNote',
        label: 'Note after a decision that is not a key decision',
        hint: 'Leave empty for none.',
        control: { kind: 'text-or-none', max: 400, long: true },
      },
    ],
  },
  {
    title: 'Votes',
    fields: [
      {
        path: 'votes.motion',
        label: 'How a motion is introduced',
        hint: '{mover} and {seconder} are filled in; leave empty where movers are not recorded.',
        control: { kind: 'text-or-none', max: 300, long: true },
      },
      {
        path: 'votes.placement',
        label: 'Where the vote is printed',
        hint: 'Inside the resolution’s words (“Resolved (7:7 …) –”), or as a sentence after the motion.',
        control: {
          kind: 'choice',
          options: [
            ['in-resolution', 'Inside the resolution’s words'],
            ['after-motion', 'A sentence after the motion'],
          ],
        },
      },
      {
        path: 'votes.counted',
        label: 'A counted vote',
        hint: '{for}, {against}, {abstentions} as numbers, {tally} as the counts below, {casting}, {outcome}.',
        control: { kind: 'text', max: 300, long: true },
      },
      {
        path: 'votes.tally.for',
        label: 'Count for',
        hint: '{n} is the number; “{n} vote|{n} votes” gives the singular and plural.',
        control: { kind: 'text', max: 80 },
      },
      { path: 'votes.tally.against', label: 'Count against', hint: 'Such as “{n} against”.', control: { kind: 'text', max: 80 } },
      { path: 'votes.tally.abstentions', label: 'Abstentions', hint: 'Such as “{n} abstention|{n} abstentions”.', control: { kind: 'text', max: 80 } },
      { path: 'votes.tally.joiner', label: 'Between the counts', hint: 'Such as a comma and a space.', control: { kind: 'text', max: 10 } },
      {
        path: 'votes.tally.omitZero',
        label: 'Leave out a count of nought',
        hint: '“Four in favour, one abstention”, with no “none against”.',
        control: { kind: 'yes-no' },
      },
      {
        path: 'votes.numbers',
        label: 'Counts written as',
        hint: 'Digits (7) or words (Seven).',
        control: {
          kind: 'choice',
          options: [
            ['digits', 'Digits'],
            ['words', 'Words'],
          ],
        },
      },
      {
        path: 'votes.castingVote',
        label: 'The chair’s casting vote',
        hint: 'Filled in for {casting} when the chair decided a tie.',
        control: { kind: 'text', max: 120 },
      },
      {
        path: 'votes.unanimous',
        label: 'A vote with none against',
        hint: 'Printed instead of the counts; {outcome} is filled in.',
        control: { kind: 'text', max: 120 },
      },
      {
        path: 'votes.named',
        label: 'A recorded (named) vote',
        hint: '{for}, {against}, {abstentions} as lists of names; {outcome}.',
        control: { kind: 'text', max: 600, long: true },
      },
      { path: 'votes.carried', label: 'A motion carried', hint: 'The word for {outcome}: “carried”.', control: { kind: 'text', max: 40 } },
      { path: 'votes.lost', label: 'A motion lost', hint: 'The word for {outcome}: “lost”.', control: { kind: 'text', max: 40 } },
    ],
  },
  {
    title: '“None” wording',
    fields: [
      { path: 'none.apologies', label: 'No apologies', hint: 'Such as “There were no apologies for absence.” or “Nil.”', control: { kind: 'text', max: 200 } },
      { path: 'none.declarations', label: 'No declarations', hint: 'Such as “There were no declarations.”', control: { kind: 'text', max: 200 } },
      { path: 'none.publicQuestions', label: 'No public questions', hint: 'Such as “There were no public questions.”', control: { kind: 'text', max: 200 } },
      { path: 'none.memberQuestions', label: 'No member questions', hint: 'Such as “There were no member questions.”', control: { kind: 'text', max: 200 } },
      { path: 'none.urgentBusiness', label: 'No urgent business', hint: 'Such as “There was no urgent business.”', control: { kind: 'text', max: 200 } },
      {
        path: 'none.nothingToReport',
        label: 'Nothing to report',
        hint: 'Matters arising with nothing to say: “Nil to report.”',
        control: { kind: 'text', max: 200 },
      },
    ],
  },
  {
    title: 'Names',
    fields: [
      {
        path: 'names.form',
        label: 'How people are named',
        hint: 'As on the roster, by surname, or in full the first time and by surname after.',
        control: {
          kind: 'choice',
          options: nameFormOptions,
        },
      },
      {
        path: 'names.movers',
        label: 'How movers and seconders are named',
        hint: 'Wirral’s “On a motion by Councillor S Kelly” beside “Councillor Stuart Kelly” elsewhere.',
        control: { kind: 'choice', options: [['as-others', 'As everyone else'], ...nameFormOptions] },
      },
      {
        path: 'names.councillorTitle',
        label: 'Print “Councillor” before a member’s name',
        hint: 'Off for a parish that writes plain names.',
        control: { kind: 'yes-no' },
      },
      { path: 'names.groupTitle', label: 'Group councillors together', hint: '“Councillors J Barry and J Birkin”.', control: { kind: 'yes-no' } },
    ],
  },
  {
    title: 'Withdrawal',
    fields: [
      {
        path: 'interests.withdrawal',
        label: 'A member leaving for one item',
        hint: '{member} is filled in; printed at the item.',
        control: { kind: 'text', max: 300, long: true },
      },
    ],
  },
  {
    title: 'Close and signature',
    fields: [
      {
        path: 'close.wording',
        label: 'Close of the meeting',
        hint: '{start} and {end} are the times: “Meeting closed at {end}”.',
        control: { kind: 'text', max: 300, long: true },
      },
      {
        path: 'close.signature',
        label: 'A signature block for the chair',
        hint: 'Off where the minutes end with the close.',
        control: { kind: 'present', whenOn: { name: '{chair}', role: 'Chair', dated: true } },
      },
      {
        path: 'close.signature.name',
        label: 'Chair’s name under the line',
        hint: '{chair} as on the roster, {CHAIR} in capitals.',
        control: { kind: 'text', max: 120 },
        shownWith: 'close.signature',
      },
      {
        path: 'close.signature.role',
        label: 'Chair’s role',
        hint: 'Such as “Chair” or “Chairman”.',
        control: { kind: 'text', max: 60 },
        shownWith: 'close.signature',
      },
      {
        path: 'close.signature.dated',
        label: 'A line for the date of signing',
        hint: '“Date: …” under the signature, left blank for the chair to fill in.',
        control: { kind: 'yes-no' },
        shownWith: 'close.signature',
      },
      {
        path: 'close.order',
        label: 'Order at the end',
        hint: 'Whether the close wording comes before the signature or after it.',
        control: {
          kind: 'choice',
          options: [
            ['close-then-signature', 'Close, then signature'],
            ['signature-then-close', 'Signature, then close'],
          ],
        },
      },
    ],
  },
  {
    title: 'Heading',
    fields: [
      {
        path: 'heading.title',
        label: 'First line of the minutes',
        hint: '{committee}, {council}, {date} and {time} are filled in.',
        control: { kind: 'text', max: 300, long: true },
      },
      {
        path: 'heading.fields',
        label: 'Lines under it',
        hint: 'Ticked lines print in the order ticked.',
        control: { kind: 'some-of', options: headingOptions },
      },
      {
        path: 'heading.presentOnOneLine',
        label: 'Everyone present on one line, after',
        hint: 'Such as “Councillors, ” for “Present: Councillors, J.P. Anderson (Chairman), M. Wilkins.”; empty for a line per group.',
        control: { kind: 'text-or-none', max: 60 },
      },
      {
        path: 'heading.absentAtApologies',
        label: 'Absent members at the apologies item',
        hint: 'After the apologies: “Apologies: Nil Absent: H.Taylor, A. Clayworth”.',
        control: { kind: 'yes-no' },
      },
      {
        path: 'heading.absentApartFromApologies',
        label: 'List “Absent” apart from “Apologies”',
        hint: 'Members absent without sending apologies.',
        control: { kind: 'yes-no' },
      },
    ],
  },
  {
    title: 'Dates and times',
    fields: [
      {
        path: 'datesAndTimes.headingDate',
        label: 'Date in the heading',
        hint: 'How the meeting’s date reads at the top.',
        control: { kind: 'choice', options: dateOptions },
      },
      {
        path: 'datesAndTimes.textDate',
        label: 'Dates in the text',
        hint: '“The minutes of the meeting held on …”.',
        control: { kind: 'choice', options: dateOptions },
      },
      { path: 'datesAndTimes.time', label: 'Times', hint: 'How times read everywhere.', control: { kind: 'choice', options: timeOptions } },
    ],
  },
  {
    title: 'Item numbers',
    fields: [
      {
        path: 'print.itemNumber',
        label: 'Item number as printed',
        hint: '{n} is the minute number: “{n}.”, “{n}/” or “{n}”.',
        control: { kind: 'text', max: 20 },
      },
      {
        path: 'print.itemTitlesInCapitals',
        label: 'Item titles in capitals',
        hint: 'APOLOGIES FOR ABSENCE rather than Apologies for absence.',
        control: { kind: 'yes-no' },
      },
      {
        path: 'print.showMinuteNumbers',
        label: 'Print minute numbers',
        hint: 'Off for a council whose minutes print item titles without numbers.',
        control: { kind: 'yes-no' },
      },
      {
        path: 'print.reportLine',
        label: 'The report’s name under the title',
        hint: '{report} is the agenda’s name for the report: “{report}.”; empty prints it nowhere.',
        control: { kind: 'text-or-none', max: 300 },
      },
      {
        path: 'print.itemTextRunOn',
        label: 'Short items on the title’s line',
        hint: 'An item of one short paragraph printed after its title: “2/ Declaration on Interest: Nil.”',
        control: { kind: 'present', whenOn: { separator: ': ', maxCharacters: 300 } },
      },
      {
        path: 'print.itemTextRunOn.separator',
        label: 'Between the title and the text',
        hint: 'Such as “: ”; a title already ending with it keeps its own.',
        control: { kind: 'text', max: 10 },
        shownWith: 'print.itemTextRunOn',
      },
      {
        path: 'print.itemTextRunOn.maxCharacters',
        label: 'Longest text run on (characters)',
        hint: 'A longer paragraph is printed under the title.',
        control: { kind: 'number', min: 1, max: 2000 },
        shownWith: 'print.itemTextRunOn',
      },
    ],
  },
  {
    title: 'Printing',
    fields: [
      { path: 'print.fontFamily', label: 'Font', hint: 'The font of the Word and PDF versions, such as Arial.', control: { kind: 'text', max: 60 } },
      {
        path: 'print.fontSizePt',
        label: 'Font size (points)',
        hint: 'The size of the text, from 8 to 20 points.',
        control: { kind: 'number', min: 8, max: 20 },
      },
      {
        path: 'print.exemptNotice',
        label: 'Notice in place of an exempt item',
        hint: 'Printed in the public version instead of the item; {paragraph} is the Schedule 12A paragraph.',
        control: { kind: 'text', max: 600, long: true },
      },
      {
        path: 'print.notForPublication',
        label: 'Words on the full version',
        hint: 'Printed on every page of the full version: “Not for publication”.',
        control: { kind: 'text', max: 80 },
      },
      {
        path: 'print.chairRole',
        label: 'The chair’s role under the signature',
        hint: 'Used where the style has no signature block of its own: “Chair”, “Chairman”.',
        control: { kind: 'text', max: 60 },
      },
      {
        path: 'print.apologyReasonsInPublic',
        label: 'Reasons for apologies in the public version',
        hint: 'Off keeps reasons such as “unwell” out of what is published.',
        control: { kind: 'yes-no' },
      },
      { path: 'print.venueLabel', label: 'Label of the venue line', hint: 'Before the venue in the heading: “Venue:”.', control: { kind: 'text', max: 60 } },
      { path: 'print.timeLabel', label: 'Label of the time line', hint: 'Before the start time in the heading: “Time:”.', control: { kind: 'text', max: 60 } },
      {
        path: 'print.contactLabel',
        label: 'Label of the contact line',
        hint: 'Before the contact officer in the heading: “Contact:”.',
        control: { kind: 'text', max: 60 },
      },
    ],
  },
  {
    title: 'Planning speakers',
    fields: [
      {
        path: 'planning.namedSpeaker',
        label: 'A speaker with a name',
        hint: '{name} and {role}: “{name} ({role}) addressed the Committee.”',
        control: { kind: 'text', max: 300, long: true },
      },
      ...unnamedSpeakerRows(),
    ],
  },
];

/** One row for each kind of speaker not named: the whole sentence, as Wirral's “A Ward Councillor addressed the Committee.” */
function unnamedSpeakerRows(): StyleField[] {
  const who = {
    objector: 'an objector',
    supporter: 'a supporter',
    applicant: 'the applicant',
    agent: 'the applicant’s agent',
    'ward-member': 'a ward member',
    'parish-council': 'the parish council’s speaker',
    other: 'any other speaker',
  } satisfies Record<keyof PlanningWording['unnamedSpeaker'], string>;
  return Object.entries(who).map(([role, words]) => ({
    path: `planning.unnamedSpeaker.${role}`,
    label: `The sentence for ${words} not named`,
    hint: 'Printed when the minutes give no name.',
    control: { kind: 'text', max: 300, long: true },
  }));
}

/** The value at "a.b.c" (undefined when a step is missing or null). */
export function valueAt(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), root);
}

/** A copy of `root` with "a.b.c" set to `value`; the objects on the way are copied, the rest shared. */
export function withValueAt<T>(root: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  const here = (root ?? {}) as Record<string, unknown>;
  return { ...here, [key]: rest.length === 0 ? value : withValueAt(here[key], rest.join('.'), value) } as T;
}
