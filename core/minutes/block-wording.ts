// Fixed wording the minutes use for standard blocks, in one place so the
// editor shows exactly what the exporters print.
import { formatUkTime } from '../text/uk-format';
import type { InterestKind } from './minutes-model';

export const interestKinds: ReadonlyArray<InterestKind> = ['personal', 'prejudicial', 'disclosable-pecuniary', 'other'];

export function interestKindLabel(kind: InterestKind): string {
  return kind === 'disclosable-pecuniary' ? 'disclosable pecuniary' : kind;
}

/** Prejudicial and pecuniary interests mean the member leaves the room for the item. */
export function interestRequiresLeaving(kind: InterestKind): boolean {
  return kind === 'prejudicial' || kind === 'disclosable-pecuniary';
}

/** "Councillor Lancaster declared a personal interest" (the reason follows). */
export function declarationLead(memberName: string, kind: InterestKind): string {
  const label = interestKindLabel(kind);
  const article = /^[aeiou]/.test(label) ? 'an' : 'a';
  return `${memberName || 'A member'} declared ${article} ${label} interest`;
}

/** The lead the minutes print: "an interest" for one of no named kind ("declared an other interest" is not English). */
export function printedDeclarationLead(memberName: string, kind: InterestKind): string {
  return kind === 'other' ? `${memberName || 'A member'} declared an interest` : declarationLead(memberName, kind);
}

export const statements = {
  'no-apologies': 'There were no apologies for absence.',
  'no-declarations': 'There were no declarations.',
  'no-public-questions': 'There were no public questions.',
  'no-member-questions': 'There were no member questions.',
  'no-urgent-business': 'There was no urgent business raised at the meeting.',
} as const;

export type StatementKind = keyof typeof statements;

export const DEFAULT_RESOLUTIONS_HEADING = 'It was agreed:';

export const cabinetParts = ['decision', 'reasons', 'alternatives'] as const;
export type CabinetPart = (typeof cabinetParts)[number];

export const cabinetPartHeadings: Record<CabinetPart, string> = {
  decision: 'Decision:',
  reasons: 'Reasons for the decision:',
  alternatives: 'Other options considered and rejected:',
};

/** "The meeting started at 5.30 pm and ended at 6.45 pm" from "17:30" and "18:45". */
export function closeNote(startedAt: string | null, endedAt: string | null): string {
  if (startedAt && endedAt) return `The meeting started at ${formatUkTime(startedAt)} and ended at ${formatUkTime(endedAt)}`;
  if (startedAt) return `The meeting started at ${formatUkTime(startedAt)}`;
  if (endedAt) return `The meeting ended at ${formatUkTime(endedAt)}`;
  return '';
}

/**
 * The common discussion form: "In response to Councillor Lancaster’s question
 * around agile working, Councillor Tariq explained that ". A blank asker reads
 * as members' questions in general.
 */
export function inResponseSentence(asker: string, topic: string, answerer: string): string {
  const whose = asker.trim() ? `${asker.trim()}’s question` : 'members’ questions';
  const around = topic.trim() ? ` around ${topic.trim()}` : '';
  return `In response to ${whose}${around}, ${answerer.trim() || 'it was'} explained that `;
}
