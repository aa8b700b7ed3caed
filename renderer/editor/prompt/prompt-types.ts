// A short keyboard dialog that fills a block's fields one after another
// (member, kind, mover, counts…): type to filter, Enter to accept, Escape to
// leave the rest as they are. Used when a block is inserted and to edit it.
// The steps themselves are typed data from core/blocks (prompt-step.ts).
import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';
import type { PromptStep } from '../../../core/blocks/prompt-step';

export interface PromptRequest<F extends object = Record<string, unknown>> {
  /** The node whose fields the answers set; the caret returns to its end afterwards (unless returnKey). */
  targetKey: NodeKey;
  steps: PromptStep<F>[];
  /** Where the caret goes afterwards when not the target (the clerk was mid-list elsewhere). */
  returnKey?: NodeKey;
  /**
   * Instead of setting the target's fields, hand all the answers over at the
   * end (inside an editor update, caret at the end of the target), e.g. to
   * write a sentence from them. Not called when the clerk leaves with Escape.
   */
  onComplete?(answers: Partial<F>): void;
  /** What is asked next once every step is answered (a planning item's decision after its vote); not when the clerk leaves with Escape. */
  followUp?(): void;
}

// Each request's steps write one block's fields; the prompt itself is indifferent to which.
export const OPEN_FIELD_PROMPT_COMMAND: LexicalCommand<PromptRequest<object>> = createCommand('OPEN_FIELD_PROMPT_COMMAND');

// The filter is core's, so the steps themselves can read what a typed answer narrows to ("ke ber": two people).
export { filterOptions, wordsOf } from '../../../core/blocks/prompt-step';
