// One part of a cabinet (executive) decision record: Decision, Reasons, or
// Other options considered. Consecutive parts form one record; a record ends
// when a part comes after a later part has begun.
import { z } from 'zod';
import { cabinetParts, type CabinetPart } from '../minutes/block-wording';
import { defineBlock } from './block-definition';
import { choiceField } from './block-fields';

export const cabinetDecisionFields = z.object({ part: choiceField(cabinetParts, 'decision') });
export type CabinetDecisionFields = z.infer<typeof cabinetDecisionFields>;

export const cabinetDecisionBlock = defineBlock<CabinetDecisionFields>({
  type: 'cabinet-decision',
  fields: cabinetDecisionFields,
  read({ part }, text, blocks) {
    const last = blocks.at(-1);
    if (last?.kind === 'cabinet-decision' && !laterPartStarted(last, part)) last[part].push(text);
    else blocks.push({ kind: 'cabinet-decision', decision: [], reasons: [], alternatives: [], [part]: [text] });
    return true;
  },
});

function laterPartStarted(block: { decision: unknown[]; reasons: unknown[]; alternatives: unknown[] }, part: CabinetPart): boolean {
  if (part === 'decision') return block.reasons.length > 0 || block.alternatives.length > 0;
  if (part === 'reasons') return block.alternatives.length > 0;
  return false;
}
