// The editor content as Lexical serialises it. Core never imports Lexical: it
// checks only the outer shape here and walks the JSON where it needs meaning.
import { z } from 'zod';

export const serializedNodeSchema = z.looseObject({
  type: z.string().min(1),
  version: z.number().int().nonnegative(),
});

export const lexicalStateSchema = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(serializedNodeSchema),
  }),
});

export type LexicalState = z.infer<typeof lexicalStateSchema>;

export function createEmptyLexicalState(): LexicalState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [],
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
        },
      ],
    },
  };
}
