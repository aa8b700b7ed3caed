// A motion as councils minute it: moved and seconded, perhaps amended (each
// amendment moved, seconded and voted on), put to the vote, and the
// resolution it carried. Its parts are flat nodes of one kind, typed in that
// order: the motion (its words typed, its mover, seconder and vote as the
// vote block's fields), each amendment (the same fields), and the resolution
// (the words resolved, one part per numbered resolution). Parts join the
// motion only when they follow it directly, so the page shows exactly what
// the minutes will print, in order.
//
// The vote is the vote block's: the same fields, questions and result
// computed from the counts (core/blocks/vote-block.ts), never a copy.
import { z } from 'zod';
import type { MinuteBlock } from '../minutes/minutes-model';
import { eligibleVoters } from '../minutes/vote-result';
import type { AttendanceEntry } from '../model/attendance';
import type { Person } from '../model/person';
import { defineBlock } from './block-definition';
import { choiceField } from './block-fields';
import type { PromptStep } from './prompt-step';
import { readVote, voteFields, voteSteps, type VoteFields } from './vote-block';

export const motionParts = ['motion', 'amendment', 'resolution'] as const;
export type MotionPart = (typeof motionParts)[number];

export const motionFields = voteFields.extend({ part: choiceField(motionParts, 'motion') });
export type MotionFields = z.infer<typeof motionFields>;

type MotionBlock = Extract<MinuteBlock, { kind: 'motion' }>;

export const motionBlock = defineBlock<MotionFields>({
  type: 'motion',
  fields: motionFields,
  read(fields, text, blocks, context) {
    const last = blocks.at(-1);
    if (fields.part === 'motion' || last?.kind !== 'motion') {
      // An amendment or resolution with no motion before it keeps its words in a motion of its own; the checks ask for the motion.
      const motion: MotionBlock = {
        kind: 'motion',
        moved: readVote(fields, fields.part === 'motion' ? text : []),
        amendments: [],
        resolution: [],
        label: context.resolutions.heading,
      };
      if (fields.part !== 'motion') motion.moved = { ...motion.moved, mover: null, seconder: null };
      blocks.push(motion);
      if (fields.part === 'motion') return true;
      return joinPart(motion, fields, text);
    }
    return joinPart(last, fields, text);
  },
  editSteps: (fields, context) => {
    const roster = context.meeting.roster;
    if (fields.part === 'resolution') return [];
    return voteSteps(roster, fields, eligibleVoters(roster, context.meeting.attendance), context.meeting.attendance);
  },
});

function joinPart(motion: MotionBlock, fields: MotionFields, text: MotionBlock['resolution'][number]): boolean {
  if (fields.part === 'amendment') motion.amendments.push(readVote(fields, text));
  else motion.resolution.push(text);
  return true;
}

/** Asked when a motion or an amendment is moved: who moved and seconded it (the vote comes later), from those not away. */
export function movedSteps(roster: Person[], attendance: ReadonlyArray<AttendanceEntry> = []): PromptStep<MotionFields>[] {
  return voteSteps(roster, motionFields.parse({}), null, attendance).slice(0, 2);
}

/** Asked when the motion is put to the vote: the counts (or each voter's choice) and any casting vote, not the mover again. */
export function votingSteps(
  roster: Person[],
  current: Pick<VoteFields, 'moverName' | 'seconderName' | 'for' | 'against' | 'abstain' | 'recorded'>,
  voters: Person[] | null,
): PromptStep<MotionFields>[] {
  return voteSteps(roster, current, voters).slice(2);
}
