// A vote: the clerk types the motion; mover, seconder, counts (or a recorded
// vote) and the chair's casting vote are fields. The result is computed from
// the counts by core and shown after the motion, never typed.
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { readVote, voteBlock, voteCounts, type VoteFields } from '../../../core/blocks/vote-block';
import { printedLeads } from '../../../core/export/motion-layout';
import { describeVote, voteResult } from '../../../core/minutes/vote-result';
import { printedNames, type MeetingPrint } from '../minutes-theme';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import type { DataFields } from './node-dom';

export type SerializedVoteNode = SerializedBlockNode<VoteFields>;

const defaults = (): VoteFields => blockFieldsOf(voteBlock, {});

export class VoteNode extends BlockNode<VoteFields> {
  static override getType(): string {
    return voteBlock.type;
  }
  static override clone(node: VoteNode): VoteNode {
    return new VoteNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): VoteNode {
    return $createVoteNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-vote', () => $createVoteNode());
  }

  constructor(fields: VoteFields = defaults(), key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-vote';
  }
  blockDefinition() {
    return voteBlock;
  }
  displayFields(fields: VoteFields, print: MeetingPrint): DataFields {
    const counts = voteCounts(fields);
    const result = voteResult(counts, fields.castingVote);
    if (print.style) {
      // In a house style: who moved it and the vote, as the export prints them ("PROPOSED: … SECONDED: ….", "Vote: …").
      const { before, after } = printedLeads(print.style, 'vote', readVote(fields, []), printedNames(print));
      return { result, printed: true, lead: before, summary: after };
    }
    const moved = [fields.moverName && `Moved by ${fields.moverName}`, fields.seconderName && `seconded by ${fields.seconderName}`].filter(Boolean).join(', ');
    return { result, printed: null, lead: null, summary: `${moved ? `${moved}. ` : ''}${describeVote(counts, fields.castingVote)}` };
  }
}

export function $createVoteNode(fields: Partial<VoteFields> = {}): VoteNode {
  return $applyNodeReplacement(new VoteNode(blockFieldsOf(voteBlock, fields)));
}

export function $isVoteNode(node: LexicalNode | null | undefined): node is VoteNode {
  return node instanceof VoteNode;
}
