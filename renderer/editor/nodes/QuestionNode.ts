// A public or member question, as two flat parts that share a questionId: the
// question (who asked it) and the response (who gave it). Enter at the end of
// the question moves on to the response; Enter after the response leaves the
// block. Both parts are ordinary typed text.
import { $applyNodeReplacement, $createParagraphNode, type LexicalNode, type NodeKey, type RangeSelection } from 'lexical';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import { newBlockId, oneOf, stringOr } from './field-values';
import type { DataFields } from './node-dom';

export interface QuestionFields {
  questionId: string;
  part: 'question' | 'response';
  audience: 'public' | 'member';
  askedById: string | null;
  askedByName: string;
  respondentId: string | null;
  respondentName: string;
}

export type SerializedQuestionNode = SerializedBlockNode<QuestionFields>;

function defaults(): QuestionFields {
  return { questionId: newBlockId('question'), part: 'question', audience: 'public', askedById: null, askedByName: '', respondentId: null, respondentName: '' };
}

export class QuestionNode extends BlockNode<QuestionFields> {
  static override getType(): string {
    return 'question';
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
  normalizeFields(raw: Record<string, unknown>): QuestionFields {
    return {
      questionId: stringOr(raw.questionId, '') || newBlockId('question'),
      part: oneOf(raw.part, ['question', 'response'] as const, 'question'),
      audience: oneOf(raw.audience, ['public', 'member'] as const, 'public'),
      askedById: stringOr(raw.askedById, null),
      askedByName: stringOr(raw.askedByName, ''),
      respondentId: stringOr(raw.respondentId, null),
      respondentName: stringOr(raw.respondentName, ''),
    };
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
  return $applyNodeReplacement(new QuestionNode({ ...defaults(), ...fields }));
}

export function $isQuestionNode(node: LexicalNode | null | undefined): node is QuestionNode {
  return node instanceof QuestionNode;
}
