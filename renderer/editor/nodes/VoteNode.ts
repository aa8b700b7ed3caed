// A vote: the clerk types the motion; mover, seconder, counts (or a recorded
// vote) and the chair's casting vote are fields. The result is computed from
// the counts by core and shown after the motion, never typed.
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import type { VoteChoice } from '../../../core/minutes/minutes-model';
import { countRecorded, describeVote, voteResult } from '../../../core/minutes/vote-result';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { countOr, oneOf, stringOr } from './field-values';
import type { DataFields } from './node-dom';

export interface RecordedVote {
  personId: string | null;
  name: string;
  choice: VoteChoice;
}

export interface VoteFields {
  moverId: string | null;
  moverName: string;
  seconderId: string | null;
  seconderName: string;
  for: number;
  against: number;
  abstain: number;
  /** A named vote; when present its entries decide the counts. */
  recorded: RecordedVote[] | null;
  castingVote: 'for' | 'against' | null;
}

export type SerializedVoteNode = SerializedBlockNode<VoteFields>;

const defaults: VoteFields = {
  moverId: null,
  moverName: '',
  seconderId: null,
  seconderName: '',
  for: 0,
  against: 0,
  abstain: 0,
  recorded: null,
  castingVote: null,
};

export function voteCounts(fields: VoteFields) {
  return fields.recorded ? countRecorded(fields.recorded) : { for: fields.for, against: fields.against, abstain: fields.abstain };
}

export class VoteNode extends BlockNode<VoteFields> {
  static override getType(): string {
    return 'vote';
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

  constructor(fields: VoteFields = defaults, key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-vote';
  }
  normalizeFields(raw: Record<string, unknown>): VoteFields {
    return {
      moverId: stringOr(raw.moverId, null),
      moverName: stringOr(raw.moverName, ''),
      seconderId: stringOr(raw.seconderId, null),
      seconderName: stringOr(raw.seconderName, ''),
      for: countOr(raw.for, 0),
      against: countOr(raw.against, 0),
      abstain: countOr(raw.abstain, 0),
      recorded: normalizeRecorded(raw.recorded),
      castingVote: raw.castingVote === 'for' || raw.castingVote === 'against' ? raw.castingVote : null,
    };
  }
  displayFields(fields: VoteFields): DataFields {
    const counts = voteCounts(fields);
    const moved = [fields.moverName && `Moved by ${fields.moverName}`, fields.seconderName && `seconded by ${fields.seconderName}`].filter(Boolean).join(', ');
    return {
      result: voteResult(counts, fields.castingVote),
      summary: `${moved ? `${moved}. ` : ''}${describeVote(counts, fields.castingVote)}`,
    };
  }
}

function normalizeRecorded(value: unknown): RecordedVote[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
    .map((entry) => ({
      personId: stringOr(entry.personId, null),
      name: stringOr(entry.name, ''),
      choice: oneOf(entry.choice, ['for', 'against', 'abstain'] as const, 'abstain'),
    }));
}

export function $createVoteNode(fields: Partial<VoteFields> = {}): VoteNode {
  return $applyNodeReplacement(new VoteNode({ ...defaults, ...fields }));
}

export function $isVoteNode(node: LexicalNode | null | undefined): node is VoteNode {
  return node instanceof VoteNode;
}
