// The "It was agreed:" line that opens a run of numbered resolutions. Its
// wording is editable text, taken from the meeting's template when inserted.
import { $applyNodeReplacement, $createTextNode, type LexicalNode, type NodeKey, type RangeSelection } from 'lexical';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import type { DataFields } from './node-dom';
import { $createResolutionNode, type ResolutionNode } from './ResolutionNode';

export type ResolutionsHeadingFields = Record<string, never>;
export type SerializedResolutionsHeadingNode = SerializedBlockNode<ResolutionsHeadingFields>;

export class ResolutionsHeadingNode extends BlockNode<ResolutionsHeadingFields> {
  static override getType(): string {
    return 'resolutions-heading';
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

  constructor(fields: ResolutionsHeadingFields = {}, key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-resolutions-heading';
  }
  normalizeFields(): ResolutionsHeadingFields {
    return {};
  }
  displayFields(): DataFields {
    return {};
  }

  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): ResolutionNode {
    const next = $createResolutionNode();
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createResolutionsHeadingNode(wording?: string): ResolutionsHeadingNode {
  const node = $applyNodeReplacement(new ResolutionsHeadingNode());
  if (wording) node.append($createTextNode(wording));
  return node;
}

export function $isResolutionsHeadingNode(node: LexicalNode | null | undefined): node is ResolutionsHeadingNode {
  return node instanceof ResolutionsHeadingNode;
}
