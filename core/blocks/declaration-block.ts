// A declaration of interest: the member, the kind of interest, the item it
// concerns and whether the member left the room are fields; the reason is
// typed text. Leaving follows the kind unless the clerk recorded otherwise.
import { z } from 'zod';
import { interestKindLabel, interestKinds, interestRequiresLeaving } from '../minutes/block-wording';
import type { InterestKind } from '../minutes/minutes-model';
import type { Person } from '../model/person';
import { defineBlock, type StepContext } from './block-definition';
import { addToRun, choiceField, optionalText, personRef, textField } from './block-fields';
import { personStep, type PromptOption, type PromptStep } from './prompt-step';

export const declarationFields = z
  .object({
    memberId: optionalText,
    memberName: textField,
    /** The agenda item the interest concerns, or null for the meeting as a whole. */
    itemId: optionalText,
    kind: choiceField(['personal', 'prejudicial', 'disclosable-pecuniary', 'other'], 'personal'),
    leftRoom: z.boolean().optional().catch(undefined),
  })
  .transform((fields) => ({ ...fields, leftRoom: fields.leftRoom ?? interestRequiresLeaving(fields.kind) }));
export type DeclarationFields = z.infer<typeof declarationFields>;

export const declarationBlock = defineBlock<DeclarationFields>({
  type: 'declaration',
  fields: declarationFields,
  read(fields, text, blocks) {
    addToRun(blocks, 'declarations', {
      member: personRef(fields.memberId, fields.memberName) ?? { personId: null, name: '' },
      itemId: fields.itemId || null,
      kind: fields.kind,
      reason: text,
      leftRoom: fields.leftRoom,
    });
    return true;
  },
  editSteps: (fields, context) => declarationSteps(context.meeting.roster, context.outline, fields, true),
});

/**
 * Member, kind and item; when editing (askLeftRoom), also whether the member
 * left the room. Leaving follows the kind (prejudicial and disclosable
 * pecuniary interests leave) unless the clerk says otherwise; an unchanged
 * kind keeps what was recorded. The item in `current.itemId` (the one it is
 * recorded against, or the likeliest for a new one) is offered first, so Enter
 * alone takes it.
 */
export function declarationSteps(
  roster: Person[],
  outline: StepContext['outline'],
  current: { memberName: string; kind: InterestKind; leftRoom?: boolean; itemId?: string | null },
  askLeftRoom = false,
): PromptStep<DeclarationFields>[] {
  let left = current.leftRoom ?? interestRequiresLeaving(current.kind);
  const steps: PromptStep<DeclarationFields>[] = [
    personStep<DeclarationFields>('Member declaring', { id: 'memberId', name: 'memberName' }, roster, current.memberName),
    {
      label: 'Kind of interest',
      options: interestKinds.map((kind) => ({ value: kind, label: interestKindLabel(kind), keywords: kind === 'disclosable-pecuniary' ? 'dpi' : '' })),
      initial: '',
      toPatch: (value) => {
        const kind = declarationFields.parse({ kind: value }).kind;
        if (kind !== current.kind) left = interestRequiresLeaving(kind);
        return { kind, leftRoom: left };
      },
    },
    {
      label: 'Agenda item it concerns',
      options: offeredFirst(
        [{ value: '', label: 'The meeting as a whole' }, ...outline.map((entry) => ({ value: entry.itemId, label: `${entry.number} ${entry.title}` }))],
        current.itemId ?? '',
      ),
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

/** The options with the one holding `value` moved to the front (unchanged when none does). */
function offeredFirst(options: PromptOption[], value: string): PromptOption[] {
  const first = options.find((option) => option.value === value);
  return first ? [first, ...options.filter((option) => option !== first)] : options;
}
