// What a set of minutes says, as plain data: the interface between the editor
// (which produces it from its Lexical JSON, core/minutes/read-minutes.ts) and
// the exporters (which lay it out as DOCX and HTML/PDF). Neither side knows
// the other; both know this file.

/** A run of text with its emphasis. Text is always literal: never markup. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** One paragraph of rich text. */
export type RichText = TextRun[];

/** A person as the minutes name them; personId links to the committee roster when known. */
export interface PersonRef {
  personId: string | null;
  /** As it is written in the minutes, e.g. "Councillor S Wright" or "Jeanette Richards". */
  name: string;
}

export type InterestKind = 'personal' | 'prejudicial' | 'disclosable-pecuniary' | 'other';

export interface Declaration {
  member: PersonRef;
  /** The agenda item the interest concerns (its id), or null for the meeting as a whole. */
  itemId: string | null;
  kind: InterestKind;
  reason: RichText;
  /** For prejudicial and pecuniary interests: the member left the room for the item and returned after it. */
  leftRoom: boolean;
}

export interface Action {
  id: string;
  owner: PersonRef | null;
  description: RichText;
  /** ISO date, or null when no date was set. */
  due: string | null;
}

export type VoteChoice = 'for' | 'against' | 'abstain';

export interface Vote {
  motion: RichText;
  mover: PersonRef | null;
  seconder: PersonRef | null;
  /** Counts, or a recorded (named) vote from which the counts are derived. */
  counts: { for: number; against: number; abstain: number };
  recorded: Array<{ member: PersonRef; choice: VoteChoice }> | null;
  castingVote: 'for' | 'against' | null;
  result: 'carried' | 'lost';
}

export type PlanningOutcome = 'approve' | 'approve-conditions' | 'approve-agreement' | 'refuse' | 'defer';
export type SpeakerRole = 'objector' | 'supporter' | 'applicant' | 'agent' | 'ward-member' | 'parish-council' | 'other';

/** A planning application as the committee considered it (core/blocks/planning-application-block.ts). */
export interface PlanningApplication {
  /** "23/01234/FUL", or empty when not recorded. */
  reference: string;
  site: string;
  proposal: RichText;
  applicant: string;
  ward: string;
  recommendation: PlanningOutcome | 'none';
}

/**
 * A bulleted or numbered list. `sublists` holds lists nested under an item (by the item's index), so a
 * numbered point 3 stays 3 after a nested list under point 2; deeper nesting is kept within the sublist.
 */
export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: RichText[];
  sublists?: Array<{ after: number; ordered: boolean; items: RichText[] }>;
}

/** Whether an executive decision is a key decision (notice in the Forward Plan; call-in applies): unknown until the clerk says (absent: not recorded). */
export type KeyDecision = 'not-recorded' | 'key' | 'not-key';

/** The blocks that can appear under an agenda item. */
export type MinuteBlock =
  | { kind: 'paragraph'; text: RichText }
  /** A heading the clerk typed inside an item (the toolbar's Heading 1 / Heading 2): level 1 or 2 below the item's own heading. */
  | { kind: 'heading'; level: 1 | 2; text: RichText }
  | ListBlock
  | { kind: 'apologies'; entries: Array<{ person: PersonRef; reason: string }> }
  | { kind: 'declarations'; entries: Declaration[] }
  | {
      kind: 'question';
      audience: 'public' | 'member';
      askedBy: PersonRef | null;
      question: RichText;
      response: RichText;
      respondent: PersonRef | null;
    }
  | { kind: 'no-questions'; audience: 'public' | 'member' }
  /**
   * "It was agreed:" / "Resolved:" with numbered resolutions; the heading wording comes from the template.
   * `bulleted` (only present when true): the committee writes them as bullet points ("· The update be noted").
   */
  | { kind: 'resolutions'; heading: string; resolutions: RichText[]; bulleted?: true }
  /** A record of an executive decision (regulation 12 of the 2012 Executive Arrangements regulations). */
  | { kind: 'cabinet-decision'; decision: RichText[]; reasons: RichText[]; alternatives: RichText[]; keyDecision?: KeyDecision }
  | { kind: 'vote'; vote: Vote }
  /**
   * A motion (core/blocks/motion-block.ts): what was moved and its vote, the amendments moved to it (each with
   * its own mover, seconder and vote) and the resolution it carried, in the clerk's words (empty: the motion's
   * own words are the resolution). `label` is the template's resolutions wording ("Resolved –").
   */
  | { kind: 'motion'; moved: Vote; amendments: Vote[]; resolution: RichText[]; label: string }
  | { kind: 'action'; action: Action }
  /** A member who left the room for this item (core/blocks/withdrawal-block.ts); `reason` is anything typed about why. */
  | { kind: 'withdrawal'; member: PersonRef | null; reason: RichText; returned: boolean }
  | { kind: 'planning-application'; application: PlanningApplication }
  /** A registered speaker on an application: objector, supporter, ward member…; `said` is any summary typed. */
  | {
      kind: 'planning-speaker';
      role: SpeakerRole;
      speaker: PersonRef | null;
      said: RichText;
    }
  /**
   * The committee's decision on an application, with its numbered conditions or reasons for refusal. `wording`
   * is the clerk's own words (empty: the standard wording for the outcome); `reference` is the application's;
   * `label` is the template's resolutions wording ("Resolved –"); `motion` is the motion that carried it, when the
   * decision directly follows one ("On a motion by … it was – Resolved (7:7 …) – That the application be …").
   */
  | {
      kind: 'planning-decision';
      label: string;
      reference: string;
      outcome: PlanningOutcome | 'none';
      wording: RichText;
      conditions: RichText[];
      reasons: RichText[];
      motion: { moved: Vote; amendments: Vote[] } | null;
    }
  | { kind: 'no-urgent-business' };

export interface AgendaItemMinutes {
  id: string;
  /** The minute number as printed, e.g. "1" or "CYP.12". */
  number: string;
  title: string;
  /**
   * Press and public excluded: the Schedule 12A paragraph relied on, or null for a public item.
   * `problem` (core/publication/exempt-field.ts) says what is wrong with a stored value that is not a paragraph 1 to 7.
   */
  exempt: { paragraph: string; problem?: string | null } | null;
  urgent: boolean;
  /** The report the item considers, as the agenda names it ("Report of the Head of Planning"); none when absent or null. */
  reportName?: string | null;
  blocks: MinuteBlock[];
}

export interface MinutesContent {
  /** Text typed before the first agenda item (rare; kept so nothing is lost). */
  preamble: MinuteBlock[];
  items: AgendaItemMinutes[];
  close: { chair: PersonRef | null; startedAt: string | null; endedAt: string | null } | null;
}
