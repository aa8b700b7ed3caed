// A standard one-line statement ("There were no public questions.") inserted
// in one keystroke. Its words stay editable text; readMinutes reports it as
// the standard block only while the words are still the standard ones.
import { $applyNodeReplacement, $createTextNode, type LexicalNode, type NodeKey } from 'lexical';
import { statementBlock, type StatementFields } from '../../../core/blocks/statement-block';
import type { StatementKind } from '../../../core/minutes/block-wording';
import { BlockNode, blockImportDOM, type NodeJSONInput, type SerializedBlockNode } from './BlockNode';
import type { DataFields } from './node-dom';

export type SerializedStatementNode = SerializedBlockNode<StatementFields>;

export class StatementNode extends BlockNode<StatementFields> {
  static override getType(): string {
    return statementBlock.type;
  }
  static override clone(node: StatementNode): StatementNode {
    return new StatementNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): StatementNode {
    return $createStatementNode().updateFromJSON(json as never);
  }
  static override importDOM() {
    return blockImportDOM('p', 'mb-statement', () => $createStatementNode());
  }

  constructor(fields: StatementFields = { statement: 'no-declarations' }, key?: NodeKey) {
    super(fields, key);
  }

  blockTag(): string {
    return 'p';
  }
  blockClass(): string {
    return 'mb-block mb-statement';
  }
  blockDefinition() {
    return statementBlock;
  }
  displayFields(fields: StatementFields): DataFields {
    return { statement: fields.statement };
  }
}

/** The statement, with `words` as its text when given: its standard words in the meeting's style (noneWording). */
export function $createStatementNode(statement: StatementKind = 'no-declarations', words?: string): StatementNode {
  const node = $applyNodeReplacement(new StatementNode({ statement }));
  if (words) node.append($createTextNode(words));
  return node;
}

export function $isStatementNode(node: LexicalNode | null | undefined): node is StatementNode {
  return node instanceof StatementNode;
}
