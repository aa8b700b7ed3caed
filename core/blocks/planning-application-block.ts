// A planning application as a committee minutes it, in flat parts the clerk
// types in order (as the cabinet decision's parts are):
// - the application: reference, site, applicant, ward and the officer's
//   recommendation are fields; the proposal is the typed text;
// - each registered speaker: objector, supporter, ward member, applicant…,
//   named, with anything said typed as text;
// - the decision: approved, approved subject to conditions or to a legal
//   agreement, refused or deferred; its words are typed (the standard wording
//   is printed when none are);
// - the conditions, and the reasons (for a refusal), one numbered part each,
//   joining the decision before them.
// Councils must give reasons for a refusal (article 35 of the Town and
// Country Planning (Development Management Procedure) (England) Order 2015),
// so the checks ask for them.
import { z } from 'zod';
import { defaultPlanningWording, type PlanningWording } from '../house-style/house-style-schema';
import { fill } from '../house-style/house-style-wording';
import type { MinuteBlock, PlanningOutcome, SpeakerRole } from '../minutes/minutes-model';
import type { Person } from '../model/person';
import { defineBlock } from './block-definition';
import { choiceField, optionalText, personRef, textField } from './block-fields';
import { personStep, type PromptStep } from './prompt-step';

export const planningParts = ['application', 'speaker', 'decision', 'condition', 'reason'] as const;
export type PlanningPart = (typeof planningParts)[number];

// The values of the model's types (core/minutes/minutes-model.ts); the label records below fail to compile if one is missing.
export const planningOutcomes = ['approve', 'approve-conditions', 'approve-agreement', 'refuse', 'defer'] as const satisfies ReadonlyArray<PlanningOutcome>;
export const speakerRoles = [
  'objector',
  'supporter',
  'applicant',
  'agent',
  'ward-member',
  'parish-council',
  'other',
] as const satisfies ReadonlyArray<SpeakerRole>;

/** The officer's recommendation, as a planning report heads it. */
export const recommendationLabels: Record<PlanningOutcome, string> = {
  approve: 'Approve',
  'approve-conditions': 'Approve subject to conditions',
  'approve-agreement': 'Approve subject to a legal agreement and conditions',
  refuse: 'Refuse',
  defer: 'Defer',
};

/** The decision as resolved, printed when the clerk typed no words of their own. */
export const decisionWording: Record<PlanningOutcome, string> = {
  approve: 'That the application be approved.',
  'approve-conditions': 'That the application be approved subject to the following conditions:',
  'approve-agreement': 'That the application be approved subject to a legal agreement and the following conditions:',
  refuse: 'That the application be refused for the following reasons:',
  defer: 'That consideration of the application be deferred.',
};

/** How the minutes describe a speaker: "Mr J Smith (objector) addressed the Committee." */
export const speakerRoleLabels: Record<SpeakerRole, string> = {
  objector: 'objector',
  supporter: 'supporter',
  applicant: 'applicant',
  agent: 'agent for the applicant',
  'ward-member': 'ward member',
  'parish-council': 'on behalf of the parish council',
  other: 'speaker',
};

/**
 * "Mr J Smith (objector) addressed the Committee.", or "An objector addressed the Committee." with no name, in the
 * house style's words (planning.namedSpeaker, planning.unnamedSpeaker) or the app's: the editor shows what the export prints.
 */
export function speakerSentence(role: SpeakerRole, name: string, wording: PlanningWording = defaultPlanningWording): string {
  return name.trim() ? fill(wording.namedSpeaker, { name: name.trim(), role: speakerRoleLabels[role] }) : wording.unnamedSpeaker[role];
}

/** Outcomes that carry conditions: an approval without them is worded as one with them only if the clerk chose it. */
export function outcomeTakesConditions(outcome: PlanningOutcome | 'none'): outcome is 'approve-conditions' | 'approve-agreement' {
  return outcome === 'approve-conditions' || outcome === 'approve-agreement';
}

export const planningFields = z.object({
  part: choiceField(planningParts, 'application'),
  /** The council's reference, as printed on the application: "23/01234/FUL". */
  reference: textField,
  site: textField,
  applicant: textField,
  ward: textField,
  recommendation: choiceField(['none', ...planningOutcomes], 'none'),
  speakerRole: choiceField(speakerRoles, 'objector'),
  speakerId: optionalText,
  speakerName: textField,
  decision: choiceField(['none', ...planningOutcomes], 'none'),
});
export type PlanningFields = z.infer<typeof planningFields>;

type Decision = Extract<MinuteBlock, { kind: 'planning-decision' }>;

export const planningApplicationBlock = defineBlock<PlanningFields>({
  type: 'planning-application',
  fields: planningFields,
  read(fields, text, blocks, context) {
    const label = context.resolutions.heading;
    switch (fields.part) {
      case 'application':
        blocks.push({
          kind: 'planning-application',
          application: {
            reference: fields.reference.trim(),
            site: fields.site.trim(),
            proposal: text,
            applicant: fields.applicant.trim(),
            ward: fields.ward.trim(),
            recommendation: fields.recommendation,
          },
        });
        return true;
      case 'speaker':
        blocks.push({ kind: 'planning-speaker', role: fields.speakerRole, speaker: personRef(fields.speakerId, fields.speakerName), said: text });
        return true;
      case 'decision': {
        // Directly after the motion that carried it, the decision is that motion's resolution: they print as one.
        const last = blocks.at(-1);
        const carriedBy =
          last?.kind === 'motion' && !last.resolution.some((part) => part.some((run) => run.text.trim())) && last.moved.result === 'carried' ? last : null;
        if (carriedBy) blocks.pop();
        const motion = carriedBy && { moved: carriedBy.moved, amendments: carriedBy.amendments };
        blocks.push({
          kind: 'planning-decision',
          label,
          reference: lastReference(blocks),
          outcome: fields.decision,
          wording: text,
          conditions: [],
          reasons: [],
          motion,
        });
        return true;
      }
      case 'condition':
      case 'reason': {
        const last = blocks.at(-1);
        // A condition typed with no decision before it still belongs to an (unrecorded) decision: the checks ask for it.
        const decision: Decision =
          last?.kind === 'planning-decision'
            ? last
            : { kind: 'planning-decision', label, reference: lastReference(blocks), outcome: 'none', wording: [], conditions: [], reasons: [], motion: null };
        if (decision !== last) blocks.push(decision);
        (fields.part === 'condition' ? decision.conditions : decision.reasons).push(text);
        return true;
      }
    }
  },
  editSteps: (fields, context) => {
    const roster = context.meeting.roster;
    if (fields.part === 'application') return applicationSteps(fields);
    if (fields.part === 'speaker') return speakerSteps(roster, fields);
    if (fields.part === 'decision') return decisionSteps(fields);
    return [];
  },
});

/**
 * Whether an agenda item's title names a planning application by its reference, as planning committees head their
 * items ("APP/20/00094: Land at Example School", "23/01234/FUL 14 Mill Lane", "DC/20/12345/FUL"). A general heading
 * ("Planning Applications Received") names none.
 */
export function titleNamesApplication(title: string): boolean {
  return /^\s*(?:[a-z]{1,5}\/)?\d{2,4}\/\d{3,6}(?:\/[a-z]{2,6})?\b/i.test(title);
}

/** The reference of the application the item last recorded, so a decision's checks can name it. */
function lastReference(blocks: MinuteBlock[]): string {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index]!;
    if (block.kind === 'planning-application') return block.application.reference;
  }
  return '';
}

function textStep(label: string, field: 'reference' | 'site' | 'applicant' | 'ward', initial: string): PromptStep<PlanningFields> {
  return { label, allowFree: true, initial, toPatch: (value) => ({ [field]: value.trim() }) };
}

function outcomeOptions(): Array<{ value: string; label: string; keywords: string }> {
  return planningOutcomes.map((outcome) => ({ value: outcome, label: recommendationLabels[outcome], keywords: outcome.replace('-', ' ') }));
}

/** Reference, site, applicant, ward, then the officer's recommendation; the proposal is typed in the block. */
export function applicationSteps(current: Pick<PlanningFields, 'reference' | 'site' | 'applicant' | 'ward'>): PromptStep<PlanningFields>[] {
  return [
    {
      ...textStep('Application reference (e.g. 23/01234/FUL)', 'reference', current.reference),
      hint: 'Type the reference as the report gives it.',
      toPatch: (value) => (value.trim() ? { reference: value.trim() } : null),
    },
    textStep('Site address', 'site', current.site),
    textStep('Applicant', 'applicant', current.applicant),
    textStep('Ward', 'ward', current.ward),
    {
      label: 'Officer’s recommendation',
      options: [{ value: 'none', label: 'No recommendation recorded', keywords: '' }, ...outcomeOptions()],
      toPatch: (value) => ({ recommendation: planningFields.parse({ recommendation: value }).recommendation }),
    },
  ];
}

/** What kind of speaker, then who (a member from the roster, or a name typed as the minutes give it). */
export function speakerSteps(roster: Person[], current: Pick<PlanningFields, 'speakerName'>): PromptStep<PlanningFields>[] {
  return [
    {
      label: 'Speaker',
      options: speakerRoles.map((role) => ({ value: role, label: speakerRoleLabels[role].replace(/^./, (first) => first.toUpperCase()) })),
      toPatch: (value) => ({ speakerRole: planningFields.parse({ speakerRole: value }).speakerRole }),
    },
    personStep<PlanningFields>('Name (as the minutes give it)', { id: 'speakerId', name: 'speakerName' }, roster, current.speakerName),
  ];
}

export function decisionSteps(current: Pick<PlanningFields, 'decision'>): PromptStep<PlanningFields>[] {
  const options = outcomeOptions().map((option) => ({
    ...option,
    label: option.label
      .replace(/^Approve/, 'Approved')
      .replace(/^Refuse$/, 'Refused')
      .replace(/^Defer$/, 'Deferred'),
  }));
  const order =
    current.decision === 'none'
      ? options
      : [...options.filter((option) => option.value === current.decision), ...options.filter((option) => option.value !== current.decision)];
  return [{ label: 'Decision', options: order, toPatch: (value) => ({ decision: planningFields.parse({ decision: value }).decision }) }];
}
