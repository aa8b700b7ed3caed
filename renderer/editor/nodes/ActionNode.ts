// An action arising: who (a field, from the roster), what (typed text) and by
// when (a field). The actions panel lists every ActionNode in the meeting.
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { actionBlock, type ActionFields } from '../../../core/blocks/action-block';
import { formatUkDate } from '../../../core/text/uk-format';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import type { DataFields } from './node-dom';

export type SerializedActionNode = SerializedBlockNode<ActionFields>;

const defaults = (): ActionFields => blockFieldsOf(actionBlock, {});

export class ActionNode extends BlockNode<ActionFields> {
  static override getType(): string {
    return actionBlock.type;
  }
  static override clone(node: ActionNode): ActionNode {
    return new ActionNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): ActionNode {
    return $createActionNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-action', () => $createActionNode());
  }

  constructor(fields: ActionFields = defaults(), key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-action';
  }
  blockDefinition() {
    return actionBlock;
  }
  displayFields(fields: ActionFields): DataFields {
    return {
      lead: `Action${fields.ownerName ? ` (${fields.ownerName})` : ''}:`,
      due: fields.due ? `by ${safeUkDate(fields.due)}` : null,
    };
  }
}

function safeUkDate(iso: string): string {
  try {
    return formatUkDate(iso);
  } catch {
    return iso;
  }
}

export function $createActionNode(fields: Partial<ActionFields> = {}): ActionNode {
  return $applyNodeReplacement(new ActionNode(blockFieldsOf(actionBlock, fields)));
}

export function $isActionNode(node: LexicalNode | null | undefined): node is ActionNode {
  return node instanceof ActionNode;
}
