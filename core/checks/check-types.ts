// What a pre-export check reports: a warning in the clerk's words, linked to
// the block it is about (item id and the block's index among the item's
// blocks) so the checks panel can take the clerk there. Checks never change
// the minutes.
export const checkKinds = [
  'decision-empty',
  'decision-reasons',
  'decision-alternatives',
  'exempt-paragraph',
  'undefined-acronym',
  'name-variant',
  'action-owner',
  'vote-counts',
  'empty-item',
  'apologies-noted-above',
  'unpublishable-character',
  'vote-motion',
  'item-title',
  'planning-decision',
  'planning-reasons',
  'planning-conditions',
  'planning-reference',
  'motion-order',
  'motion-result',
  'withdrawal-missing',
  'withdrawal-quorum',
  'house-style',
] as const;

export type CheckKind = (typeof checkKinds)[number];

export interface CheckWarning {
  kind: CheckKind;
  message: string;
  /** The agenda item, or null for text before the first item. */
  itemId: string | null;
  /** The printed minute number, for the panel ("Minute 5"). */
  itemNumber: string | null;
  /** Index of the block among the item's blocks, or null when about the item itself. */
  blockIndex: number | null;
}
