// A declaration of interest: the member, the kind of interest, the item it
// concerns and whether the member left the room are fields; the reason is
// typed text. Leaving follows the kind unless the clerk recorded otherwise.
import { z } from 'zod';
import { interestKindLabel, interestKinds, interestRequiresLeaving } from '../minutes/block-wording';
import type { InterestKind } from '../minutes/minutes-model';
import type { Person } from '../model/person';
import { defineBlock, type StepContext } from './block-definition';
import { addToRun, choiceField, optionalText, personRef, textField } from './block-fields';
import { filterOptions, personStep, type PromptOption, type PromptStep } from './prompt-step';

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
 * A declaration typed in one line at "Member declaring" ("ke 3", "fo pr 5"): the member's letters, then optionally a
 * kind's letters and an item's number. Read so only when the whole text names no one person, the member's part is
 * exactly one person, the kind's exactly one kind and the number exactly one item; otherwise null (asked as before).
 */
export function declarationInOneLine(
  value: string,
  members: PromptOption[],
  kinds: PromptOption[],
  outline: StepContext['outline'],
): { member: PromptOption; kind: PromptOption | null; item: PromptOption | null } | null {
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || filterOptions(members, value).length > 0) return null;
  const last = words.at(-1)!;
  const entry = /^\d+$/.test(last) ? outline.find((candidate) => candidate.number === last) : undefined;
  if (/^\d+$/.test(last) && !entry) return null;
  const rest = entry ? words.slice(0, -1) : words;
  const readings: Array<{ member: PromptOption; kind: PromptOption | null }> = [];
  for (let split = 1; split <= rest.length; split += 1) {
    const member = filterOptions(members, rest.slice(0, split).join(' '));
    const kindWords = rest.slice(split).join(' ');
    const kind = kindWords ? filterOptions(kinds, kindWords) : [];
    if (member.length === 1 && (kindWords === '' || kind.length === 1)) readings.push({ member: member[0]!, kind: kind[0] ?? null });
  }
  if (readings.length !== 1 || (!entry && !readings[0]!.kind)) return null;
  return { ...readings[0]!, item: entry ? { value: entry.itemId, label: `${entry.number} ${entry.title}` } : null };
}

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
  const kindStep: PromptStep<DeclarationFields> = {
    label: 'Kind of interest',
    options: interestKinds.map((kind) => ({ value: kind, label: interestKindLabel(kind), keywords: kind === 'disclosable-pecuniary' ? 'dpi' : '' })),
    initial: '',
    toPatch: (value) => {
      const kind = declarationFields.parse({ kind: value }).kind;
      if (kind !== current.kind) left = interestRequiresLeaving(kind);
      return { kind, leftRoom: left };
    },
    // Not asked when "Member declaring" took it ("fo pr 5").
    askWhen: (_fields, answered) => answered.kind === undefined,
  };
  const itemStep: PromptStep<DeclarationFields> = {
    label: 'Agenda item it concerns',
    options: offeredFirst(
      [{ value: '', label: 'The meeting as a whole' }, ...outline.map((entry) => ({ value: entry.itemId, label: `${entry.number} ${entry.title}` }))],
      current.itemId ?? '',
    ),
    toPatch: (value) => ({ itemId: value || null }),
    askWhen: (_fields, answered) => answered.itemId === undefined,
  };
  const memberStep = personStep<DeclarationFields>('Member declaring', { id: 'memberId', name: 'memberName' }, roster, current.memberName);
  const inOneLine = (value: string) => declarationInOneLine(value, memberStep.options ?? [], kindStep.options ?? [], outline);
  const steps: PromptStep<DeclarationFields>[] = [
    {
      ...memberStep,
      tip: 'Or in one line: the member, the kind, the item, such as fo pr 5',
      reading: (value) => {
        const line = inOneLine(value);
        if (!line) return null;
        const item = itemStep.options!.find((option) => option.value === (line.item?.value ?? itemStep.options![0]!.value))!;
        return `${line.member.label}, ${(line.kind ?? kindStep.options![0]!).label}, ${item.label}`;
      },
      toPatch: (value, option) => {
        const line = option ? null : inOneLine(value);
        if (!line) return memberStep.toPatch(value, option);
        // What is left out is what its own question offers first: the usual kind, the likeliest item.
        const kind = line.kind ?? kindStep.options![0]!;
        const item = line.item ?? itemStep.options![0]!;
        return { ...memberStep.toPatch(line.member.label, line.member), ...kindStep.toPatch(kind.value, kind), ...itemStep.toPatch(item.value, item) };
      },
    },
    kindStep,
    itemStep,
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
