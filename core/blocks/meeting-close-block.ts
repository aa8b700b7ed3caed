// The close of the minutes: the chair who signs and the times the meeting
// started and ended. Nothing here is typed prose. Times not set on the close
// fall back to those recorded on the meeting (read in core/minutes/read-minutes.ts,
// since the close is part of the minutes' frame rather than an item's block).
import { z } from 'zod';
import type { Person } from '../model/person';
import { parseClerkTime } from '../text/parse-clerk-input';
import { defineBlock } from './block-definition';
import { clockField, optionalText, textField } from './block-fields';
import { personStep, type PromptStep } from './prompt-step';

export const meetingCloseFields = z.object({
  chairId: optionalText,
  chairName: textField,
  /** "17:30" */
  startedAt: clockField,
  endedAt: clockField,
});
export type MeetingCloseFields = z.infer<typeof meetingCloseFields>;

export const meetingCloseBlock = defineBlock<MeetingCloseFields>({
  type: 'meeting-close',
  fields: meetingCloseFields,
  editSteps: (fields, context) => closeSteps(context.meeting.roster, fields),
});

function timeStep(label: string, field: 'startedAt' | 'endedAt', initial: string | null): PromptStep<MeetingCloseFields> {
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

export function closeSteps(
  roster: Person[],
  current: { chairName: string; startedAt: string | null; endedAt: string | null },
): PromptStep<MeetingCloseFields>[] {
  return [
    personStep<MeetingCloseFields>('Chair signing the minutes', { id: 'chairId', name: 'chairName' }, roster, current.chairName, 'full'),
    timeStep('Meeting started at', 'startedAt', current.startedAt),
    timeStep('Meeting ended at', 'endedAt', current.endedAt),
  ];
}
