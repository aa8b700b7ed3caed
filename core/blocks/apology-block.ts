// One apology for absence: the person (a field, shown as the lead-in) and the
// reason (typed text). Consecutive apologies form the item's apologies block.
import { z } from 'zod';
import { plainText } from '../minutes/rich-text-json';
import { defineBlock } from './block-definition';
import { optionalText, personRef, textField } from './block-fields';

export const apologyFields = z.object({ personId: optionalText, name: textField });
export type ApologyFields = z.infer<typeof apologyFields>;

export const apologyBlock = defineBlock<ApologyFields>({
  type: 'apology',
  fields: apologyFields,
  read(fields, text, blocks) {
    const last = blocks.at(-1);
    const entry = { person: personRef(fields.personId, fields.name) ?? { personId: null, name: '' }, reason: plainText(text).trim() };
    if (last?.kind === 'apologies' && last.entries.length > 0) last.entries.push(entry);
    else blocks.push({ kind: 'apologies', entries: [entry] });
    return true;
  },
});
