// The "It was agreed:" line that opens a run of resolutions. Its wording is
// editable text, taken from the meeting's template when inserted; its style
// says whether the run is numbered (1., 2.) or bulleted, as some committees
// write "It Was Agreed: · The update be noted".
import { $applyNodeReplacement, $createTextNode, type LexicalNode, type NodeKey, type RangeSelection } from 'lexical';
import { resolutionsHeadingBlock, type ResolutionsHeadingFields, type ResolutionsStyle } from '../../../core/blocks/resolutions-heading-block';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import type { DataFields } from './node-dom';
import { $createResolutionNode, type ResolutionNode } from './ResolutionNode';

export type SerializedResolutionsHeadingNode = SerializedBlockNode<ResolutionsHeadingFields>;

export class ResolutionsHeadingNode extends BlockNode<ResolutionsHeadingFields> {
  static override getType(): string {
    return resolutionsHeadingBlock.type;
  }
  static override clone(node: ResolutionsHeadingNode): ResolutionsHeadingNode {
    return new ResolutionsHeadingNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): ResolutionsHeadingNode {
    return $createResolutionsHeadingNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-resolutions-heading', () => $createResolutionsHeadingNode());
  }

  constructor(fields: ResolutionsHeadingFields = { style: 'numbered' }, key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-resolutions-heading';
  }
  blockDefinition() {
    return resolutionsHeadingBlock;
  }
  displayFields(fields: ResolutionsHeadingFields): DataFields {
    return { style: fields.style };
  }

  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): ResolutionNode {
    const next = $createResolutionNode();
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createResolutionsHeadingNode(wording?: string, style: ResolutionsStyle = 'numbered'): ResolutionsHeadingNode {
  const node = $applyNodeReplacement(new ResolutionsHeadingNode({ style }));
  if (wording) node.append($createTextNode(wording));
  return node;
}

export function $isResolutionsHeadingNode(node: LexicalNode | null | undefined): node is ResolutionsHeadingNode {
  return node instanceof ResolutionsHeadingNode;
}
