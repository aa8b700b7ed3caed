// One part of a cabinet (executive) decision record: Decision, Reasons, or
// Other options considered. Consecutive parts form one record; a record ends
// when a part comes after a later part has begun. Whether the decision is a
// key decision is recorded on any part (Ctrl+Alt+F) and holds for the record;
// until the clerk says, it is "not recorded" and the minutes claim neither.
import { z } from 'zod';
import { cabinetParts, type CabinetPart } from '../minutes/block-wording';
import type { KeyDecision } from '../minutes/minutes-model';
import { defineBlock } from './block-definition';
import { choiceField } from './block-fields';
import type { PromptStep } from './prompt-step';

/** Not recorded (the default: nothing is printed), a key decision, or not a key decision (the style's note is printed). */
export const keyDecisionChoices = ['not-recorded', 'key', 'not-key'] as const satisfies ReadonlyArray<KeyDecision>;

export const keyDecisionLabels: Record<KeyDecision, string> = {
  'not-recorded': 'Not recorded',
  key: 'A key decision',
  'not-key': 'Not a key decision',
};

export const cabinetDecisionFields = z.object({
  part: choiceField(cabinetParts, 'decision'),
  keyDecision: choiceField(keyDecisionChoices, 'not-recorded'),
});
export type CabinetDecisionFields = z.infer<typeof cabinetDecisionFields>;

export const cabinetDecisionBlock = defineBlock<CabinetDecisionFields>({
  type: 'cabinet-decision',
  fields: cabinetDecisionFields,
  read({ part, keyDecision }, text, blocks) {
    const last = blocks.at(-1);
    // Said on any part, it holds for the record; a part left "not recorded" neither says nor undoes it.
    const said = keyDecision === 'not-recorded' ? {} : { keyDecision };
    if (last?.kind === 'cabinet-decision' && !laterPartStarted(last, part)) {
      last[part].push(text);
      Object.assign(last, said);
    } else blocks.push({ kind: 'cabinet-decision', decision: [], reasons: [], alternatives: [], [part]: [text], ...said });
    return true;
  },
  editSteps: ({ keyDecision }) => [keyDecisionStep(keyDecision)],
});

/** Key decision or not: a choice, as the block's other answers are given in the field prompt. */
export function keyDecisionStep(current: KeyDecision): PromptStep<CabinetDecisionFields> {
  return {
    label: `Key decision (now: ${keyDecisionLabels[current].toLowerCase()})`,
    options: keyDecisionChoices.map((value) => ({
      value,
      label: keyDecisionLabels[value],
      keywords: value === 'not-key' ? 'no non' : value === 'key' ? 'yes' : '',
    })),
    toPatch: (_value, option) => (option ? { keyDecision: cabinetDecisionFields.shape.keyDecision.parse(option.value) } : null),
    hint: 'Choose one: a key decision, not a key decision, or not recorded.',
  };
}

function laterPartStarted(block: { decision: unknown[]; reasons: unknown[]; alternatives: unknown[] }, part: CabinetPart): boolean {
  if (part === 'decision') return block.reasons.length > 0 || block.alternatives.length > 0;
  if (part === 'reasons') return block.alternatives.length > 0;
  return false;
}
