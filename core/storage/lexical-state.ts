// The editor content as Lexical serialises it. Core never imports Lexical: it
// checks only the outer shape here and walks the JSON where it needs meaning.
import { z } from 'zod';
import { agendaItemBlock } from '../blocks/agenda-item-block';

export const serializedNodeSchema = z.looseObject({
  type: z.string().min(1),
  version: z.number().int().nonnegative(),
});

/**
 * One top-level block of the minutes (a child of the root). The root's children are checked block by block with this
 * and nothing across blocks, so main's block-by-block autosave checks only the blocks that changed (minutes-blocks.ts).
 */
export const topLevelBlockSchema = serializedNodeSchema.refine((block) => !holdsAgendaItem(block.children), {
  message: 'an agenda item heading stands inside another block',
});

export const lexicalStateSchema = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(topLevelBlockSchema),
  }),
});

/**
 * Whether an agenda item heading stands anywhere among these children of a top-level node, or below them. Minute Book writes headings only at the
 * top level (the editor's own agenda sections are flattened before anything is saved); a heading inside another node
 * would be read as words of the item before it, losing its exemption, so such minutes are refused: the public
 * version fails closed.
 */
function holdsAgendaItem(children: unknown): boolean {
  const pending: unknown[] = [children];
  while (pending.length > 0) {
    const list = pending.pop();
    if (!Array.isArray(list)) continue;
    for (const child of list) {
      if (typeof child !== 'object' || child === null) continue;
      const { type, children: grandchildren } = child as { type?: unknown; children?: unknown };
      if (type === agendaItemBlock.type) return true;
      pending.push(grandchildren);
    }
  }
  return false;
}

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
