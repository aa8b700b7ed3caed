// A declaration of interest: the member and the kind of interest are fields
// (shown as the lead-in "Councillor Lancaster declared a personal interest");
// the clerk types the reason as ordinary text after it.
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { declarationLead, interestKinds, interestRequiresLeaving } from '../../../core/minutes/block-wording';
import type { InterestKind } from '../../../core/minutes/minutes-model';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { booleanOr, oneOf, stringOr } from './field-values';
import type { DataFields } from './node-dom';

export interface DeclarationFields {
  memberId: string | null;
  memberName: string;
  /** The agenda item the interest concerns, or null for the meeting as a whole. */
  itemId: string | null;
  kind: InterestKind;
  leftRoom: boolean;
}

export type SerializedDeclarationNode = SerializedBlockNode<DeclarationFields>;

const defaults: DeclarationFields = { memberId: null, memberName: '', itemId: null, kind: 'personal', leftRoom: false };

export class DeclarationNode extends BlockNode<DeclarationFields> {
  static override getType(): string {
    return 'declaration';
  }
  static override clone(node: DeclarationNode): DeclarationNode {
    return new DeclarationNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): DeclarationNode {
    return $createDeclarationNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-declaration', () => $createDeclarationNode());
  }

  constructor(fields: DeclarationFields = defaults, key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-declaration';
  }
  normalizeFields(raw: Record<string, unknown>): DeclarationFields {
    const kind = oneOf(raw.kind, interestKinds, 'personal');
    return {
      memberId: stringOr(raw.memberId, null),
      memberName: stringOr(raw.memberName, ''),
      itemId: stringOr(raw.itemId, null),
      kind,
      leftRoom: booleanOr(raw.leftRoom, interestRequiresLeaving(kind)),
    };
  }
  displayFields(fields: DeclarationFields): DataFields {
    return { lead: declarationLead(fields.memberName, fields.kind), kind: fields.kind, 'left-room': fields.leftRoom };
  }
}

export function $createDeclarationNode(fields: Partial<DeclarationFields> = {}): DeclarationNode {
  const kind = fields.kind ?? defaults.kind;
  return $applyNodeReplacement(new DeclarationNode({ ...defaults, leftRoom: interestRequiresLeaving(kind), ...fields }));
}

export function $isDeclarationNode(node: LexicalNode | null | undefined): node is DeclarationNode {
  return node instanceof DeclarationNode;
}
