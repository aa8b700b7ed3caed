// One apology for absence: the person is a field (shown as the lead-in), the
// reason is editable text. Consecutive apologies form the item's apologies
// block; the command fills them from the attendance roll.
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { apologyBlock, type ApologyFields } from '../../../core/blocks/apology-block';
import { personRef } from '../../../core/blocks/block-fields';
import { printedNames, type MeetingPrint } from '../minutes-theme';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import type { DataFields } from './node-dom';

export type SerializedApologyNode = SerializedBlockNode<ApologyFields>;

export class ApologyNode extends BlockNode<ApologyFields> {
  static override getType(): string {
    return apologyBlock.type;
  }
  static override clone(node: ApologyNode): ApologyNode {
    return new ApologyNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): ApologyNode {
    return $createApologyNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-apology', () => $createApologyNode());
  }

  constructor(fields: ApologyFields = { personId: null, name: '' }, key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-apology';
  }
  blockDefinition() {
    return apologyBlock;
  }
  displayFields(fields: ApologyFields, print: MeetingPrint): DataFields {
    // The name as the export prints it (the style's form of the roster's name; as typed with no style).
    const name = printedNames(print).one(personRef(fields.personId, fields.name), 'name not set');
    return { lead: `Apologies: ${name}${'\u00a0'}—` };
  }
}

export function $createApologyNode(fields: Partial<ApologyFields> = {}): ApologyNode {
  return $applyNodeReplacement(new ApologyNode(blockFieldsOf(apologyBlock, fields)));
}

export function $isApologyNode(node: LexicalNode | null | undefined): node is ApologyNode {
  return node instanceof ApologyNode;
}
