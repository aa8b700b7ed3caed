// A motion's parts (core/blocks/motion-block.ts): the motion as moved, each
// amendment, and the resolution it carried. The motion and each amendment
// show who moved and seconded them and, once voted on, the result computed
// from the counts; Enter at the end of a resolution starts the next one, and
// Enter on an empty one goes back to ordinary text.
import { $applyNodeReplacement, $createParagraphNode, type LexicalNode, type NodeKey, type ParagraphNode, type RangeSelection } from 'lexical';
import { motionBlock, type MotionFields } from '../../../core/blocks/motion-block';
import { readVote, voteCounts } from '../../../core/blocks/vote-block';
import { printedLeads, printedMotionResolutionsLabel } from '../../../core/export/motion-layout';
import { describeVote } from '../../../core/minutes/vote-result';
import { printedNames, type MeetingPrint } from '../minutes-theme';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import type { DataFields } from './node-dom';

export type SerializedMotionNode = SerializedBlockNode<MotionFields>;

const defaults = (): MotionFields => blockFieldsOf(motionBlock, {});

export class MotionNode extends BlockNode<MotionFields> {
  static override getType(): string {
    return motionBlock.type;
  }
  static override clone(node: MotionNode): MotionNode {
    return new MotionNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): MotionNode {
    return $createMotionNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-motion', () => $createMotionNode());
  }

  constructor(fields: MotionFields = defaults(), key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-motion';
  }
  blockDefinition() {
    return motionBlock;
  }
  displayFields(fields: MotionFields, print: MeetingPrint): DataFields {
    const none = { 'summary-if-unresolved': null, 'resolutions-label': null };
    if (fields.part === 'resolution') return { part: fields.part, lead: null, summary: null, ...none };
    if (print.style) {
      // In a house style: the words the export prints before and after the clerk's (the mover, the vote, the
      // resolution's label with any vote inside it); a vote not yet taken prints nothing, so the hint stays.
      // What it prints for a motion that resolved nothing, and the label over its resolutions, are shown where
      // ResolutionStylePlugin (which sees the parts after this one) marks them.
      const { before, after, afterIfUnresolved: unresolved } = printedLeads(print.style, fields.part, readVote(fields, []), printedNames(print));
      return {
        part: fields.part,
        lead: before,
        summary: after ?? 'Not yet voted on.',
        'summary-if-unresolved': unresolved !== after ? unresolved : null,
        'resolutions-label': printedMotionResolutionsLabel(print.style),
      };
    }
    const moved = [fields.moverName && `moved by ${fields.moverName}`, fields.seconderName && `seconded by ${fields.seconderName}`].filter(Boolean).join(', ');
    const counts = voteCounts(fields);
    const voted = counts.for + counts.against + counts.abstain > 0;
    return {
      ...none,
      part: fields.part,
      lead: `${fields.part === 'motion' ? 'Motion' : 'Amendment'}${moved ? ` (${moved})` : ''}:`,
      summary: voted ? describeVote(counts, fields.castingVote) : 'Not yet voted on.',
    };
  }

  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): MotionNode | ParagraphNode {
    if (this.getFields().part !== 'resolution') return super.insertNewAfter(_selection, restoreSelection) as ParagraphNode;
    if (this.isEmpty()) {
      const paragraph = $createParagraphNode();
      this.replace(paragraph);
      if (restoreSelection) paragraph.select();
      return paragraph;
    }
    const next = $createMotionNode({ part: 'resolution' });
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createMotionNode(fields: Partial<MotionFields> = {}): MotionNode {
  return $applyNodeReplacement(new MotionNode(blockFieldsOf(motionBlock, fields)));
}

export function $isMotionNode(node: LexicalNode | null | undefined): node is MotionNode {
  return node instanceof MotionNode;
}
