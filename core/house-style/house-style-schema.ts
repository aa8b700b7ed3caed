// A council's house style for its minutes, as data: the words it puts before a
// resolution and each part of a decision, how it records a motion and a vote,
// how it writes "none", how it names people, whether a single resolution is
// numbered, how the meeting closes, what the heading shows and how dates and
// times read. Each shipped style reproduces a real council's published minutes
// (see styles/ and docs/house-style.md); a council's own is a copy edited by
// hand, so every field is strict and a mistake is named with its fix.
//
// Wording fields are templates: {name} is filled in when the minutes are
// printed. The placeholders each field takes are listed beside it; an unknown
// one is refused on load rather than printed in braces.
import { z } from 'zod';

export const HOUSE_STYLE_FORMAT_VERSION = 1;

/** A template whose {placeholders} are all among `allowed`. */
function wording(allowed: ReadonlyArray<string>, max = 300) {
  return z
    .string()
    .max(max)
    .superRefine((text, context) => {
      for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
        if (!allowed.includes(match[1]!)) {
          const offer = allowed.length ? `use only ${allowed.map((name) => `{${name}}`).join(', ')}` : 'it takes no {placeholders}';
          context.addIssue({ code: 'custom', message: `has the placeholder {${match[1]}}, which this field does not fill`, params: { fix: offer } });
        }
      }
    });
}

/** Where a label goes: before the text on the same line ("RESOLVED - That …") or on a line of its own ("Resolved:"). */
const labelPlacement = z.enum(['inline', 'own-line']);

const resolutionsSchema = z.strictObject({
  /** "RESOLVED -", "Resolved –", "RESOLVED:", "It was agreed:". */
  label: wording([], 80).refine((text) => text.trim() !== '', {
    message: 'is empty',
    params: { fix: 'write the words before a resolution, such as "Resolved –"' },
  }),
  placement: labelPlacement,
  /** "1." before a resolution when it is the only one: most councils leave it out. */
  numberSingle: z.boolean(),
  /** Two or more resolutions: numbered 1., 2., 3. or bullet points. */
  several: z.enum(['numbered', 'bulleted']),
});

const decisionPartsSchema = z.strictObject({
  /** An executive decision's three parts (regulation 12 of the 2012 Executive Arrangements regulations). */
  decision: z.string().trim().min(1).max(80),
  reasons: z.string().trim().min(1).max(80),
  alternatives: z.string().trim().min(1).max(80),
  placement: labelPlacement,
  /** Printed after the parts when the decision is not a key decision; null for none. */
  notKeyDecisionNote: z.string().trim().min(1).max(400).nullable(),
});

const tallySchema = z.strictObject({
  /** Each count's words; "one|many" gives the singular and plural forms: "{n} abstention|{n} abstentions". */
  for: wording(['n'], 80),
  against: wording(['n'], 80),
  abstentions: wording(['n'], 80),
  /** Between the counts: ", ". */
  joiner: z.string().max(10),
  /** Leave out a count of nought ("Four in favour, one abstention", with no "none against"). */
  omitZero: z.boolean(),
});

const votesSchema = z.strictObject({
  /**
   * How a moved motion is introduced: "On a motion by {mover} and seconded by
   * {seconder} it was –". Null where the council does not record movers (a Cabinet).
   */
  motion: wording(['mover', 'seconder']).nullable(),
  /**
   * Where the vote is printed: "in-resolution" puts `counted` inside the
   * resolution's label ("Resolved (7:7 and on the chair's casting vote) –");
   * "after-motion" prints `counted` as a sentence after the motion.
   */
  placement: z.enum(['in-resolution', 'after-motion']),
  /** The vote as counted: {for}, {against}, {abstentions} as numbers, {tally} as `tally` words, {casting} as `castingVote` or "". */
  counted: wording(['for', 'against', 'abstentions', 'tally', 'casting', 'outcome']),
  tally: tallySchema,
  /** Counts as digits ("7") or words ("Four", capitalised at the start of the tally). */
  numbers: z.enum(['digits', 'words']),
  /** Filled into {casting} when the chair's casting vote decided a tie. */
  castingVote: wording([], 120),
  /** Printed for a vote with none against and no abstentions, in place of `counted`: "(unanimously)". */
  unanimous: wording(['outcome'], 120),
  /** A recorded (named) vote: {for}, {against}, {abstentions} as lists of names. */
  named: wording(['for', 'against', 'abstentions', 'outcome'], 600),
  /** {outcome}: the words for a motion carried and one lost. */
  carried: z.string().trim().min(1).max(40),
  lost: z.string().trim().min(1).max(40),
});

const noneSchema = z.strictObject({
  /** What is printed where there was nothing: "There were no declarations." or "Nil." */
  apologies: z.string().trim().min(1).max(200),
  declarations: z.string().trim().min(1).max(200),
  publicQuestions: z.string().trim().min(1).max(200),
  memberQuestions: z.string().trim().min(1).max(200),
  urgentBusiness: z.string().trim().min(1).max(200),
  /** Matters arising or progress with nothing to report: "Nil to report." */
  nothingToReport: z.string().trim().min(1).max(200),
});

/**
 * "roster": always as on the roster ("Councillor Stuart Kelly", "J.P. Anderson");
 * "initial-and-surname": the roster's forenames cut to initials ("Councillor S Kelly"; officers by full name);
 * "surname": "Councillor Kelly" (officers by full name);
 * "full-then-surname": the roster form on first mention in the minutes, then the surname form.
 */
export const nameForms = ['roster', 'initial-and-surname', 'surname', 'full-then-surname'] as const;
export type NameForm = (typeof nameForms)[number];

const namesSchema = z.strictObject({
  form: z.enum(nameForms),
  /**
   * Movers and seconders in a form of their own: Wirral's "On a motion by Councillor S Kelly" beside its
   * declarations' "Councillor Stuart Kelly". "as-others" (the default) names them as `form` does.
   */
  movers: z.enum(['as-others', ...nameForms]).default('as-others'),
  /** Print "Councillor" before a member's name; false for a parish that writes plain names. */
  councillorTitle: z.boolean(),
  /** Several councillors together: "Councillors J Barry and J Birkin". */
  groupTitle: z.boolean(),
});

const interestsSchema = z.strictObject({
  /** A member leaving for one item, printed at that item: "{member} left the room for this item and returned after it." */
  withdrawal: wording(['member'], 300),
});

const closeSchema = z.strictObject({
  /** "Meeting closed at {end}", "(Note: The meeting started at {start} and ended at {end})". */
  wording: wording(['start', 'end'], 300),
  /** A signature block for the chair, or null where the minutes end with the close wording. */
  signature: z
    .strictObject({
      /** "{chair}" as the roster has them, or "{CHAIR}" in capitals: "COUNCILLOR S WRIGHT". */
      name: wording(['chair', 'CHAIR'], 120),
      role: z.string().trim().min(1).max(60),
      /** A line for the date of signing. */
      dated: z.boolean(),
    })
    .nullable(),
  /** Whether the close follows the signature ("COUNCILLOR S WRIGHT / Chair / (Note: …)") or comes before it. */
  order: z.enum(['close-then-signature', 'signature-then-close']),
});

/** Fields the heading may show, in the order printed; "date" is a line of its own ("Date of Meeting: 23 March 2022"), apart from any {date} in the title. */
export const headingFields = ['venue', 'start-time', 'contact', 'present', 'also-in-attendance', 'public', 'apologies', 'absent', 'date'] as const;

const headingSchema = z.strictObject({
  /** The first line: "Minutes of a Meeting of the {committee} ({date})", "{committee} - {date} {time}". */
  /** {COMMITTEE} is the committee's name in capitals ("Minutes of: CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE"). */
  title: wording(['committee', 'COMMITTEE', 'council', 'date', 'time'], 300),
  fields: z
    .array(z.enum(headingFields))
    .max(headingFields.length)
    .refine((fields) => new Set(fields).size === fields.length, { message: 'lists a field twice', params: { fix: 'keep each field once' } }),
  /** "Absent:" apart from "Apologies:" (without apologies); false folds the absent into nothing. */
  absentApartFromApologies: z.boolean(),
  /**
   * Every name under "Present:" on one line after these words: "Councillors, " gives Gotham's "Present:
   * Councillors, J.P. Anderson (Chairman), M. Wilkins, …". Null (the default): the chair, the councillors and
   * the others each on a line of their own.
   */
  presentOnOneLine: z.string().max(60).nullable().default(null),
  /**
   * Members absent without apologies printed after the apologies at the apologies item, in the heading's words:
   * Gotham's "1/ Apologies: Nil Absent: H.Taylor, A. Clayworth". Off (the default): only where `fields` has "absent".
   */
  absentAtApologies: z.boolean().default(false),
});

/** Date forms: "23 March 2022", "Thursday, 23rd May, 2024", "21st February, 2017", "28/02/17". */
export const dateStyles = ['d MMMM yyyy', 'EEEE d MMMM yyyy', 'EEEE, do MMMM, yyyy', 'do MMMM, yyyy', 'dd/MM/yy', 'dd/MM/yyyy'] as const;
/** Time forms: "5.30 pm", "5.30pm", "7.30 p.m.", "17:30". */
export const timeStyles = ['h.mm am', 'h.mmam', 'h.mm a.m.', 'HH:mm'] as const;

const datesAndTimesSchema = z.strictObject({
  /** The date in the heading's title. */
  headingDate: z.enum(dateStyles),
  /** Dates in the text of the minutes ("the meeting held on 26 May 2020"). */
  textDate: z.enum(dateStyles),
  time: z.enum(timeStyles),
});

/** {paragraph} is replaced by the Schedule 12A paragraph the item relied on. */
export const DEFAULT_EXEMPT_NOTICE =
  'The press and public were excluded from the meeting for this item under paragraph {paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972, as it involved the likely disclosure of exempt information.';

/**
 * How the minutes are set on the page. Every field has the usual council choice as its default (Arial 12, items
 * in capitals, numbers shown), so a style written before a field was added still loads; a field present but
 * wrong is refused like any other. Minutes made without a house style print with these defaults.
 */
export const printSchema = z.strictObject({
  /** Item numbers as printed: "{n}/" (Gotham), "{n}." or "{n}"; {n} is the minute number ("CYP.12" with a prefix). */
  itemNumber: wording(['n'], 20).default('{n}'),
  itemTitlesInCapitals: z.boolean().default(true),
  /** Print the minute number before each item's title at all. */
  showMinuteNumbers: z.boolean().default(true),
  /**
   * An item whose minutes are one paragraph printed on its title's line, after `separator` ("2/ Declaration on
   * Interest: Nil.", as Gotham prints them); a paragraph longer than `maxCharacters` stays under the title. Null
   * (the default) prints every item's text under its title.
   */
  itemTextRunOn: z
    .strictObject({
      /** Between the title and the text: ": ". A title that already ends with it ("Apologies:") gets a space. */
      separator: z.string().max(10),
      maxCharacters: z.number().int().min(1).max(2000),
    })
    .nullable()
    .default(null),
  /**
   * The agenda's name for the item's report, printed first under its title: "{report}." gives NEDDC's "Report of
   * Councillor N Barker, Leader of the Council …". Null (the default) prints it nowhere.
   */
  reportLine: wording(['report'], 300).nullable().default(null),
  fontFamily: z.string().trim().min(1).max(60).default('Arial'),
  fontSizePt: z.number().min(8).max(20).default(12),
  /** Printed in place of an exempt item's minutes. */
  exemptNotice: wording(['paragraph'], 600)
    .refine((text) => text.trim() !== '', { message: 'is empty', params: { fix: 'write the notice printed in place of an exempt item' } })
    .default(DEFAULT_EXEMPT_NOTICE),
  /** On every page of a full version that says more than the public one. */
  notForPublication: z.string().trim().min(1).max(80).default('Not for publication'),
  /** The role under the chair's signature in the app's own close (a style's signature block names its own). */
  chairRole: z.string().trim().min(1).max(60).default('Chair'),
  /** Apology and absence reasons ("unwell") in the public version: off unless the council chooses to print them. */
  apologyReasonsInPublic: z.boolean().default(false),
  /** Labels of the heading's venue and time lines. */
  venueLabel: z.string().trim().min(1).max(60).default('Venue:'),
  timeLabel: z.string().trim().min(1).max(60).default('Time:'),
  /** Label of the heading's contact line: "Contact: Alan Maher". */
  contactLabel: z.string().trim().min(1).max(60).default('Contact:'),
});

export type PrintSettings = z.output<typeof printSchema>;

/** A sentence with no placeholders that must say something. */
function sentence(fix: string, max = 300) {
  return wording([], max).refine((text) => text.trim() !== '', { message: 'is empty', params: { fix } });
}

/**
 * How a planning committee's minutes word its registered speakers. Every field has the app's own words as its
 * default, so a style written before the section was added still loads (and minutes without a style print these).
 */
export const planningWordingSchema = z
  .strictObject({
    /** A speaker with a name: {name} as the minutes name them, {role} the app's word for their role ("objector"). */
    namedSpeaker: wording(['name', 'role']).default('{name} ({role}) addressed the Committee.'),
    /** A speaker not named, by role: Wirral's "A Ward Councillor addressed the Committee." */
    unnamedSpeaker: z
      .strictObject({
        objector: sentence('write the sentence for an objector not named').default('An objector addressed the Committee.'),
        supporter: sentence('write the sentence for a supporter not named').default('A supporter addressed the Committee.'),
        applicant: sentence('write the sentence for the applicant not named').default('The applicant addressed the Committee.'),
        agent: sentence('write the sentence for the applicant’s agent not named').default('The applicant’s agent addressed the Committee.'),
        'ward-member': sentence('write the sentence for a ward member not named').default('A ward member addressed the Committee.'),
        'parish-council': sentence('write the sentence for the parish council’s speaker not named').default(
          'A representative of the parish council addressed the Committee.',
        ),
        other: sentence('write the sentence for a speaker not named').default('A speaker addressed the Committee.'),
      })
      .prefault({}),
  })
  .prefault({});

export type PlanningWording = z.output<typeof planningWordingSchema>;

/** The app's own planning words: what minutes with no house style print, and what a style leaves as it is. */
export const defaultPlanningWording: PlanningWording = planningWordingSchema.parse(undefined);

/** Where the style came from, so a reader can check it against the council's own minutes. */
const provenanceSchema = z.strictObject({
  /** The published minutes it reproduces (a file in the shared references or an address). */
  reference: z.string().trim().min(1).max(300),
  /** Fields the reference does not show, set to the council's usual form or the app's default: "votes.named". */
  assumed: z.array(z.string().max(80)).max(60),
});

export const houseStyleSchema = z.strictObject({
  formatVersion: z.literal(HOUSE_STYLE_FORMAT_VERSION),
  name: z.string().trim().min(1).max(120),
  council: z.string().trim().min(1).max(200),
  resolutions: resolutionsSchema,
  decisionParts: decisionPartsSchema,
  votes: votesSchema,
  none: noneSchema,
  names: namesSchema,
  interests: interestsSchema,
  close: closeSchema,
  heading: headingSchema,
  datesAndTimes: datesAndTimesSchema,
  print: printSchema,
  planning: planningWordingSchema,
  provenance: provenanceSchema,
});

export type HouseStyle = z.infer<typeof houseStyleSchema>;
