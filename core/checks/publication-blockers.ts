// Checks that stand for something missing from the minutes themselves — a
// decision never written, a vote with no motion, an action with no owner, an
// exempt paragraph that is not one, an item with no title, apologies "noted
// above" with nobody noted, a planning application with no decision, a
// refusal without reasons, conditions promised and not listed, a resolution
// under a motion the vote says was lost — rather than a point of style. The public version
// waits until each is answered in the minutes, or until the clerk waives them
// in so many words: a published file is not the place to find out. The full
// version is for the committee and is never held back.
import { readMinutes } from '../minutes/read-minutes';
import type { MinutesDocument } from '../storage/minutes-document';
import type { CheckKind, CheckWarning } from './check-types';
import { checkMinutes } from './minutes-checks';

const blockingKinds: ReadonlySet<CheckKind> = new Set<CheckKind>([
  'decision-empty',
  'vote-motion',
  'action-owner',
  'exempt-paragraph',
  'item-title',
  'apologies-noted-above',
  'planning-decision',
  'planning-reasons',
  'planning-conditions',
  'motion-result',
]);

/** Every check for the minutes as they stand (the Checks panel and the export dialog read these). */
export function checksFor(document: MinutesDocument): CheckWarning[] {
  return checkMinutes(document.meeting, readMinutes(document.content, document.meeting));
}

export function blocksPublicVersion(warning: CheckWarning): boolean {
  return blockingKinds.has(warning.kind);
}

/** The checks that hold back the public version until answered or waived. */
export function publicVersionBlockers(document: MinutesDocument): CheckWarning[] {
  return checksFor(document).filter(blocksPublicVersion);
}

/** Why a public export was refused, in the clerk's words, naming the first things to answer. */
export function publicVersionRefusal(blockers: ReadonlyArray<CheckWarning>): string {
  const count = blockers.length === 1 ? '1 thing in the minutes needs' : `${blockers.length} things in the minutes need`;
  const first = blockers
    .slice(0, 3)
    .map((warning) => `${warning.itemNumber ? `minute ${warning.itemNumber}: ` : ''}${warning.message}`)
    .join(' ');
  return `The public version was not exported: ${count} an answer first. ${first} Answer them in the minutes (the Checks panel, Ctrl+Shift+X, takes you to each), or waive them in the export dialog.`;
}
