// A declaration of interest: the member and the kind of interest are fields
// (shown as the lead-in "Councillor Lancaster declared a personal interest");
// the clerk types the reason as ordinary text after it.
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { declarationBlock, type DeclarationFields } from '../../../core/blocks/declaration-block';
import { personRef } from '../../../core/blocks/block-fields';
import { declarationLeftRoomSentence } from '../../../core/house-style/house-style-wording';
import { declarationLead, printedDeclarationLead } from '../../../core/minutes/block-wording';
import { printedNames, type MeetingPrint } from '../minutes-theme';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import type { DataFields } from './node-dom';

export type SerializedDeclarationNode = SerializedBlockNode<DeclarationFields>;

const defaults = (): DeclarationFields => blockFieldsOf(declarationBlock, {});

export class DeclarationNode extends BlockNode<DeclarationFields> {
  static override getType(): string {
    return declarationBlock.type;
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

  constructor(fields: DeclarationFields = defaults(), key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-declaration';
  }
  blockDefinition() {
    return declarationBlock;
  }
  displayFields(fields: DeclarationFields, print: MeetingPrint): DataFields {
    const shown = { kind: fields.kind, 'left-room': fields.leftRoom };
    if (!print.style) return { ...shown, lead: declarationLead(fields.memberName, fields.kind), 'left-room-note': null };
    // In a house style, the lead and the leaving as the export prints them, the member named as the style names them.
    const member = printedNames(print).one(personRef(fields.memberId, fields.memberName), '');
    return { ...shown, lead: printedDeclarationLead(member, fields.kind), 'left-room-note': declarationLeftRoomSentence(print.style) };
  }
}

export function $createDeclarationNode(fields: Partial<DeclarationFields> = {}): DeclarationNode {
  // Leaving the room follows the kind unless given.
  return $applyNodeReplacement(new DeclarationNode(blockFieldsOf(declarationBlock, fields)));
}

export function $isDeclarationNode(node: LexicalNode | null | undefined): node is DeclarationNode {
  return node instanceof DeclarationNode;
}
