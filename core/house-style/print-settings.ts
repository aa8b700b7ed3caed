// The print settings of a council's house style: font, the exempt-item notice,
// heading labels and whether minute numbers are printed. The wording of
// motions, votes and resolutions is the house style proper
// (house-style-schema.ts, chosen by the committee); these settings are the
// meeting's loose `houseStyle` object (a template may carry one), read
// defensively with the usual council choices as defaults: Arial 12, items in
// capitals, numbers shown.
import { z } from 'zod';
import type { Meeting } from '../model/meeting';
import { isValidExemptParagraph } from '../publication/exempt-field';

/** {paragraph} is replaced by the Schedule 12A paragraph the item relied on. */
const DEFAULT_EXEMPT_NOTICE =
  'The press and public were excluded from the meeting for this item under paragraph {paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972, as it involved the likely disclosure of exempt information.';

export const printSettingsSchema = z.object({
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

export type PrintSettings = z.output<typeof printSettingsSchema>;

export function printSettingsOf(meeting: Meeting): PrintSettings {
  const raw = (meeting as Record<string, unknown>).houseStyle;
  const parsed = printSettingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : printSettingsSchema.parse({});
}

/**
 * The notice printed in place of an exempt item. Without a valid paragraph (the checks ask for one) it cites
 * Part 1 of Schedule 12A without one, rather than printing a note to the clerk such as "[paragraph not recorded]".
 */
export function exemptNotice(style: PrintSettings, paragraph: string): string {
  const value = paragraph.trim();
  if (isValidExemptParagraph(value)) return style.exemptNotice.split('{paragraph}').join(value);
  return style.exemptNotice
    .replace(/\s*paragraph \{paragraph\} of\s*/g, ' ')
    .split('{paragraph}')
    .join('')
    .replace(/\s{2,}/g, ' ');
}
