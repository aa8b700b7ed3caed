// One numbered resolution under "It was agreed:". Numbers are a CSS counter
// (never stored). Enter on a filled resolution starts the next one; Enter on
// an empty one leaves the list, as in a word processor.
import { $applyNodeReplacement, $createParagraphNode, type LexicalNode, type NodeKey, type ParagraphNode, type RangeSelection } from 'lexical';
import { resolutionBlock, type ResolutionFields } from '../../../core/blocks/resolution-block';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { $isActionNode } from './ActionNode';
import type { DataFields } from './node-dom';

export type SerializedResolutionNode = SerializedBlockNode<ResolutionFields>;

export class ResolutionNode extends BlockNode<ResolutionFields> {
  static override getType(): string {
    return resolutionBlock.type;
  }
  static override clone(node: ResolutionNode): ResolutionNode {
    return new ResolutionNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): ResolutionNode {
    return $createResolutionNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-resolution', () => $createResolutionNode());
  }

  constructor(fields: ResolutionFields = {}, key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-resolution';
  }
  blockDefinition() {
    return resolutionBlock;
  }
  displayFields(): DataFields {
    return {};
  }

  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): ResolutionNode | ParagraphNode {
    if (this.isEmpty()) {
      const paragraph = $createParagraphNode();
      this.replace(paragraph);
      // Actions arising from the resolutions stay with them; ordinary text resumes after.
      let next = paragraph.getNextSibling();
      while ($isActionNode(next)) {
        next.insertAfter(paragraph);
        next = paragraph.getNextSibling();
      }
      if (restoreSelection) paragraph.select();
      return paragraph;
    }
    const next = $createResolutionNode();
    this.insertAfter(next, restoreSelection);
    return next;
  }

  override collapseAtStart(): boolean {
    const paragraph = $createParagraphNode();
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
}

export function $createResolutionNode(): ResolutionNode {
  return $applyNodeReplacement(new ResolutionNode());
}

export function $isResolutionNode(node: LexicalNode | null | undefined): node is ResolutionNode {
  return node instanceof ResolutionNode;
}
