// The heading of an agenda item: its fields (the JSON shape is
// SerializedAgendaItemJson in core/minutes/serialized-nodes.ts) and the one
// question it asks, the Schedule 12A paragraph when the item is exempt. Items
// frame the minutes rather than sit in them, so core/minutes/read-minutes.ts
// reads them itself.
import { z } from 'zod';
import { defineBlock } from './block-definition';
import { optionalText, textField } from './block-fields';
import type { PromptStep } from './prompt-step';

export const agendaItemFields = z.object({
  itemId: textField,
  /** Which standing item this is, if any ("apologies", "declarations", …), so blocks can be offered for it. */
  standing: optionalText,
  /** Press and public excluded: the Schedule 12A paragraph, or null. */
  exemptParagraph: optionalText,
  urgent: z.boolean().catch(false),
  /** The report the item considers, as named on the agenda, or null. */
  reportName: optionalText,
});
export type AgendaItemFields = z.infer<typeof agendaItemFields>;

export const agendaItemBlock = defineBlock<AgendaItemFields>({
  type: 'agenda-item',
  fields: agendaItemFields,
  freshId: { field: 'itemId', prefix: 'item' },
  editSteps: (fields) => [exemptStep(fields.exemptParagraph)],
});

export function exemptStep(current: string | null): PromptStep<AgendaItemFields> {
  return {
    label: 'Exempt: Schedule 12A paragraph (e.g. 3; blank for a public item)',
    allowFree: true,
    initial: current ?? '',
    hint: 'Type the paragraph number, 1 to 7.',
    toPatch: (value) => (value === '' ? { exemptParagraph: null } : /^[1-7]$/.test(value) ? { exemptParagraph: value } : null),
  };
}
