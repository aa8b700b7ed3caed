// An action arising: who (a roster person), what (typed text) and by when (an
// ISO date, or none). The actions panel lists every action in the meeting.
import { z } from 'zod';
import type { Person } from '../model/person';
import { parseClerkDate } from '../text/parse-clerk-input';
import { defineBlock } from './block-definition';
import { isoDateField, optionalText, personRef, textField } from './block-fields';
import { personStep, type PromptStep } from './prompt-step';

export const actionFields = z.object({
  actionId: textField,
  ownerId: optionalText,
  ownerName: textField,
  /** ISO date, or null when no date was set. */
  due: isoDateField,
});
export type ActionFields = z.infer<typeof actionFields>;

export const actionBlock = defineBlock<ActionFields>({
  type: 'action',
  fields: actionFields,
  freshId: { field: 'actionId', prefix: 'action' },
  read(fields, text, blocks) {
    blocks.push({ kind: 'action', action: { id: fields.actionId, owner: personRef(fields.ownerId, fields.ownerName), description: text, due: fields.due } });
    return true;
  },
  editSteps: (fields, context) => actionSteps(context.meeting.roster, fields),
});

export function actionSteps(roster: Person[], current: { ownerName: string; due: string | null }): PromptStep<ActionFields>[] {
  return [
    personStep<ActionFields>('Who will do it', { id: 'ownerId', name: 'ownerName' }, roster, current.ownerName),
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
