// A council's house style for its minutes: font, heading wording and whether
// minute numbers are printed. Read from the meeting (a template may carry a
// `houseStyle` object, kept by the meeting's loose schema) with the usual
// council choices as defaults: Arial 12, items in capitals, numbers shown.
import { z } from 'zod';
import type { Meeting } from '../model/meeting';
import { isValidExemptParagraph } from '../publication/exempt-field';

/** {paragraph} is replaced by the Schedule 12A paragraph the item relied on. */
const DEFAULT_EXEMPT_NOTICE =
  'The press and public were excluded from the meeting for this item under paragraph {paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972, as it involved the likely disclosure of exempt information.';

export const houseStyleSchema = z.object({
  fontFamily: z.string().trim().min(1).max(60).catch('Arial').default('Arial'),
  fontSizePt: z.number().min(8).max(20).catch(12).default(12),
  itemTitlesInCapitals: z.boolean().catch(true).default(true),
  showMinuteNumbers: z.boolean().catch(true).default(true),
  exemptNotice: z.string().trim().min(1).max(600).catch(DEFAULT_EXEMPT_NOTICE).default(DEFAULT_EXEMPT_NOTICE),
  notForPublication: z.string().trim().min(1).max(80).catch('Not for publication').default('Not for publication'),
  chairRole: z.string().trim().min(1).max(60).catch('Chair').default('Chair'),
  /** Apology and absence reasons ("unwell") in the public version: off unless the council chooses to print them. */
  apologyReasonsInPublic: z.boolean().catch(false).default(false),
  /** Labels of the heading's venue and time lines. */
  venueLabel: z.string().trim().min(1).max(60).catch('Venue:').default('Venue:'),
  timeLabel: z.string().trim().min(1).max(60).catch('Time:').default('Time:'),
});

export type HouseStyle = z.output<typeof houseStyleSchema>;

export function houseStyleOf(meeting: Meeting): HouseStyle {
  const raw = (meeting as Record<string, unknown>).houseStyle;
  const parsed = houseStyleSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : houseStyleSchema.parse({});
}

/**
 * The notice printed in place of an exempt item. Without a valid paragraph (the checks ask for one) it cites
 * Part 1 of Schedule 12A without one, rather than printing a note to the clerk such as "[paragraph not recorded]".
 */
export function exemptNotice(style: HouseStyle, paragraph: string): string {
  const value = paragraph.trim();
  if (isValidExemptParagraph(value)) return style.exemptNotice.split('{paragraph}').join(value);
  return style.exemptNotice
    .replace(/\s*paragraph \{paragraph\} of\s*/g, ' ')
    .split('{paragraph}')
    .join('')
    .replace(/\s{2,}/g, ' ');
}
