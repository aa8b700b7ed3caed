// One minute block → layout blocks, in the words councils print: declarations
// as "Councillor Lancaster declared a personal interest as …", "It was
// agreed:" with numbered points, the three parts of an executive decision.
import { cabinetPartHeadings, declarationLead, statements } from '../minutes/block-wording';
import type { MinuteBlock, PersonRef, RichText } from '../minutes/minutes-model';
import { voteResult, type VoteCounts } from '../minutes/vote-result';
import { joinNames } from '../model/minutes-heading';
import { formatUkDate, isIsoDate } from '../text/uk-format';
import type { LayoutBlock, LayoutRun } from './layout-model';

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

function nameOf(person: PersonRef | null, fallback: string): string {
  return person?.name.trim() || fallback;
}

export function ukDateOrText(value: string): string {
  return isIsoDate(value) ? formatUkDate(value) : value;
}

function paragraphs(parts: RichText[]): LayoutBlock[] {
  return parts.filter((part) => part.some((run) => run.text.trim())).map((part) => ({ kind: 'paragraph', runs: runs(part) }));
}

export function layoutBlock(block: MinuteBlock): LayoutBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ kind: 'paragraph', runs: runs(block.text) }];
    case 'list':
      return [{ kind: 'list', ordered: block.ordered, items: block.items.map(runs) }];
    case 'apologies': {
      // No one to name: the clerk's "There were no apologies for absence." (Ctrl+Alt+Shift+Y).
      if (block.entries.length === 0) return [{ kind: 'paragraph', runs: plain(statements['no-apologies']) }];
      const names = block.entries.map(({ person, reason }) => (reason.trim() ? `${person.name} (${reason.trim()})` : person.name));
      return [{ kind: 'paragraph', runs: plain(`Apologies for absence were received from ${joinNames(names)}.`) }];
    }
    case 'declarations':
      if (block.entries.length === 0) return [{ kind: 'paragraph', runs: plain(statements['no-declarations']) }];
      return block.entries.map((entry) => {
        const lead = declarationLead(entry.member.name, entry.kind);
        const reason = runs(entry.reason);
        const body: LayoutRun[] = reason.length ? [{ text: `${lead} ` }, ...reason] : [{ text: lead }];
        const left: LayoutRun[] = entry.leftRoom ? [{ text: ' They left the meeting while the item was considered.' }] : [];
        return { kind: 'paragraph', runs: [...withFullStop(body), ...left] };
      });
    case 'question': {
      const who = block.audience === 'public' ? 'a member of the public' : 'a member';
      const out: LayoutBlock[] = [];
      if (block.question.length) out.push({ kind: 'paragraph', runs: [{ text: `Question from ${nameOf(block.askedBy, who)}: ` }, ...runs(block.question)] });
      if (block.response.length) out.push({ kind: 'paragraph', runs: [{ text: `Response from ${nameOf(block.respondent, 'the Chair')}: ` }, ...runs(block.response)] });
      return out;
    }
    case 'no-questions':
      return [{ kind: 'paragraph', runs: plain(statements[block.audience === 'public' ? 'no-public-questions' : 'no-member-questions']) }];
    case 'resolutions':
      return [
        { kind: 'paragraph', runs: plain(block.heading), keepWithNext: true },
        { kind: 'list', ordered: !block.bulleted, items: block.resolutions.map(runs) },
      ];
    case 'cabinet-decision': {
      const [decision, reasons, alternatives] = [block.decision, block.reasons, block.alternatives].map(paragraphs) as [LayoutBlock[], LayoutBlock[], LayoutBlock[]];
      // Three empty headings say nothing: an untouched set from the Cabinet template (the checks flag it).
      if (decision.length + reasons.length + alternatives.length === 0) return [];
      return [
        { kind: 'heading', level: 2, text: cabinetPartHeadings.decision, anchor: null },
        ...decision,
        { kind: 'heading', level: 2, text: cabinetPartHeadings.reasons, anchor: null },
        ...reasons,
        { kind: 'heading', level: 2, text: cabinetPartHeadings.alternatives, anchor: null },
        ...alternatives,
      ];
    }
    case 'vote':
      return voteBlocks(block.vote);
    case 'action': {
      const { owner, description, due } = block.action;
      const lead: LayoutRun[] = [{ text: `Action (${nameOf(owner, 'owner not recorded')}${due ? `, by ${ukDateOrText(due)}` : ''}): ` }];
      return [{ kind: 'paragraph', runs: [...lead, ...withFullStop(runs(description))] }];
    }
    case 'no-urgent-business':
      return [{ kind: 'paragraph', runs: plain(statements['no-urgent-business']) }];
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
  const out: LayoutBlock[] = [{ kind: 'paragraph', runs: [...(movedBy ? [{ text: `${movedBy}: ` }] : []), ...withFullStop(runs(vote.motion))] }];
  out.push({ kind: 'paragraph', runs: plain(voteOutcome(vote.counts, vote.castingVote)) });
  if (vote.recorded?.length) {
    const choice = { for: 'For', against: 'Against', abstain: 'Abstained' } as const;
    out.push({ kind: 'table', caption: 'Recorded vote', header: ['Member', 'Vote'], rows: vote.recorded.map((entry) => [entry.member.name, choice[entry.choice]]) });
  }
  return out;
}
