// Checks before export: what a monitoring officer would send back. Pure and
// read-only; each warning points at its block.
// - An executive decision must record its reasons and the alternative options
//   considered and rejected (regulation 12 of the Local Authorities (Executive
//   Arrangements) (Meetings and Access to Information) (England) Regulations 2012).
// - An exempt item must say which paragraph of Schedule 12A (1 to 7) applies.
// - "Apologies … noted above" only where the heading lists some.
// - Every item minutes something: a heading with nothing under it (a standing
//   item from the template not yet filled in) is not printed in real minutes.
import { meetingGlossary } from '../minutes/meeting-context';
import type { AgendaItemMinutes, MinuteBlock, MinutesContent } from '../minutes/minutes-model';
import type { Meeting } from '../model/meeting';
import { readHouseStyleOfMeeting } from '../house-style/meeting-house-style';
import { acronymStem, findUndefinedAcronyms, inlineDefinitions } from '../text/acronyms';
import { findNameVariants } from '../text/names';
import { blockTexts, richPlain } from '../export/minutes-text';
import { hasUnpublishable } from '../export/publishable-text';
import { isValidExemptParagraph } from '../publication/exempt-field';
import type { CheckWarning } from './check-types';
import { emptyItemMessage } from './empty-item-message';
import { motionChecks } from './motion-checks';
import { voteProblems, type Present } from './vote-problems';
import { planningChecks } from './planning-checks';
import { withdrawalChecks, withdrawnVotingMembers } from './withdrawal-checks';
import { votingMembersPresentFor } from './present-for-item';

type Place = Pick<CheckWarning, 'itemId' | 'itemNumber' | 'blockIndex'>;

const hasText = (parts: ReadonlyArray<ReadonlyArray<{ text: string }>>) => parts.some((part) => part.some((run) => run.text.trim()));

function decisionChecks(block: MinuteBlock, place: Place): CheckWarning[] {
  if (block.kind !== 'cabinet-decision') return [];
  if (![block.decision, block.reasons, block.alternatives].some(hasText)) {
    // The Cabinet template's parts, never filled in: the export leaves them out, but was a decision taken?
    return [
      {
        kind: 'decision-empty',
        message:
          'The Decision, Reasons and Other options here are empty and will not be printed: write the decision, or delete the empty parts if none was taken (an item deferred or only noted).',
        ...place,
      },
    ];
  }
  const warnings: CheckWarning[] = [];
  if (!hasText(block.decision))
    warnings.push({ kind: 'decision-empty', message: 'This decision record gives its reasons but not the decision itself.', ...place });
  if (!hasText(block.reasons))
    warnings.push({
      kind: 'decision-reasons',
      message: 'This decision does not record its reasons (required by regulation 12 of the 2012 Executive Arrangements regulations).',
      ...place,
    });
  if (!hasText(block.alternatives))
    warnings.push({
      kind: 'decision-alternatives',
      message:
        'This decision does not record the other options considered and rejected (required by regulation 12 of the 2012 Executive Arrangements regulations); write “None” if there were none.',
      ...place,
    });
  return warnings;
}

function voteChecks(block: MinuteBlock, place: Place, present: Present): CheckWarning[] {
  if (block.kind !== 'vote') return [];
  const problems = voteProblems(block.vote, present);
  return problems.length ? [{ kind: 'vote-counts', message: `Vote: ${problems.join('; ')}.`, ...place }] : [];
}

function textChecks(texts: string[], place: Place, glossary: Array<{ acronym: string; meaning: string }>, names: string[], seen: Set<string>): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  for (const text of texts) {
    for (const acronym of findUndefinedAcronyms(text, glossary)) {
      const stem = acronymStem(acronym);
      if (seen.has(stem)) continue;
      seen.add(stem);
      warnings.push({ kind: 'undefined-acronym', message: `“${acronym}” is not in the committee’s glossary and is not spelt out where first used.`, ...place });
    }
    for (const variant of findNameVariants(text, names)) {
      warnings.push({ kind: 'name-variant', message: `“${variant.found}” looks like a misspelling of “${variant.expected}” on the roster.`, ...place });
    }
  }
  return warnings;
}

/** Only empty paragraphs (or none): structured blocks such as "There were no declarations." count as minuted. */
function nothingMinuted(item: AgendaItemMinutes): boolean {
  return item.blocks.every((block) => (block.kind === 'paragraph' || block.kind === 'list') && blockTexts(block).every((text) => !text.trim()));
}

export function checkMinutes(meeting: Meeting, minutes: MinutesContent): CheckWarning[] {
  const roster = meeting.roster;
  const names = roster.map((person) => person.name);
  const allText = [...minutes.preamble.flatMap(blockTexts), ...minutes.items.flatMap((item) => item.blocks.flatMap(blockTexts))].join('\n');
  // Spelt out anywhere ("Children in Care Council (CiCC)") counts as defined.
  const glossary = [...meetingGlossary(meeting), ...inlineDefinitions(allText)];
  const atMeeting = votingMembersPresentFor(meeting, minutes.items, null);
  // The templates' "Apologies for absence are noted above." points at the heading, which lists only those marked A.
  const noneNotedAbove = !meeting.attendance.some((entry) => entry.status === 'apologies');
  const seenAcronyms = new Set<string>();
  const warnings: CheckWarning[] = [];
  // Said before export rather than only when it is refused: the style kept in the file must be put right first.
  const style = readHouseStyleOfMeeting(meeting);
  if (!style.ok) {
    warnings.push({
      kind: 'house-style',
      message: `These minutes will not export until their house style is put right: ${style.problem}`,
      itemId: null,
      itemNumber: null,
      blockIndex: null,
    });
  }

  const visit = (blocks: MinuteBlock[], item: AgendaItemMinutes | null) => {
    const votes = blocks.some((block) => block.kind === 'vote' || block.kind === 'motion' || block.kind === 'planning-decision');
    const inRoom = item && votes ? votingMembersPresentFor(meeting, minutes.items, minutes.items.indexOf(item)) : atMeeting;
    // Members recorded as withdrawing at the item did not vote on it.
    const present = { meeting: atMeeting, item: item && inRoom !== null ? inRoom - withdrawnVotingMembers(meeting, minutes, item, false).size : inRoom };
    blocks.forEach((block, blockIndex) => {
      const place: Place = { itemId: item?.id ?? null, itemNumber: item?.number ?? null, blockIndex };
      warnings.push(...decisionChecks(block, place), ...voteChecks(block, place, present), ...motionChecks(block, place, present));
      if (noneNotedAbove && block.kind === 'paragraph' && /\bapologies\b.*\bnoted above\b/i.test(richPlain(block.text))) {
        warnings.push({
          kind: 'apologies-noted-above',
          message:
            'This says apologies are noted above, but no one is marked as sending apologies, so the heading lists none: mark them in the Attendance panel (Ctrl+Shift+A), or write “There were no apologies for absence.” (Ctrl+Alt+Shift+Y).',
          ...place,
        });
      }
      if (blockTexts(block).some(hasUnpublishable)) {
        warnings.push({
          kind: 'unpublishable-character',
          message:
            'This text holds a control character that a published file cannot hold (pasted from another program?): the export leaves it out. Retype the words around it if something looks missing.',
          ...place,
        });
      }
      if (block.kind === 'vote' && !richPlain(block.vote.motion).trim()) {
        warnings.push({
          kind: 'vote-motion',
          message: 'This vote does not say what the motion was: the export prints only who moved it and the result.',
          ...place,
        });
      }
      if (block.kind === 'action' && !block.action.owner) {
        warnings.push({ kind: 'action-owner', message: `The action “${richPlain(block.action.description).slice(0, 60)}” has no owner.`, ...place });
      }
      warnings.push(...textChecks(blockTexts(block), place, glossary, names, seenAcronyms));
    });
    warnings.push(...planningChecks(blocks, (blockIndex) => ({ itemId: item?.id ?? null, itemNumber: item?.number ?? null, blockIndex }), present));
  };

  visit(minutes.preamble, null);
  warnings.push(...withdrawalChecks(meeting, minutes));
  for (const item of minutes.items) {
    if (item.exempt && (item.exempt.problem || !isValidExemptParagraph(item.exempt.paragraph))) {
      const problem = item.exempt.problem ?? `its exempt paragraph is “${item.exempt.paragraph.trim() || 'none'}”, not a paragraph of Schedule 12A (1 to 7)`;
      warnings.push({
        kind: 'exempt-paragraph',
        // Named in full: the item is kept out of the public version (fail closed) until the clerk says which paragraph applies.
        message: `Minute ${item.number} “${item.title || 'untitled'}” is treated as exempt and left out of the public version: ${problem}. Set the paragraph (1 to 7) on the item, or clear the exempt mark if the item is public.`,
        itemId: item.id,
        itemNumber: item.number,
        blockIndex: null,
      });
    }
    if (nothingMinuted(item)) {
      warnings.push({
        kind: 'empty-item',
        message: emptyItemMessage(item.title),
        itemId: item.id,
        itemNumber: item.number,
        blockIndex: null,
      });
    }
    if (!item.title.trim()) {
      warnings.push({
        kind: 'item-title',
        message: `Minute ${item.number} has no title: the export prints only its number.`,
        itemId: item.id,
        itemNumber: item.number,
        blockIndex: null,
      });
    }
    if (hasUnpublishable(item.title)) {
      warnings.push({
        kind: 'unpublishable-character',
        message: `The title of minute ${item.number} holds a control character that a published file cannot hold: the export leaves it out.`,
        itemId: item.id,
        itemNumber: item.number,
        blockIndex: null,
      });
    }
    warnings.push(...textChecks([item.title], { itemId: item.id, itemNumber: item.number, blockIndex: null }, glossary, names, seenAcronyms));
    visit(item.blocks, item);
  }
  return warnings;
}
