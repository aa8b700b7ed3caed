// What each version of the minutes may print: the one rule every writer and
// appendix goes through (core/export/build-layout.ts and export-minutes.ts
// call nothing else to decide it). The full version prints everything; the
// public version prints what a council publishes:
// - an exempt item keeps its number and title (the exempt notice says why the
//   press and public were excluded) and, of everything under it, only the fact
//   of each declaration of interest: member, minute number and kind, never the
//   detail (councils publish that an interest was declared even in private);
// - apology and absence reasons only when the house style says so (off by
//   default: they are often health or family matters);
// - of the record of approval, the approval itself and, for each amendment,
//   only its date and the minute numbers it names; a correction still being
//   made, and every amendment's reason, are notes between clerk and chair.
// Exempt status itself comes from core/publication/exempt-field.ts, which fails closed.
import type { Amendment, Approval } from '../review/review-schema';
import type { AgendaItemMinutes, MinuteBlock, MinutesContent } from '../minutes/minutes-model';
import type { Meeting } from '../model/meeting';

export type Version = 'public' | 'full';

/** The house-style choices this rule reads (the print section of core/house-style/house-style-schema.ts). */
export interface PublicationStyle {
  apologyReasonsInPublic: boolean;
}

/** An amendment as a version prints it: the reason and who recorded it are null in the public version. */
export interface PrintedAmendment {
  recordedOn: string;
  recordedBy: string | null;
  reason: string | null;
  /** Minute numbers the amendment names (in its reason), in the minutes' order. */
  minutes: string[];
}

/** The record of approval as a version prints it. */
export interface PrintedRecord {
  approval: Approval;
  amendments: PrintedAmendment[];
  /** A correction begun but not yet sealed: both versions say so (the text may change); only the full version gives its reason. */
  correctionInProgress: boolean;
  amendingReason: string | null;
}

export interface ReviewRecord {
  approval: Approval | null;
  amendments: ReadonlyArray<Amendment>;
  amending?: { reason: string } | null;
}

function withoutApologyReasons(blocks: ReadonlyArray<MinuteBlock>): MinuteBlock[] {
  return blocks.map((block) => (block.kind === 'apologies' ? { ...block, entries: block.entries.map((entry) => ({ ...entry, reason: '' })) } : block));
}

/** Under an exempt item, only who declared what kind of interest: no details, nothing else. */
function declarationFacts(item: AgendaItemMinutes): MinuteBlock[] {
  const entries = item.blocks.flatMap((block) => (block.kind === 'declarations' ? block.entries : []));
  if (entries.length === 0) return [];
  return [
    { kind: 'declarations', entries: entries.map((entry) => ({ member: entry.member, itemId: entry.itemId, kind: entry.kind, reason: [], leftRoom: false })) },
  ];
}

/** True when this version prints only the fact of the item's declarations, not their detail. */
export function declarationDetailWithheld(item: Pick<AgendaItemMinutes, 'exempt'>, version: Version): boolean {
  return version === 'public' && item.exempt !== null;
}

/** The items as this version prints them. */
export function itemsForVersion(minutes: Pick<MinutesContent, 'items'>, version: Version, style: PublicationStyle): AgendaItemMinutes[] {
  if (version === 'full') return minutes.items;
  return minutes.items.map((item) => {
    // Fails closed: an exempt item's public version prints its title and notice, not even the report's name.
    if (item.exempt) return { ...item, reportName: null, blocks: declarationFacts(item) };
    return style.apologyReasonsInPublic ? item : { ...item, blocks: withoutApologyReasons(item.blocks) };
  });
}

/** Text before the first agenda item, as this version prints it. */
export function preambleForVersion(minutes: Pick<MinutesContent, 'preamble'>, version: Version, style: PublicationStyle): MinuteBlock[] {
  return version === 'full' || style.apologyReasonsInPublic ? minutes.preamble : withoutApologyReasons(minutes.preamble);
}

/** The meeting whose roll the heading and the attendance appendix are written from: reasons left out of a public version unless house style prints them. */
export function meetingForVersion<M extends Pick<Meeting, 'attendance'>>(meeting: M, version: Version, style: PublicationStyle): M {
  if (version === 'full' || style.apologyReasonsInPublic) return meeting;
  return { ...meeting, attendance: meeting.attendance.map((entry) => ({ ...entry, reason: '' })) };
}

/**
 * Minute numbers named in the text ("minute CA.127", "minutes 4 and 5"), in the minutes' order. A number that
 * is only digits counts only after "minute" or "item", so "£5" or "20 May" are not read as minutes 5 and 20.
 */
function minutesNamed(text: string, numbers: ReadonlyArray<string>): string[] {
  return numbers.filter((number) => {
    if (!number.trim()) return false;
    const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const lead = /^\d+$/.test(number) ? '(?:minutes?|items?)\\s+(?:[\\p{L}\\d.]+(?:,\\s*|\\s+and\\s+))*' : '(?<![\\p{L}\\d.])';
    return new RegExp(`${lead}${escaped}(?![\\p{L}\\d]|\\.\\d)`, 'iu').test(text);
  });
}

/** The record of approval as this version prints it, or null when the minutes are not approved. */
export function recordForVersion(record: ReviewRecord | null | undefined, version: Version, minuteNumbers: ReadonlyArray<string>): PrintedRecord | null {
  if (!record?.approval) return null;
  const full = version === 'full';
  return {
    approval: record.approval,
    amendments: record.amendments.map((amendment) => ({
      recordedOn: amendment.recordedOn,
      recordedBy: full ? amendment.recordedBy : null,
      reason: full ? amendment.reason : null,
      minutes: minutesNamed(amendment.reason, minuteNumbers),
    })),
    correctionInProgress: Boolean(record.amending),
    amendingReason: full && record.amending ? record.amending.reason : null,
  };
}
