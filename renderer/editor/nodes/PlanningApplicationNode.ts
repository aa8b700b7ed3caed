// A planning application's parts (core/blocks/planning-application-block.ts):
// the application (its proposal typed, the rest fields), a speaker, the
// decision, and its numbered conditions or reasons. Enter at the end of a
// decision starts its first condition (or, for a refusal, its first reason);
// Enter on an empty condition or reason goes back to ordinary text.
import { $applyNodeReplacement, $createParagraphNode, type LexicalNode, type NodeKey, type ParagraphNode, type RangeSelection } from 'lexical';
import {
  outcomeTakesConditions,
  planningApplicationBlock,
  recommendationLabels,
  speakerSentence,
  type PlanningFields,
} from '../../../core/blocks/planning-application-block';
import { personRef } from '../../../core/blocks/block-fields';
import { printedNames, type MeetingPrint } from '../minutes-theme';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import type { DataFields } from './node-dom';

export type SerializedPlanningApplicationNode = SerializedBlockNode<PlanningFields>;

const defaults = (): PlanningFields => blockFieldsOf(planningApplicationBlock, {});

export class PlanningApplicationNode extends BlockNode<PlanningFields> {
  static override getType(): string {
    return planningApplicationBlock.type;
  }
  static override clone(node: PlanningApplicationNode): PlanningApplicationNode {
    return new PlanningApplicationNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): PlanningApplicationNode {
    return $createPlanningApplicationNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-planning', () => $createPlanningApplicationNode());
  }

  constructor(fields: PlanningFields = defaults(), key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-planning';
  }
  blockDefinition() {
    return planningApplicationBlock;
  }
  displayFields(fields: PlanningFields, print: MeetingPrint): DataFields {
    return { part: fields.part, lead: leadOf(fields, print), details: fields.part === 'application' ? detailsOf(fields) : null };
  }

  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): PlanningApplicationNode | ParagraphNode {
    const { part, decision } = this.getFields();
    const numbered = part === 'condition' || part === 'reason';
    if (numbered && this.isEmpty()) {
      const paragraph = $createParagraphNode();
      this.replace(paragraph);
      if (restoreSelection) paragraph.select();
      return paragraph;
    }
    const nextPart = numbered
      ? part
      : part === 'decision' && decision === 'refuse'
        ? 'reason'
        : part === 'decision' && outcomeTakesConditions(decision)
          ? 'condition'
          : null;
    if (!nextPart) return super.insertNewAfter(_selection, restoreSelection) as ParagraphNode;
    const next = $createPlanningApplicationNode({ part: nextPart });
    this.insertAfter(next, restoreSelection);
    return next;
  }

  override collapseAtStart(): boolean {
    // Backspace at the start of a condition or reason makes it ordinary text again, keeping its words.
    if (this.getFields().part !== 'condition' && this.getFields().part !== 'reason') return false;
    const paragraph = $createParagraphNode();
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
}

const decisionLabels: Record<PlanningFields['decision'], string> = {
  none: 'Decision (not yet chosen: Ctrl+Alt+F):',
  approve: 'Decision – approved:',
  'approve-conditions': 'Decision – approved subject to conditions:',
  'approve-agreement': 'Decision – approved subject to a legal agreement and conditions:',
  refuse: 'Decision – refused:',
  defer: 'Decision – deferred:',
};

function leadOf(fields: PlanningFields, print: MeetingPrint): string | null {
  switch (fields.part) {
    case 'application':
      return `Application ${fields.reference || '(no reference)'}${fields.site ? `, ${fields.site}` : ''} – proposal:`;
    case 'speaker': {
      // As the export prints it: the style's sentence, the speaker named as the style names them.
      const name = printedNames(print).one(personRef(fields.speakerId, fields.speakerName), '');
      return speakerSentence(fields.speakerRole, name, print.style?.planning);
    }
    case 'decision':
      return decisionLabels[fields.decision];
    case 'condition':
    case 'reason':
      return null;
  }
}

/** Applicant, ward and recommendation, shown after the proposal. */
function detailsOf(fields: PlanningFields): string | null {
  const parts = [
    fields.applicant && `Applicant: ${fields.applicant}`,
    fields.ward && `Ward: ${fields.ward}`,
    fields.recommendation !== 'none' && `Officer’s recommendation: ${recommendationLabels[fields.recommendation]}`,
  ].filter(Boolean);
  return parts.length ? `(${parts.join('; ')})` : null;
}

export function $createPlanningApplicationNode(fields: Partial<PlanningFields> = {}): PlanningApplicationNode {
  return $applyNodeReplacement(new PlanningApplicationNode(blockFieldsOf(planningApplicationBlock, fields)));
}

export function $isPlanningApplicationNode(node: LexicalNode | null | undefined): node is PlanningApplicationNode {
  return node instanceof PlanningApplicationNode;
}
