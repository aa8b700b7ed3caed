// The record of approval printed at the end of approved minutes, after the
// chair's signature: who approved them as a correct record and at which
// meeting, then each correction made since. What each version may say of a
// correction (its reason and who recorded it: full version only) is decided
// by core/publication/public-version.ts; this file only words it. Both
// writers print it from here, so the DOCX and the PDF say the same.
import type { PrintedAmendment, PrintedRecord } from '../publication/public-version';
import type { Approval } from '../review/review-schema';
import { joinNames } from '../model/minutes-heading';
import { formatUkDate, isIsoDate } from '../text/uk-format';
import type { LayoutBlock, LayoutRun } from './layout-model';

const ukDate = (iso: string) => (isIsoDate(iso) ? formatUkDate(iso) : iso);

/** Ends a sentence the clerk typed with a full stop unless it already has one. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?)”"’]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * "Cabinet, 20 April 2022" approved on 20 April 2022 reads "at the meeting of
 * Cabinet on 20 April 2022"; a meeting named without that date keeps its name
 * and the date of approval follows it, unless the name carries a date of its own.
 */
function meetingPhrase(atMeeting: string, approvedOn: string): string {
  const date = ukDate(approvedOn);
  const name = atMeeting.trim().replace(new RegExp(`(?:,|\\s+(?:held\\s+)?on)?\\s+${date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '');
  const named = /^the\s/i.test(name) ? name : `the meeting of ${name}`;
  // A meeting named with a date of its own is left to say when it was.
  return /\d{1,2} [A-Z][a-z]+ \d{4}/.test(name) ? named : `${named} on ${date}`;
}

export function approvalSentence(approval: Approval): string {
  return `Approved as a correct record by ${approval.approvedBy.trim()} at ${meetingPhrase(approval.atMeeting, approval.approvedOn)}.`;
}

export function amendmentLine(amendment: PrintedAmendment): LayoutRun[] {
  const minutes = amendment.minutes.length ? ` (minute${amendment.minutes.length > 1 ? 's' : ''} ${joinNames(amendment.minutes)})` : '';
  if (amendment.reason === null) return [{ text: `Amended on ${ukDate(amendment.recordedOn)}${minutes}.` }];
  const by = amendment.recordedBy ? ` (recorded by ${amendment.recordedBy.trim()})` : '';
  return [{ text: `Amended on ${ukDate(amendment.recordedOn)}${by}: ` }, { text: sentence(amendment.reason) }];
}

export function approvalBlocks(record: PrintedRecord | null | undefined): LayoutBlock[] {
  if (!record) return [];
  const blocks: LayoutBlock[] = [{ kind: 'paragraph', runs: [{ text: approvalSentence(record.approval) }] }];
  if (record.amendments.length > 0) {
    blocks.push({ kind: 'paragraph', runs: [{ text: 'Amendments made after approval:' }] });
    blocks.push({ kind: 'list', ordered: true, items: record.amendments.map(amendmentLine) });
  }
  if (record.correctionInProgress) {
    const lead = 'A correction is being made and has not yet been recorded as an amendment';
    blocks.push({
      kind: 'paragraph',
      runs: record.amendingReason ? [{ text: `${lead}: ` }, { text: sentence(record.amendingReason) }] : [{ text: `${lead}.` }],
    });
  }
  return blocks;
}
