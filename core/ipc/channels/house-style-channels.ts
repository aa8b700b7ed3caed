// Channels for house styles: the shipped ones and the council's own, kept in
// main's data folder beside the committees (the page never names a path). A
// style sent to be saved is checked against the same schema as a file on
// disk, and refused with the same sentence (field, what is wrong, the fix).
import { z } from 'zod';
import { houseStyleSchema } from '../../house-style/house-style-schema';
import { OWN_HOUSE_STYLE_ID } from '../../house-style/own-house-style';
import { parseHouseStyle } from '../../house-style/parse-house-style';
import { noInput, type ChannelSpec } from './channel-spec';

const houseStyleIdSchema = z.string().regex(OWN_HOUSE_STYLE_ID, 'expected lower-case letters, digits and hyphens (at most 60)');

export const houseStyleSummarySchema = z.object({
  id: z.string(),
  source: z.enum(['shipped', 'own']),
  name: z.string(),
  council: z.string(),
});

/** An own style's file that could not be read as a style: listed with why, never overwritten. */
export const damagedHouseStyleSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  problem: z.string(),
});

export const houseStyleListSchema = z.object({
  styles: z.array(houseStyleSummarySchema),
  damaged: z.array(damagedHouseStyleSchema),
});

const saveInputSchema = z
  .object({ id: houseStyleIdSchema, style: z.unknown() })
  .strict()
  .transform((input, context) => {
    const parsed = parseHouseStyle(`${input.id}.json`, input.style);
    if (parsed.ok) return { id: input.id, style: parsed.style };
    context.addIssue({ code: 'custom', path: ['style'], message: parsed.problem });
    return z.NEVER;
  });

export const houseStyleChannels = {
  'house-style/list': { method: 'listHouseStyles', input: noInput, output: houseStyleListSchema },
  'house-style/read': {
    method: 'readHouseStyle',
    input: z.object({ id: houseStyleIdSchema }).strict(),
    output: z.object({ id: z.string(), source: z.enum(['shipped', 'own']), style: houseStyleSchema }),
  },
  /** Writes an own style (new or changed); shipped styles are read-only and a damaged file is never replaced. */
  'house-style/save': { method: 'saveHouseStyle', input: saveInputSchema, output: z.object({ id: z.string() }) },
  /** Sets an own style aside (its file becomes "<id>.backup.json"); refused while a committee uses it. */
  'house-style/delete': { method: 'deleteHouseStyle', input: z.object({ id: houseStyleIdSchema }).strict(), output: z.object({ id: z.string() }) },
} as const satisfies Record<string, ChannelSpec>;

export type HouseStyleList = z.infer<typeof houseStyleListSchema>;
export type HouseStyleSummary = z.infer<typeof houseStyleSummarySchema>;
export type DamagedHouseStyle = z.infer<typeof damagedHouseStyleSchema>;
