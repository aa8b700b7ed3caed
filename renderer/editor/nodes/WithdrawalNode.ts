// A member withdrawing for the item (core/blocks/withdrawal-block.ts): the
// member and whether they came back are fields, shown as the sentence the
// minutes print; anything typed after it says why.
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { withdrawalBlock, withdrawalSentenceIn, type WithdrawalFields } from '../../../core/blocks/withdrawal-block';
import { personRef } from '../../../core/blocks/block-fields';
import { printedNames, type MeetingPrint } from '../minutes-theme';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import type { DataFields } from './node-dom';

export type SerializedWithdrawalNode = SerializedBlockNode<WithdrawalFields>;

const defaults = (): WithdrawalFields => blockFieldsOf(withdrawalBlock, {});

export class WithdrawalNode extends BlockNode<WithdrawalFields> {
  static override getType(): string {
    return withdrawalBlock.type;
  }
  static override clone(node: WithdrawalNode): WithdrawalNode {
    return new WithdrawalNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): WithdrawalNode {
    return $createWithdrawalNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-withdrawal', () => $createWithdrawalNode());
  }

  constructor(fields: WithdrawalFields = defaults(), key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-withdrawal';
  }
  blockDefinition() {
    return withdrawalBlock;
  }
  displayFields(fields: WithdrawalFields, print: MeetingPrint): DataFields {
    // The member as the export names them (the roster's form in the style), in the same sentence.
    const member = personRef(fields.memberId, fields.memberName);
    const name = printedNames(print).one(member, 'A member');
    return { lead: withdrawalSentenceIn(print.style, member && { ...member, name }, fields.returned) };
  }
}

export function $createWithdrawalNode(fields: Partial<WithdrawalFields> = {}): WithdrawalNode {
  return $applyNodeReplacement(new WithdrawalNode(blockFieldsOf(withdrawalBlock, fields)));
}

export function $isWithdrawalNode(node: LexicalNode | null | undefined): node is WithdrawalNode {
  return node instanceof WithdrawalNode;
}
