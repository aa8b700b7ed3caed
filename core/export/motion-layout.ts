// A motion laid out in the order and words of a house style
// (core/house-style): the motion as moved ("On a motion by Councillor S Kelly
// and seconded by Councillor B Berry it was –", "PROPOSED: J.P. Anderson
// SECONDED: M.Wilkins."), each amendment with its own movers and result, the
// vote ("Vote: Four in favour, one abstention.", or inside the resolution's
// label: "Resolved (7:7 and on the chair's casting vote) –") and the
// resolution it carried. Without a style of the meeting's own, the app's
// present wording is used (the Bury style, whose votes read as the vote
// block's do) with the template's resolutions wording. Nothing is invented:
// a vote not yet counted prints no result (the checks ask for it).
import { houseStyleCatalogue } from '../house-style/shipped-house-styles';
import type { HouseStyle } from '../house-style/house-style-schema';
import { motionText, resolutionLabel, resolutionMarker, tallyText, voteText } from '../house-style/house-style-wording';
import type { MinuteBlock, RichText, Vote } from '../minutes/minutes-model';
import { joinNames } from '../model/minutes-heading';
import type { LayoutBlock, LayoutRun } from './layout-model';
import { typedNames, type Namer } from './styled-names';
import bury from '../house-style/styles/bury.json';

type Motion = Extract<MinuteBlock, { kind: 'motion' }>;
type MotionStyle = Pick<HouseStyle, 'votes' | 'resolutions'>;

const runs = (text: RichText): LayoutRun[] => text.map((run) => ({ text: run.text, bold: run.bold, italic: run.italic, underline: run.underline }));
const written = (text: RichText) => text.some((run) => run.text.trim() !== '');

function withFullStop(text: LayoutRun[]): LayoutRun[] {
  const last = text.at(-1);
  if (!last || /[.!?:;–—-]\s*$/.test(last.text)) return text;
  return [...text.slice(0, -1), { ...last, text: `${last.text.trimEnd()}.` }];
}

const appVotes = houseStyleCatalogue([{ id: 'bury', json: bury }]).styles[0]!.style.votes;

/** The app's own wording for a meeting with no house style: the template's resolutions label, placed as it reads. */
export function defaultMotionStyle(label: string): MotionStyle {
  const ownLine = label.trim().endsWith(':');
  return {
    votes: appVotes,
    resolutions: { label: label.trim() || 'It was agreed:', placement: ownLine ? 'own-line' : 'inline', numberSingle: ownLine, several: 'numbered' },
  };
}

const counted = (vote: Vote) => vote.counts.for + vote.counts.against + vote.counts.abstain > 0;

/** The vote in the style's words, or null when it was not counted. */
function voteWords(style: MotionStyle, vote: Vote, namer: Namer = typedNames): string | null {
  if (!counted(vote)) return null;
  const carried = vote.result === 'carried';
  if (vote.recorded?.length) {
    const names = (choice: 'for' | 'against' | 'abstain') =>
      joinNames(vote.recorded!.filter((entry) => entry.choice === choice).map((entry) => namer.one(entry.member, ''))) || 'none';
    return style.votes.named
      .replace('{for}', names('for'))
      .replace('{against}', names('against'))
      .replace('{abstentions}', names('abstain'))
      .replace('{outcome}', carried ? style.votes.carried : style.votes.lost);
  }
  const tie = vote.counts.for === vote.counts.against && vote.castingVote !== null;
  return voteText(style.votes, { for: vote.counts.for, against: vote.counts.against, abstentions: vote.counts.abstain }, { carried, castingVote: tie });
}

/**
 * The vote as a sentence of its own. An "after-motion" style's words are one already ("Vote: Four in favour,
 * one abstention."). An "in-resolution" style's counted words belong inside a label ("(7:7 …)"), so they are
 * put in a sentence with the outcome; its recorded-vote words are a sentence without the outcome, which follows.
 */
function voteSentence(style: MotionStyle, vote: Vote, words: string): string {
  if (style.votes.placement !== 'in-resolution') return words;
  const outcome = vote.result === 'carried' ? style.votes.carried : style.votes.lost;
  if (vote.recorded?.length) return `${words} The motion was ${outcome}.`;
  return `The motion was ${outcome} ${words}.`.replace(/\.\.$/, '.');
}

/** "On a motion by … it was –" where both are named; "Moved by X." with no seconder; null with no mover. */
function movedBy(style: MotionStyle, vote: Vote, names: Namer): string | null {
  if (!vote.mover) return null;
  const mover = names.mover(vote.mover, '');
  if (!vote.seconder) return `Moved by ${mover}.`;
  return motionText(style.votes, mover, names.mover(vote.seconder, ''));
}

/** An amendment's own words: "An amendment was moved by … and seconded by …" and, once counted, its result. */
function amendmentWords(style: MotionStyle, amendment: Vote, names: Namer): { lead: string; result: string | null } {
  const who = [amendment.mover && `moved by ${names.mover(amendment.mover, '')}`, amendment.seconder && `seconded by ${names.mover(amendment.seconder, '')}`]
    .filter(Boolean)
    .join(' and ');
  const lead = `An amendment was ${who || 'moved'}`;
  if (!counted(amendment)) return { lead, result: null };
  const outcome = amendment.result === 'carried' ? style.votes.carried : style.votes.lost;
  const tally = tallyText(style.votes, { for: amendment.counts.for, against: amendment.counts.against, abstentions: amendment.counts.abstain });
  const casting = amendment.counts.for === amendment.counts.against && amendment.castingVote ? style.votes.castingVote : '';
  return { lead, result: `On being put to the vote, the amendment was ${outcome}${casting} (${tally}).` };
}

function amendmentBlocks(style: MotionStyle, amendment: Vote, names: Namer): LayoutBlock[] {
  const { lead, result } = amendmentWords(style, amendment, names);
  const out: LayoutBlock[] = [
    { kind: 'paragraph', runs: written(amendment.motion) ? [{ text: `${lead}: ` }, ...withFullStop(runs(amendment.motion))] : [{ text: `${lead}.` }] },
  ];
  if (result) out.push({ kind: 'paragraph', runs: [{ text: result }] });
  return out;
}

/** The resolution under its label, numbered as the style numbers resolutions (`bulleted`: the clerk chose bullets for the run). */
export function resolutionBlocks(style: MotionStyle, label: string, items: LayoutRun[][], bulleted = false): LayoutBlock[] {
  const marker = resolutionMarker(style, items.length, bulleted);
  if (marker === 'none') {
    if (style.resolutions.placement === 'inline') return [{ kind: 'paragraph', runs: [{ text: `${label} ` }, ...items[0]!] }];
    return [
      { kind: 'paragraph', runs: [{ text: label }], keepWithNext: true },
      { kind: 'paragraph', runs: items[0]! },
    ];
  }
  return [
    { kind: 'paragraph', runs: [{ text: label }], keepWithNext: true },
    { kind: 'list', ordered: marker === 'number', items },
  ];
}

/**
 * The motion's blocks. `resolved` is what was resolved when another block records it (a planning decision
 * carried by this motion, core/export/planning-layout.ts); the blocks that block adds follow these.
 */
export function motionBlocks(
  block: Pick<Motion, 'moved' | 'amendments' | 'resolution' | 'label'>,
  houseStyle: MotionStyle | null,
  resolved?: LayoutRun[][],
  names: Namer = typedNames,
): LayoutBlock[] {
  const style = houseStyle ?? defaultMotionStyle(block.label);
  const { moved } = block;
  const lead = movedBy(style, moved, names);
  const vote = voteWords(style, moved, names);
  const carried = counted(moved) && moved.result === 'carried';
  const motionText = withFullStop(runs(moved.motion));
  // The words resolved: the clerk's resolution, or a carried motion's own words.
  const motionIsResolution = !resolved && !block.resolution.some(written) && carried && written(moved.motion);
  const resolution = resolved ?? (motionIsResolution ? [motionText] : block.resolution.filter(written).map(runs));
  const out: LayoutBlock[] = [];
  const inResolution = style.votes.placement === 'in-resolution';

  if (inResolution) {
    // "On a motion by … it was –" leads straight into "Resolved (…) –": the motion's words (unless they are what
    // was resolved) and its amendments come before it.
    if (written(moved.motion) && !motionIsResolution) out.push({ kind: 'paragraph', runs: motionText });
    for (const amendment of block.amendments) out.push(...amendmentBlocks(style, amendment, names));
    if (lead) out.push({ kind: 'paragraph', runs: [{ text: lead }], keepWithNext: true });
  } else if (lead || written(moved.motion)) {
    // "Moved by X, seconded by Y:" with no motion typed ends as a sentence, never with a dangling colon.
    out.push({
      kind: 'paragraph',
      runs: lead && written(moved.motion) ? [{ text: `${lead} ` }, ...motionText] : lead ? [{ text: lead.replace(/\s*:$/, '.') }] : motionText,
    });
  }
  if (!inResolution) for (const amendment of block.amendments) out.push(...amendmentBlocks(style, amendment, names));
  const lost = counted(moved) && !carried;
  if (vote && (!inResolution || lost || resolution.length === 0)) {
    // The vote stands as a sentence of its own, or (in-resolution) for a motion lost, which resolved nothing.
    out.push({ kind: 'paragraph', runs: [{ text: voteSentence(style, moved, vote) }] });
  }
  if (resolution.length > 0) {
    const label = printedMotionResolutionsLabel(style) ?? resolutionLabel(style, vote);
    out.push(...resolutionBlocks(style, label, resolution));
  }
  return out;
}

/**
 * A vote block (a vote with no resolution of its own) in the house style's words: who moved it, the motion and
 * the vote as the council counts it, with any recorded vote's table. Nothing is invented: a vote not yet counted
 * prints no result.
 */
export function styledVoteBlocks(style: MotionStyle, vote: Vote, names: Namer): LayoutBlock[] {
  const lead = movedBy(style, vote, names);
  const words = voteWords(style, vote, names);
  const out: LayoutBlock[] = [];
  if (lead || written(vote.motion)) {
    const motion = withFullStop(runs(vote.motion));
    out.push({
      kind: 'paragraph',
      runs: lead && written(vote.motion) ? [{ text: `${lead} ` }, ...motion] : lead ? [{ text: lead.replace(/\s*[:–—-]$/, '.') }] : motion,
    });
  }
  if (words) out.push({ kind: 'paragraph', runs: [{ text: voteSentence(style, vote, words) }] });
  if (vote.recorded?.length) {
    const choice = { for: 'For', against: 'Against', abstain: 'Abstained' } as const;
    out.push({
      kind: 'table',
      caption: 'Recorded vote',
      header: ['Member', 'Vote'],
      rows: vote.recorded.map((entry) => [names.one(entry.member, ''), choice[entry.choice]]),
    });
  }
  return out;
}

/**
 * What the style prints before and after the clerk's words of one part of a motion or a vote, for the editor to
 * show beside them: the same words, from the same functions, as the blocks above lay out.
 *
 * - the motion: "PROPOSED: … SECONDED: …." before it and "Vote: Four in favour, one abstention." after it; where
 *   the vote goes inside the resolution's label, nothing before, and after it what follows it in print ("On a
 *   motion by … it was – Resolved (7:7 and on the chair’s casting vote) –", or, lost, "The motion was lost (…).").
 *   A carried motion that resolved nothing at all (no words moved, no resolution, no decision after it) prints
 *   "The motion was carried (…)." in place of the label (`afterIfUnresolved`: the part cannot see which it is);
 * - an amendment: "An amendment was moved by … and seconded by …:" and its result;
 * - a vote block: its mover and its vote.
 *
 * Nothing is invented: a vote not yet counted has no words after it.
 */
export function printedLeads(
  style: MotionStyle,
  part: 'motion' | 'amendment' | 'vote',
  vote: Vote,
  names: Namer = typedNames,
): { before: string | null; after: string | null; afterIfUnresolved: string | null } {
  // Each person is named once here, so a namer that remembers first mentions sees them once.
  if (part === 'amendment') {
    const { lead, result } = amendmentWords(style, vote, names);
    return { before: `${lead}:`, after: result, afterIfUnresolved: result };
  }
  const lead = movedBy(style, vote, names);
  const words = voteWords(style, vote, names);
  const sentence = words && voteSentence(style, vote, words);
  if (part === 'vote') return { before: lead, after: sentence, afterIfUnresolved: sentence };
  const carried = counted(vote) && vote.result === 'carried';
  if (style.votes.placement === 'in-resolution') {
    const joined = (result: string | null) => [lead, result].filter(Boolean).join(' ') || null;
    return { before: null, after: joined(carried ? resolutionLabel(style, words) : sentence), afterIfUnresolved: joined(sentence) };
  }
  return { before: lead, after: sentence, afterIfUnresolved: sentence };
}

/**
 * The label the style prints over a motion's resolutions after its vote ("RESOLVED:"), for the editor to show
 * above them; null where the vote goes inside the label (printedLeads shows it after the motion).
 */
export function printedMotionResolutionsLabel(style: MotionStyle): string | null {
  return style.votes.placement === 'in-resolution' ? null : resolutionLabel(style, null);
}
