// One minute block → layout blocks, in the words councils print: declarations
// as "Councillor Lancaster declared a personal interest as …", "It was
// agreed:" with numbered points, the three parts of an executive decision.
import { withdrawalSentenceIn } from '../blocks/withdrawal-block';
import { printedDeclarationLead } from '../minutes/block-wording';
import type { MinuteBlock, RichText } from '../minutes/minutes-model';
import { voteResult, type VoteCounts } from '../minutes/vote-result';
import { joinNames } from '../model/minutes-heading';
import { formatUkDate, isIsoDate } from '../text/uk-format';
import type { HouseStyle } from '../house-style/house-style-schema';
import { decisionPartLabels, declarationLeftRoomSentence, formatDate, noneWording, resolutionsLabelIn } from '../house-style/house-style-wording';
import type { LayoutBlock, LayoutRun } from './layout-model';
import { motionBlocks, resolutionBlocks, styledVoteBlocks } from './motion-layout';
import { planningBlocks } from './planning-layout';
import { typedNames, type Namer } from './styled-names';

/** How blocks print: the meeting's house style (null for the app's own wording) and its names. */
export interface BlockStyle {
  house: HouseStyle | null;
  names: Namer;
  /**
   * "Absent: H.Taylor, A. Clayworth" (heading.absentAtApologies), as the version may print it, given to the first
   * apologies block that asks and null after, so it is printed once.
   */
  absentAtApologies?: () => string | null;
}

/** The app's own wording, as before house styles. */
export const appBlockStyle: BlockStyle = { house: null, names: typedNames };

/** The apologies sentence with any absences the style prints after it, in one paragraph (so it may run on from the title). */
function withAbsences(text: string, style: BlockStyle): LayoutBlock[] {
  const absent = style.absentAtApologies?.() ?? null;
  return [{ kind: 'paragraph', runs: plain(absent ? `${text} ${absent}` : text) }];
}

function runs(text: RichText): LayoutRun[] {
  return text.map((run) => ({ text: run.text, bold: run.bold, italic: run.italic, underline: run.underline }));
}

function plain(text: string): LayoutRun[] {
  return [{ text }];
}

/** Adds a full stop when the clerk's sentence has none. */
function withFullStop(text: LayoutRun[]): LayoutRun[] {
  const last = text.at(-1);
  if (!last || /[.!?:)”"’]\s*$/.test(last.text)) return text;
  return [...text.slice(0, -1), { ...last, text: `${last.text.trimEnd()}.` }];
}

export function ukDateOrText(value: string, house: HouseStyle | null = null): string {
  if (!isIsoDate(value)) return value;
  return house ? formatDate(value, house.datesAndTimes.textDate) : formatUkDate(value);
}

/** The three parts of an executive decision, each under its label (or led by it, inline), in the house style's words. */
function decisionParts(block: Extract<MinuteBlock, { kind: 'cabinet-decision' }>, house: HouseStyle | null): LayoutBlock[] {
  const [decision, reasons, alternatives] = [block.decision, block.reasons, block.alternatives].map(paragraphs) as [
    LayoutBlock[],
    LayoutBlock[],
    LayoutBlock[],
  ];
  const labels = decisionPartLabels(house);
  // An empty part's heading says nothing (an untouched set from the Cabinet template, or a part not yet
  // written): it is left out, and the checks say what is missing.
  const parts: Array<[string, LayoutBlock[]]> = [
    [labels.decision, decision],
    [labels.reasons, reasons],
    [labels.alternatives, alternatives],
  ];
  const printed = parts.flatMap(([heading, body]): LayoutBlock[] => {
    if (!body.length) return [];
    const [first, ...rest] = body;
    if (labels.placement === 'inline' && first?.kind === 'paragraph') return [{ kind: 'paragraph', runs: [{ text: `${heading} ` }, ...first.runs] }, ...rest];
    return [{ kind: 'heading', level: 2, text: heading, anchor: null }, ...body];
  });
  // Only a decision the clerk marked as not a key decision gets the note: one not recorded claims nothing.
  const note = block.keyDecision === 'not-key' && printed.length ? house?.decisionParts.notKeyDecisionNote : null;
  return note ? [...printed, { kind: 'paragraph', runs: [{ text: note }] }] : printed;
}

function paragraphs(parts: RichText[]): LayoutBlock[] {
  return parts.filter((part) => part.some((run) => run.text.trim())).map((part) => ({ kind: 'paragraph', runs: runs(part) }));
}

/** `style` holds the meeting's house style (houseStyleOfMeeting), or null for the app's own wording. */
export function layoutBlock(block: MinuteBlock, style: BlockStyle = appBlockStyle): LayoutBlock[] {
  const { house, names } = style;
  switch (block.kind) {
    case 'paragraph':
      return [{ kind: 'paragraph', runs: runs(block.text) }];
    case 'heading':
      return [{ kind: 'heading', level: block.level === 1 ? 2 : 3, text: block.text.map((run) => run.text).join(''), anchor: null }];
    case 'list': {
      const sublists = block.sublists?.map((sublist) => ({ after: sublist.after, ordered: sublist.ordered, items: sublist.items.map(runs) }));
      return [{ kind: 'list', ordered: block.ordered, items: block.items.map(runs), ...(sublists?.length ? { sublists } : {}) }];
    }
    case 'apologies': {
      // No one to name: the clerk's "There were no apologies for absence." (Ctrl+Alt+Shift+Y).
      if (block.entries.length === 0) return withAbsences(noneWording(house, 'no-apologies'), style);
      // With no reasons, a house style groups councillors under one title ("Councillors J Barry and J Birkin").
      const listed = block.entries.some(({ reason }) => reason.trim())
        ? joinNames(block.entries.map(({ person, reason }) => (reason.trim() ? `${names.one(person, '')} (${reason.trim()})` : names.one(person, ''))))
        : names.many(block.entries.map(({ person }) => person));
      return withAbsences(`Apologies for absence were received from ${listed}.`, style);
    }
    case 'declarations':
      if (block.entries.length === 0) return [{ kind: 'paragraph', runs: plain(noneWording(house, 'no-declarations')) }];
      return block.entries.map((entry) => {
        const member = names.one(entry.member, '');
        const lead = printedDeclarationLead(member, entry.kind);
        const reason = runs(entry.reason);
        const body: LayoutRun[] = reason.length ? [{ text: `${lead} ` }, ...reason] : [{ text: lead }];
        // The room, as the editor says: they return after the item, so "left the meeting" would be wrong.
        const left: LayoutRun[] = entry.leftRoom ? [{ text: ` ${declarationLeftRoomSentence(house)}` }] : [];
        return { kind: 'paragraph', runs: [...withFullStop(body), ...left] };
      });
    case 'question': {
      const who = block.audience === 'public' ? 'a member of the public' : 'a member';
      const out: LayoutBlock[] = [];
      if (block.question.length) out.push({ kind: 'paragraph', runs: [{ text: `Question from ${names.one(block.askedBy, who)}: ` }, ...runs(block.question)] });
      if (block.response.length)
        out.push({ kind: 'paragraph', runs: [{ text: `Response from ${names.one(block.respondent, 'the Chair')}: ` }, ...runs(block.response)] });
      return out;
    }
    case 'no-questions':
      return [
        {
          kind: 'paragraph',
          runs: plain(block.audience === 'public' ? noneWording(house, 'no-public-questions') : noneWording(house, 'no-member-questions')),
        },
      ];
    case 'resolutions':
      // In a house style, its label, numbering and placement (a bulleted block stays bulleted: the clerk chose it).
      if (house) return resolutionBlocks(house, resolutionsLabelIn(house, block.heading), block.resolutions.map(runs), block.bulleted === true);
      return [
        { kind: 'paragraph', runs: plain(block.heading), keepWithNext: true },
        { kind: 'list', ordered: !block.bulleted, items: block.resolutions.map(runs) },
      ];
    case 'cabinet-decision':
      return decisionParts(block, house);
    case 'vote':
      return house ? styledVoteBlocks(house, block.vote, names) : voteBlocks(block.vote);
    case 'motion':
      // Without a house style, the app's wording in the template's label.
      return motionBlocks(block, house, undefined, names);
    case 'action': {
      const { owner, description, due } = block.action;
      // Only what was recorded: no owner and no date is "Action:", never a note to the clerk (the checks ask for the owner).
      const details = [owner ? names.one(owner, '') : '', due ? `by ${ukDateOrText(due, house)}` : ''].filter(Boolean).join(', ');
      const lead: LayoutRun[] = [{ text: details ? `Action (${details}): ` : 'Action: ' }];
      return [{ kind: 'paragraph', runs: [...lead, ...withFullStop(runs(description))] }];
    }
    case 'planning-application':
    case 'planning-speaker':
    case 'planning-decision':
      return planningBlocks(block, house, names);
    case 'withdrawal': {
      // Back after the item: the house style's words ("{member} left the meeting during consideration of this item.").
      const member = names.one(block.member, 'A member');
      const sentence: LayoutRun = { text: withdrawalSentenceIn(house, block.member && { ...block.member, name: member }, block.returned) };
      const reason = runs(block.reason);
      return [{ kind: 'paragraph', runs: reason.some((run) => run.text.trim()) ? [sentence, { text: ' ' }, ...withFullStop(reason)] : [sentence] }];
    }
    case 'no-urgent-business':
      return [{ kind: 'paragraph', runs: plain(noneWording(house, 'no-urgent-business')) }];
  }
}

/**
 * The outcome as minutes word it: "On being put to the vote, the motion was carried (For 4, Against 0,
 * Abstentions 0)." The page's short summary ("For 4, against 0, abstentions 0: carried.") reads as notes.
 */
function voteOutcome(counts: VoteCounts, castingVote: 'for' | 'against' | null): string {
  const casting = counts.for === counts.against && castingVote !== null ? ' on the chair’s casting vote' : '';
  return `On being put to the vote, the motion was ${voteResult(counts, castingVote)}${casting} (For ${counts.for}, Against ${counts.against}, Abstentions ${counts.abstain}).`;
}

function voteBlocks(vote: Extract<MinuteBlock, { kind: 'vote' }>['vote']): LayoutBlock[] {
  const movedBy = [vote.mover ? `Moved by ${vote.mover.name}` : '', vote.seconder ? `seconded by ${vote.seconder.name}` : ''].filter(Boolean).join(', ');
  const motion = withFullStop(runs(vote.motion));
  const hasMotion = motion.some((run) => run.text.trim());
  const out: LayoutBlock[] = [];
  // Nothing invented: no "Moved by …:" over an empty motion, no "lost (For 0 …)" for a vote not yet counted (the checks ask for both).
  if (hasMotion || movedBy)
    out.push({ kind: 'paragraph', runs: hasMotion ? [...(movedBy ? [{ text: `${movedBy}: ` }] : []), ...motion] : [{ text: `${movedBy}.` }] });
  if (vote.counts.for + vote.counts.against + vote.counts.abstain > 0) out.push({ kind: 'paragraph', runs: plain(voteOutcome(vote.counts, vote.castingVote)) });
  if (vote.recorded?.length) {
    const choice = { for: 'For', against: 'Against', abstain: 'Abstained' } as const;
    out.push({
      kind: 'table',
      caption: 'Recorded vote',
      header: ['Member', 'Vote'],
      rows: vote.recorded.map((entry) => [entry.member.name, choice[entry.choice]]),
    });
  }
  return out;
}
