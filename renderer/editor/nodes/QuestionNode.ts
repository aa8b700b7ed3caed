// A public or member question, as two flat parts that share a questionId: the
// question (who asked it) and the response (who gave it). Enter at the end of
// the question moves on to the response; Enter after the response leaves the
// block. Both parts are ordinary typed text.
import { $applyNodeReplacement, $createParagraphNode, type LexicalNode, type NodeKey, type RangeSelection } from 'lexical';
import { questionBlock, type QuestionFields } from '../../../core/blocks/question-block';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import type { DataFields } from './node-dom';

export type SerializedQuestionNode = SerializedBlockNode<QuestionFields>;

const defaults = (): QuestionFields => blockFieldsOf(questionBlock, {});

export class QuestionNode extends BlockNode<QuestionFields> {
  static override getType(): string {
    return questionBlock.type;
  }
  static override clone(node: QuestionNode): QuestionNode {
    return new QuestionNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): QuestionNode {
    return $createQuestionNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-question', () => $createQuestionNode());
  }

  constructor(fields: QuestionFields = defaults(), key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-question';
  }
  blockDefinition() {
    return questionBlock;
  }
  displayFields(fields: QuestionFields): DataFields {
    const who = fields.part === 'question' ? fields.askedByName : fields.respondentName;
    const label = fields.part === 'question' ? `${fields.audience === 'public' ? 'Public' : 'Member'} question` : 'Response';
    return { part: fields.part, lead: who ? `${label} (${who}):` : `${label}:` };
  }

  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true) {
    const fields = this.getFields();
    const next = fields.part === 'question' ? $createQuestionNode({ ...fields, part: 'response' }) : $createParagraphNode();
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createQuestionNode(fields: Partial<QuestionFields> = {}): QuestionNode {
  return $applyNodeReplacement(new QuestionNode(blockFieldsOf(questionBlock, fields)));
}

export function $isQuestionNode(node: LexicalNode | null | undefined): node is QuestionNode {
  return node instanceof QuestionNode;
}
