// The "It was agreed:" line that opens a run of resolutions: its wording is
// typed text (the template's when inserted); its style says whether the run
// is numbered or bulleted. Files from before bulleted runs were numbered.
import { z } from 'zod';
import { plainText } from '../minutes/rich-text-json';
import { defineBlock } from './block-definition';
import { choiceField } from './block-fields';

export const resolutionsHeadingFields = z.object({ style: choiceField(['numbered', 'bulleted'], 'numbered') });
export type ResolutionsHeadingFields = z.infer<typeof resolutionsHeadingFields>;
export type ResolutionsStyle = ResolutionsHeadingFields['style'];

export const bulletedIf = (bulleted: boolean) => (bulleted ? { bulleted: true as const } : {});

export const resolutionsHeadingBlock = defineBlock<ResolutionsHeadingFields>({
  type: 'resolutions-heading',
  fields: resolutionsHeadingFields,
  read(fields, text, blocks, context) {
    blocks.push({
      kind: 'resolutions',
      heading: plainText(text).trim() || context.resolutions.heading,
      resolutions: [],
      ...bulletedIf(fields.style === 'bulleted'),
    });
    return true;
  },
});
