// The approval seal: what exactly is hashed when minutes are approved, so the
// app can tell on opening whether a single character has changed since. The
// hash itself (SHA-256) is computed in main with node:crypto; core defines
// the canonical text it is computed over, so both ends agree byte for byte.
//
// Canonical form: JSON with object keys sorted (recursively), no spaces, of
//   { meeting (without its status), content (without the layout fields the
//     editor recomputes on load: direction, textFormat, textStyle),
//     approval (without its seal), amendments (each without its seal) }.
// The status is left out because approving changes it; the review comments
// are left out because they are working notes, not the record.
import type { MinutesDocument } from '../storage/minutes-document';
import type { Approval, Amendment, ReviewState, Seal } from './review-schema';

const EDITOR_DERIVED_KEYS = new Set(['direction', 'textFormat', 'textStyle']);

/** JSON with sorted keys; `drop` leaves out keys (at any depth) the caller names. */
export function canonicalJson(value: unknown, drop: ReadonlySet<string> = new Set()): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((entry) => canonicalJson(entry === undefined ? null : entry, drop)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, entry]) => entry !== undefined && !drop.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry, drop)}`).join(',')}}`;
}

const withoutSeal = <T extends { seal: Seal }>(entry: T): Omit<T, 'seal'> => {
  const { seal: _seal, ...rest } = entry;
  return rest;
};

/** The text whose SHA-256 seals the record, given the approval and amendments it is sealed with. */
export function canonicalSealText(document: MinutesDocument, approval: Approval, amendments: Amendment[]): string {
  const { status: _status, ...meeting } = document.meeting;
  return [
    '{"amendments":',
    canonicalJson(amendments.map(withoutSeal)),
    ',"approval":',
    canonicalJson(withoutSeal(approval)),
    ',"content":',
    canonicalJson(document.content, EDITOR_DERIVED_KEYS),
    ',"meeting":',
    canonicalJson(meeting),
    '}',
  ].join('');
}

/** The seal the record must currently match: the last amendment's, or the approval's. */
export function currentSeal(review: ReviewState): Seal | null {
  return review.amendments.at(-1)?.seal ?? review.approval?.seal ?? null;
}

export type SealCheck =
  { status: 'not-approved' } | { status: 'amending'; reason: string } | { status: 'intact'; approval: Approval } | { status: 'changed'; approval: Approval };

/** Checks a document against its seal, with the hash function main supplies. */
export function checkSeal(document: MinutesDocument, review: ReviewState, sha256Hex: (text: string) => string): SealCheck {
  const approval = review.approval;
  if (!approval) return { status: 'not-approved' };
  if (review.amending) return { status: 'amending', reason: review.amending.reason };
  const expected = currentSeal(review)!.hash;
  const actual = sha256Hex(canonicalSealText(document, approval, review.amendments));
  return actual === expected ? { status: 'intact', approval } : { status: 'changed', approval };
}
