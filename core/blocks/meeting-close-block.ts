// The close of the minutes: the chair who signs and the times the meeting
// started and ended. Nothing here is typed prose. Times not set on the close
// fall back to those recorded on the meeting (read in core/minutes/read-minutes.ts,
// since the close is part of the minutes' frame rather than an item's block).
import { z } from 'zod';
import { attendanceOf, attended, type AttendanceEntry } from '../model/attendance';
import type { Person } from '../model/person';
import { parseClerkTime } from '../text/parse-clerk-input';
import { formatUkTime } from '../text/uk-format';
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

/** `after`: a time the answer cannot be before (the start, for the end), so "840" after a 7.30 pm start is 8.40 pm. */
function timeStep(label: string, field: 'startedAt' | 'endedAt', initial: string | null, after: string | null = null): PromptStep<MeetingCloseFields> {
  return {
    label,
    allowFree: true,
    // Offered as the clerk reads and types a time ("8.40 pm", not "20:40"): Enter accepts it as it will print.
    initial: initial ? formatUkTime(initial) : '',
    hint: 'Type a time such as 5.30 pm, 17:30 or 530.',
    toPatch: (value) => {
      if (value === '') return { [field]: null };
      const time = parseClerkTime(value, after);
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
    timeStep('Meeting ended at', 'endedAt', current.endedAt, current.startedAt),
  ];
}

/**
 * The close as inserted: what the record already answers is not asked. The roster's chair signs unless the register
 * has them away (someone else presided), and the start is the one recorded when there is one, and not asked at all
 * when the house style prints no start (`printsStart` false); all stay editable (Ctrl+Alt+F asks every step).
 */
export function closingSteps(
  roster: Person[],
  attendance: ReadonlyArray<AttendanceEntry>,
  current: { chairId: string | null; chairName: string; startedAt: string | null; endedAt: string | null },
  printsStart = true,
): PromptStep<MeetingCloseFields>[] {
  const [chair, start, end] = closeSteps(roster, current) as [PromptStep<MeetingCloseFields>, PromptStep<MeetingCloseFields>, PromptStep<MeetingCloseFields>];
  // No register taken is no sign the chair was away.
  const entry = current.chairId ? attendanceOf(attendance, current.chairId) : undefined;
  const chairAway = entry !== undefined && !attended(entry);
  return [...(current.chairId && !chairAway ? [] : [chair]), ...(current.startedAt || !printsStart ? [] : [start]), end];
}
