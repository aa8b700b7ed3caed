// The field questions each block asks when it is inserted or edited
// (Ctrl+Alt+F), built from the meeting's roster and agenda.
import { interestKindLabel, interestKinds, interestRequiresLeaving } from '../../../core/minutes/block-wording';
import type { InterestKind, VoteChoice } from '../../../core/minutes/minutes-model';
import type { Person } from '../../../core/model/person';
import { shortReference } from '../../../core/text/names';
import type { RecordedVote } from '../nodes/VoteNode';
import { parseClerkDate, parseClerkTime } from '../../../core/text/parse-clerk-input';
import type { OutlineEntry } from '../outline/outline-store';
import type { PromptStep } from '../prompt/prompt-types';
import { personStep } from './person-options';

/**
 * Member, kind and item; when editing (askLeftRoom), also whether the member
 * left the room. Leaving follows the kind (prejudicial and disclosable
 * pecuniary interests leave) unless the clerk says otherwise; an unchanged
 * kind keeps what was recorded.
 */
export function declarationSteps(
  roster: Person[],
  outline: OutlineEntry[],
  current: { memberName: string; kind: InterestKind; leftRoom?: boolean },
  askLeftRoom = false,
): PromptStep[] {
  let left = current.leftRoom ?? interestRequiresLeaving(current.kind);
  const steps: PromptStep[] = [
    personStep('Member declaring', 'member', roster, current.memberName),
    {
      label: 'Kind of interest',
      options: interestKinds.map((kind) => ({ value: kind, label: interestKindLabel(kind), keywords: kind === 'disclosable-pecuniary' ? 'dpi' : '' })),
      initial: '',
      toPatch: (value) => {
        if (value !== current.kind) left = interestRequiresLeaving(value as InterestKind);
        return { kind: value, leftRoom: left };
      },
    },
    {
      label: 'Agenda item it concerns',
      options: [{ value: '', label: 'The meeting as a whole' }, ...outline.map((entry) => ({ value: entry.itemId, label: `${entry.number} ${entry.title}` }))],
      toPatch: (value) => ({ itemId: value || null }),
    },
  ];
  if (askLeftRoom) {
    steps.push({
      label: 'Did the member leave the room for the item?',
      // Read when the step is shown, after the kind step: what is expected comes first.
      get options() {
        const leaving = { value: 'left', label: 'Left the room and returned after it' };
        const staying = { value: 'stayed', label: 'Stayed in the room' };
        return left ? [leaving, staying] : [staying, leaving];
      },
      toPatch: (value) => ({ leftRoom: value === 'left' }),
    });
  }
  return steps;
}

export function questionSteps(roster: Person[], current: { askedByName: string; respondentName: string }): PromptStep[] {
  return [personStep('Asked by', 'askedBy', roster, current.askedByName), personStep('Answered by', 'respondent', roster, current.respondentName)];
}

function countStep(label: string, field: string, initial: number): PromptStep {
  return {
    label,
    initial: String(initial),
    allowFree: true,
    hint: 'Type a whole number, such as 7.',
    toPatch: (value) => (/^\d{1,4}$/.test(value) ? { [field]: Number(value), recorded: null } : value === '' ? {} : null),
  };
}

interface VoteSoFar {
  moverName: string;
  seconderName: string;
  for: number;
  against: number;
  abstain: number;
  recorded: RecordedVote[] | null;
}

/** Mover, seconder, then the counts, or (for a recorded vote) each voter's choice; then the casting vote. */
export function voteSteps(roster: Person[], current: VoteSoFar, voters: Person[] | null = null): PromptStep[] {
  const named = current.recorded ? (voters ?? []) : null;
  return [
    personStep('Moved by', 'mover', roster, current.moverName),
    personStep('Seconded by', 'seconder', roster, current.seconderName),
    ...(named
      ? recordedSteps(named, current.recorded ?? [])
      : [countStep('Votes for', 'for', current.for), countStep('Votes against', 'against', current.against), countStep('Abstentions', 'abstain', current.abstain)]),
    {
      label: 'Chair’s casting vote (only on a tie)',
      options: [
        { value: 'none', label: 'No casting vote' },
        { value: 'for', label: 'For' },
        { value: 'against', label: 'Against' },
      ],
      toPatch: (value) => ({ castingVote: value === 'none' ? null : value }),
    },
  ];
}

const choiceLabels: Record<VoteChoice | 'none', string> = { for: 'For', against: 'Against', abstain: 'Abstained', none: 'Did not vote' };

/**
 * One step per voter ("Councillor Boles voted": For / Against / Abstained /
 * Did not vote), the current choice offered first. Each answer writes the
 * whole named list, so leaving part-way keeps the answers given.
 */
function recordedSteps(voters: Person[], current: RecordedVote[]): PromptStep[] {
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

export function actionSteps(roster: Person[], current: { ownerName: string; due: string | null }): PromptStep[] {
  return [
    personStep('Who will do it', 'owner', roster, current.ownerName),
    {
      label: 'By when (e.g. 30 April 2022; blank for no date)',
      allowFree: true,
      initial: current.due ?? '',
      hint: 'Type a date such as 30 April 2022 or 30/4/2022, or leave it blank.',
      toPatch: (value) => {
        if (value === '') return { due: null };
        const due = parseClerkDate(value);
        return due ? { due } : null;
      },
    },
  ];
}

function timeStep(label: string, field: string, initial: string | null): PromptStep {
  return {
    label,
    allowFree: true,
    initial: initial ?? '',
    hint: 'Type a time such as 5.30 pm or 17:30.',
    toPatch: (value) => {
      if (value === '') return { [field]: null };
      const time = parseClerkTime(value);
      return time ? { [field]: time } : null;
    },
  };
}

export function closeSteps(roster: Person[], current: { chairName: string; startedAt: string | null; endedAt: string | null }): PromptStep[] {
  return [personStep('Chair signing the minutes', 'chair', roster, current.chairName, 'full'), timeStep('Meeting started at', 'startedAt', current.startedAt), timeStep('Meeting ended at', 'endedAt', current.endedAt)];
}

export function exemptStep(current: string | null): PromptStep {
  return {
    label: 'Exempt: Schedule 12A paragraph (e.g. 3; blank for a public item)',
    allowFree: true,
    initial: current ?? '',
    hint: 'Type the paragraph number, 1 to 7.',
    toPatch: (value) => (value === '' ? { exemptParagraph: null } : /^[1-7]$/.test(value) ? { exemptParagraph: value } : null),
  };
}
