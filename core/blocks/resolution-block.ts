// One resolution under "It was agreed:". It has no fields: its number is its
// place in the run. A resolution with no heading before it starts a run with
// the template's wording.
import { z } from 'zod';
import { defineBlock } from './block-definition';
import { bulletedIf } from './resolutions-heading-block';

export const resolutionFields = z.object({});
export type ResolutionFields = z.infer<typeof resolutionFields>;

export const resolutionBlock = defineBlock<ResolutionFields>({
  type: 'resolution',
  fields: resolutionFields,
  read(_fields, text, blocks, context) {
    const last = blocks.at(-1);
    // Actions arising may sit between resolutions without breaking their numbering.
    const run = [...blocks].reverse().find((block) => block.kind !== 'action');
    if (run?.kind === 'resolutions' && (last?.kind === 'resolutions' || last?.kind === 'action')) run.resolutions.push(text);
    else blocks.push({ kind: 'resolutions', heading: context.resolutions.heading, resolutions: [text], ...bulletedIf(context.resolutions.bulleted) });
    return true;
  },
});
