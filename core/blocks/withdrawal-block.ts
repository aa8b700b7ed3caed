// A member withdrawing for one item (a prejudicial or pecuniary interest, or
// a bias concern), recorded at the item itself, where a reader of that minute
// looks for it: "Councillor Foulkes left the room for this item and returned
// after it." The member is a field; anything said about why is typed text.
// A member who did not come back is recorded as leaving the meeting.
import { z } from 'zod';
import type { HouseStyle } from '../house-style/house-style-schema';
import { fill } from '../house-style/house-style-wording';
import type { PersonRef } from '../minutes/minutes-model';
import type { Person } from '../model/person';
import { defineBlock } from './block-definition';
import { optionalText, personRef, textField } from './block-fields';
import { personOptions, personStep, type PromptStep } from './prompt-step';

export const withdrawalFields = z.object({
  memberId: optionalText,
  memberName: textField,
  /** Came back after the item (true), or left the meeting (false). */
  returned: z.boolean().catch(true),
});
export type WithdrawalFields = z.infer<typeof withdrawalFields>;

export const withdrawalBlock = defineBlock<WithdrawalFields>({
  type: 'withdrawal',
  fields: withdrawalFields,
  read(fields, text, blocks) {
    blocks.push({ kind: 'withdrawal', member: personRef(fields.memberId, fields.memberName), reason: text, returned: fields.returned });
    return true;
  },
  editSteps: (fields, context) => withdrawalSteps(context.meeting.roster, [], fields),
});

/** The sentence the page shows and the minutes print (the reason, if typed, follows it). */
export function withdrawalSentence(member: PersonRef | null, returned: boolean): string {
  const who = member?.name.trim() || 'A member';
  return returned ? `${who} left the room for this item and returned after it.` : `${who} left the meeting during this item and did not return.`;
}

/**
 * The sentence in the house style's words where it has them for a member who came back ("{member} left the
 * meeting during consideration of this item."), else the app's. The export and the editor's lead both use it.
 */
export function withdrawalSentenceIn(style: HouseStyle | null, member: PersonRef | null, returned: boolean): string {
  if (style && returned) return fill(style.interests.withdrawal, { member: member?.name.trim() || 'A member' });
  return withdrawalSentence(member, returned);
}

/**
 * Who withdrew, those whose declarations say they leave for this item offered first (from the declaration),
 * then whether they came back.
 */
export function withdrawalSteps(
  roster: Person[],
  declaredLeaving: ReadonlyArray<string>,
  current: Pick<WithdrawalFields, 'memberName' | 'returned'>,
): PromptStep<WithdrawalFields>[] {
  const who = personStep<WithdrawalFields>('Member withdrawing', { id: 'memberId', name: 'memberName' }, roster, current.memberName);
  const options = personOptions(roster);
  const first = options
    .filter((option) => declaredLeaving.includes(option.value))
    .map((option) => ({ ...option, label: `${option.label} (declared an interest in this item)` }));
  return [
    { ...who, options: [...first, ...options.filter((option) => !declaredLeaving.includes(option.value))] },
    {
      label: 'Did they come back after the item?',
      options: current.returned
        ? [
            { value: 'returned', label: 'Returned after the item' },
            { value: 'left', label: 'Left the meeting' },
          ]
        : [
            { value: 'left', label: 'Left the meeting' },
            { value: 'returned', label: 'Returned after the item' },
          ],
      toPatch: (value) => ({ returned: value !== 'left' }),
    },
  ];
}
