// An action arising: who (a field, from the roster), what (typed text) and by
// when (a field). The actions panel lists every ActionNode in the meeting.
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { formatUkDate } from '../../../core/text/uk-format';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { isoDateOrNull, newBlockId, stringOr } from './field-values';
import type { DataFields } from './node-dom';

export interface ActionFields {
  actionId: string;
  ownerId: string | null;
  ownerName: string;
  /** ISO date, or null when no date was set. */
  due: string | null;
}

export type SerializedActionNode = SerializedBlockNode<ActionFields>;

function defaults(): ActionFields {
  return { actionId: newBlockId('action'), ownerId: null, ownerName: '', due: null };
}

export class ActionNode extends BlockNode<ActionFields> {
  static override getType(): string {
    return 'action';
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
  normalizeFields(raw: Record<string, unknown>): ActionFields {
    return {
      actionId: stringOr(raw.actionId, '') || newBlockId('action'),
      ownerId: stringOr(raw.ownerId, null),
      ownerName: stringOr(raw.ownerName, ''),
      due: isoDateOrNull(raw.due),
    };
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
  return $applyNodeReplacement(new ActionNode({ ...defaults(), ...fields }));
}

export function $isActionNode(node: LexicalNode | null | undefined): node is ActionNode {
  return node instanceof ActionNode;
}
