// One apology for absence: the person (a field, shown as the lead-in) and the
// reason (typed text). Consecutive apologies form the item's apologies block.
import { z } from 'zod';
import { plainText } from '../minutes/rich-text-json';
import { defineBlock } from './block-definition';
import { addToRun, optionalText, personRef, textField } from './block-fields';

export const apologyFields = z.object({ personId: optionalText, name: textField });
export type ApologyFields = z.infer<typeof apologyFields>;

export const apologyBlock = defineBlock<ApologyFields>({
  type: 'apology',
  fields: apologyFields,
  read(fields, text, blocks) {
    addToRun(blocks, 'apologies', { person: personRef(fields.personId, fields.name) ?? { personId: null, name: '' }, reason: plainText(text).trim() });
    return true;
  },
});
