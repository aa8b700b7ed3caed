// A meeting template: the data file a council edits to say how its minutes
// start and end (standing items), how recurring phrases are worded, how minutes
// are numbered and how the heading is laid out. Shipped ones live in templates/,
// a council's own in the app's data folder.
import { z } from 'zod';
import { headingLayoutSchema, meetingWordingSchema } from '../model/meeting';

export const TEMPLATE_FORMAT_VERSION = 1;

export const templateItemSchema = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('standing'),
    /** A stable key the editor offers blocks for: "apologies", "declarations", "public-questions"… */
    key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a short key in lower case with hyphens, such as "public-questions"'),
    title: z.string().trim().min(1, 'the item needs a title').max(300),
    /** A first paragraph the item starts with ("Apologies for absence are noted above."), or "". */
    text: z.string().max(2000).default(''),
  }),
  /** Where the meeting's own items of business go. */
  z.looseObject({ kind: z.literal('business') }),
]);

export type TemplateItem = z.infer<typeof templateItemSchema>;

/**
 * The meeting's wording, with the resolutions' style checked here: a council
 * typing "bullets" is told so, rather than getting numbers without a word.
 */
const templateWordingSchema = meetingWordingSchema.extend({ resolutionsStyle: z.enum(['numbered', 'bulleted']).optional() });

export const meetingTemplateSchema = z.looseObject({
  formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
  name: z.string().trim().min(1, 'the template needs a name').max(120),
  description: z.string().max(500).default(''),
  /** "committee-prefix": the committee's running prefix (CYP.12) if it has one; "plain": 1, 2, 3 each meeting. */
  numbering: z.enum(['committee-prefix', 'plain']).default('committee-prefix'),
  /** What every item of business ends with: nothing, or a cabinet decision (Decision / Reasons / Other options). */
  businessItemEnding: z.enum(['none', 'cabinet-decision']).default('none'),
  wording: templateWordingSchema.default({ resolutionsHeading: 'It was agreed:' }),
  heading: headingLayoutSchema.default(() => headingLayoutSchema.parse({})),
  items: z
    .array(templateItemSchema)
    .max(100)
    .refine((items) => items.filter((item) => item.kind === 'business').length === 1, {
      message: 'needs exactly one { "kind": "business" } entry, to mark where the items of business go',
    }),
});

export type MeetingTemplate = z.infer<typeof meetingTemplateSchema>;

/** A template as listed to the page: its id (from its file name) and where it came from. */
export interface TemplateEntry {
  id: string;
  source: 'shipped' | 'own';
  template: MeetingTemplate;
}
