// A vote: the motion is typed text; mover, seconder, counts (or a recorded,
// named vote) and the chair's casting vote are fields. The result is computed
// from the counts, never typed. A recorded entry must name a member and give
// a known choice: anything else is not a vote and is left out (never guessed
// as an abstention), in the editor and in the exported minutes alike.
import { z } from 'zod';
import type { RichText, Vote, VoteChoice } from '../minutes/minutes-model';
import { countRecorded, eligibleVoters, voteResult, type VoteCounts } from '../minutes/vote-result';
import { attendanceOf, attended, type AttendanceEntry } from '../model/attendance';
import type { Person } from '../model/person';
import { shortReference } from '../text/names';
import { defineBlock } from './block-definition';
import { countField, optionalText, personRef, textField } from './block-fields';
import { filterOptions, personStep, type PromptOption, type PromptStep } from './prompt-step';

const recordedEntry = z.object({
  personId: optionalText,
  name: z.string().refine((name) => name.trim() !== ''),
  choice: z.enum(['for', 'against', 'abstain']),
});
export type RecordedVote = z.infer<typeof recordedEntry>;

const recordedField = z
  .array(z.unknown())
  .nullable()
  .catch(null)
  .transform((entries) => entries && entries.flatMap((entry) => recordedEntry.safeParse(entry).data ?? []));

export const voteFields = z.object({
  moverId: optionalText,
  moverName: textField,
  seconderId: optionalText,
  seconderName: textField,
  for: countField,
  against: countField,
  abstain: countField,
  /** A named vote; when present its entries decide the counts. */
  recorded: recordedField,
  castingVote: z.enum(['for', 'against']).nullable().catch(null),
});
export type VoteFields = z.infer<typeof voteFields>;

export function voteCounts(fields: Pick<VoteFields, 'for' | 'against' | 'abstain' | 'recorded'>): VoteCounts {
  return fields.recorded ? countRecorded(fields.recorded) : { for: fields.for, against: fields.against, abstain: fields.abstain };
}

/** A vote's fields and its motion as the minutes model holds them, the result computed from the counts (a motion's amendments are read the same way). */
export function readVote(fields: VoteFields, motion: RichText): Vote {
  const counts = voteCounts(fields);
  const recorded =
    fields.recorded && fields.recorded.map((entry) => ({ member: { personId: entry.personId || null, name: entry.name.trim() }, choice: entry.choice }));
  return {
    motion,
    mover: personRef(fields.moverId, fields.moverName),
    seconder: personRef(fields.seconderId, fields.seconderName),
    counts,
    recorded,
    castingVote: fields.castingVote,
    result: voteResult(counts, fields.castingVote),
  };
}

export const voteBlock = defineBlock<VoteFields>({
  type: 'vote',
  fields: voteFields,
  read(fields, text, blocks) {
    blocks.push({ kind: 'vote', vote: readVote(fields, text) });
    return true;
  },
  editSteps: (fields, context) => {
    const roster = context.meeting.roster;
    return voteSteps(roster, fields, eligibleVoters(roster, context.meeting.attendance), context.meeting.attendance);
  },
});

/**
 * The mover and seconder typed together at "Moved by" ("ke ber"), as "Votes for" takes the counts together: read so
 * only when the text matches no one person and it splits in exactly one way into two parts each narrowing to exactly
 * one (different) person offered. Otherwise null, and the answer is read as before (a name, then the seconder asked).
 */
export function moverAndSeconder(value: string, options: PromptOption[]): [PromptOption, PromptOption] | null {
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || filterOptions(options, value).length > 0) return null;
  const readings: Array<[PromptOption, PromptOption]> = [];
  for (let split = 1; split < words.length; split += 1) {
    const mover = filterOptions(options, words.slice(0, split).join(' '));
    const seconder = filterOptions(options, words.slice(split).join(' '));
    if (mover.length === 1 && seconder.length === 1 && mover[0]!.value !== seconder[0]!.value) readings.push([mover[0]!, seconder[0]!]);
  }
  return readings.length === 1 ? readings[0]! : null;
}

function moverStep(roster: Person[], initialName: string, offered: (person: Person) => boolean): PromptStep<VoteFields> {
  const step = personStep<VoteFields>('Moved by', { id: 'moverId', name: 'moverName' }, roster, initialName, 'short', offered);
  const options = step.options ?? [];
  const named = (option: PromptOption) =>
    shortReference(
      roster.find((person) => person.id === option.value)!,
      roster,
    );
  return {
    ...step,
    tip: 'Or the mover and seconder together: ke ber',
    reading: (value) => {
      const both = moverAndSeconder(value, options);
      return both && `Moved by ${named(both[0])}, seconded by ${named(both[1])}`;
    },
    toPatch: (value, option) => {
      const both = option ? null : moverAndSeconder(value, options);
      if (!both) return step.toPatch(value, option);
      const [mover, seconder] = both;
      return { moverId: mover.value, moverName: named(mover), seconderId: seconder.value, seconderName: named(seconder) };
    },
  };
}

function countStep(label: string, field: 'for' | 'against' | 'abstain', initial: number): PromptStep<VoteFields> {
  return {
    label,
    initial: String(initial),
    allowFree: true,
    hint: 'Type a whole number, such as 7.',
    // Not asked when the counts were typed together at "Votes for" ("7 7").
    askWhen: (_fields, answered) => answered[field] === undefined,
    toPatch: (value) => (/^\d{1,4}$/.test(value) ? { [field]: Number(value), recorded: null } : value === '' ? {} : null),
  };
}

/**
 * "Votes for" also takes the counts together, for, against and abstentions, in one go ("7 7", "4 0 1"): those left
 * off are none, and their own questions are not asked.
 */
function forStep(initial: number): PromptStep<VoteFields> {
  return {
    ...countStep('Votes for', 'for', initial),
    hint: 'Type a whole number, such as 7; or the votes for, against and abstentions together, such as 7 7 0.',
    tip: 'Or for, against and abstentions together: 7 7 0',
    toPatch: (value) => {
      if (value === '') return {};
      const counts = value.split(/[\s,:]+/);
      if (counts.length > 3 || !counts.every((count) => /^\d{1,4}$/.test(count))) return null;
      if (counts.length === 1) return { for: Number(counts[0]), recorded: null };
      const [votesFor, against, abstain = '0'] = counts;
      return { for: Number(votesFor), against: Number(against), abstain: Number(abstain), recorded: null };
    },
  };
}

/**
 * The chair's casting vote is asked only on a tie; otherwise there is none. On a tie the chair nearly always gives it
 * (the motion falls if not), and minutes record a motion carried on it: For is offered first, Enter alone.
 */
function castingStep(): PromptStep<VoteFields> {
  return {
    label: 'Chair’s casting vote (only on a tie)',
    options: [
      { value: 'for', label: 'For' },
      { value: 'against', label: 'Against' },
      { value: 'none', label: 'No casting vote' },
    ],
    askWhen: (fields) => {
      const counts = voteCounts({ for: fields.for ?? 0, against: fields.against ?? 0, abstain: fields.abstain ?? 0, recorded: fields.recorded ?? null });
      return counts.for === counts.against;
    },
    otherwise: { castingVote: null },
    toPatch: (value) => ({ castingVote: value === 'for' || value === 'against' ? value : null }),
  };
}

/**
 * Mover, seconder, then the counts, or (for a recorded vote) each voter's choice; then the casting vote. Members the
 * register has away (apologies, absent) are not offered as mover or seconder, so fewer letters pick the one who moved.
 */
export function voteSteps(
  roster: Person[],
  current: Pick<VoteFields, 'moverName' | 'seconderName' | 'for' | 'against' | 'abstain' | 'recorded'>,
  voters: Person[] | null = null,
  attendance: ReadonlyArray<AttendanceEntry> = [],
): PromptStep<VoteFields>[] {
  const named = current.recorded ? (voters ?? []) : null;
  const inTheRoom = (person: Person) => {
    const entry = attendanceOf(attendance, person.id);
    return entry === undefined || attended(entry);
  };
  return [
    moverStep(roster, current.moverName, inTheRoom),
    {
      ...personStep<VoteFields>('Seconded by', { id: 'seconderId', name: 'seconderName' }, roster, current.seconderName, 'short', inTheRoom),
      // Not asked when "Moved by" took both ("ke ber").
      askWhen: (_fields, answered) => answered.seconderName === undefined,
    },
    ...(named
      ? recordedSteps(named, current.recorded ?? [])
      : [forStep(current.for), countStep('Votes against', 'against', current.against), countStep('Abstentions', 'abstain', current.abstain)]),
    castingStep(),
  ];
}

const choiceLabels: Record<VoteChoice | 'none', string> = { for: 'For', against: 'Against', abstain: 'Abstained', none: 'Did not vote' };

/**
 * One step per voter ("Councillor Boles voted": For / Against / Abstained /
 * Did not vote), the current choice offered first. Each answer writes the
 * whole named list, so leaving part-way keeps the answers given.
 */
function recordedSteps(voters: Person[], current: RecordedVote[]): PromptStep<VoteFields>[] {
  const choices = new Map(current.map((entry) => [entry.personId ?? entry.name, entry]));
  return voters.map((person) => {
    const name = shortReference(person, voters);
    const previous: VoteChoice | 'none' = choices.get(person.id)?.choice ?? 'none';
    const order: Array<VoteChoice | 'none'> = [previous, ...(['for', 'against', 'abstain', 'none'] as const).filter((choice) => choice !== previous)];
    return {
      label: `${name} voted`,
      options: order.map((choice) => ({ value: choice, label: choiceLabels[choice] })),
      toPatch: (value) => {
        if (value === 'for' || value === 'against' || value === 'abstain') choices.set(person.id, { personId: person.id, name, choice: value });
        else choices.delete(person.id);
        return { recorded: [...choices.values()] };
      },
    };
  });
}
