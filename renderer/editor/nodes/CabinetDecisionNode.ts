// A cabinet (executive) decision record, as flat parts: Decision, Reasons for
// the decision, Other options considered and rejected. Each part may run to
// several paragraphs; Enter on an empty paragraph moves on to the next part,
// and after the last part back to ordinary text.
import { $applyNodeReplacement, $createParagraphNode, type LexicalNode, type NodeKey, type ParagraphNode, type RangeSelection } from 'lexical';
import { cabinetDecisionBlock, keyDecisionLabels, type CabinetDecisionFields } from '../../../core/blocks/cabinet-decision-block';
import type { MeetingPrint } from '../minutes-theme';
import { decisionPartLabels } from '../../../core/house-style/house-style-wording';
import { cabinetParts, type CabinetPart } from '../../../core/minutes/block-wording';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import type { DataFields } from './node-dom';

export type SerializedCabinetDecisionNode = SerializedBlockNode<CabinetDecisionFields>;

export class CabinetDecisionNode extends BlockNode<CabinetDecisionFields> {
  static override getType(): string {
    return cabinetDecisionBlock.type;
  }
  static override clone(node: CabinetDecisionNode): CabinetDecisionNode {
    return new CabinetDecisionNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): CabinetDecisionNode {
    return $createCabinetDecisionNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-cabinet', () => $createCabinetDecisionNode());
  }

  constructor(fields: CabinetDecisionFields = { part: 'decision', keyDecision: 'not-recorded' }, key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-cabinet';
  }
  blockDefinition() {
    return cabinetDecisionBlock;
  }
  displayFields(fields: CabinetDecisionFields, { style: houseStyle }: MeetingPrint): DataFields {
    // The part's label as the minutes will print it; what the clerk said about a key decision shows beside it (Ctrl+Alt+F).
    const heading = decisionPartLabels(houseStyle)[fields.part];
    // Before the label's own closing mark: "Decision (a key decision):", "REASONS FOR DECISION (a key decision) –".
    const [, words = heading, mark = ''] = /^(.*?)(\s*[:–—-]?)$/u.exec(heading) ?? [];
    const said = fields.keyDecision === 'not-recorded' ? heading : `${words} (${keyDecisionLabels[fields.keyDecision].toLowerCase()})${mark}`;
    return { part: fields.part, heading: said };
  }

  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): CabinetDecisionNode | ParagraphNode {
    const { part } = this.getFields();
    if (this.isEmpty()) {
      const nextPart = cabinetParts[cabinetParts.indexOf(part) + 1];
      // The next part is already waiting, empty (as the Cabinet template lays them out): go to it.
      const following = this.getNextSibling();
      if (nextPart && $isCabinetDecisionNode(following) && following.getFields().part === nextPart && following.isEmpty()) {
        this.remove();
        if (restoreSelection) following.select();
        return following;
      }
      const next = nextPart ? $createCabinetDecisionNode(nextPart) : $createParagraphNode();
      this.replace(next);
      if (restoreSelection) next.select();
      return next;
    }
    const next = $createCabinetDecisionNode(part);
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createCabinetDecisionNode(part: CabinetPart = 'decision'): CabinetDecisionNode {
  return $applyNodeReplacement(new CabinetDecisionNode({ part, keyDecision: 'not-recorded' }));
}

export function $isCabinetDecisionNode(node: LexicalNode | null | undefined): node is CabinetDecisionNode {
  return node instanceof CabinetDecisionNode;
}
