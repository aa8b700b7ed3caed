// A short keyboard dialog that fills a block's fields one after another
// (member, kind, mover, counts…): type to filter, Enter to accept, Escape to
// leave the rest as they are. Used when a block is inserted and to edit it.
// The steps themselves are typed data from core/blocks (prompt-step.ts).
import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';
import type { PromptOption, PromptStep } from '../../../core/blocks/prompt-step';

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
}

// Each request's steps write one block's fields; the prompt itself is indifferent to which.
export const OPEN_FIELD_PROMPT_COMMAND: LexicalCommand<PromptRequest<object>> = createCommand('OPEN_FIELD_PROMPT_COMMAND');

/** Options in which every word typed starts a word of the label or keywords; label matches first. */
/** The words a label or query is matched by: lower case, split at spaces, dashes, brackets and punctuation. */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s\-–—(),.:;’']+/)
    .filter(Boolean);

export function filterOptions(options: PromptOption[], query: string): PromptOption[] {
  // The query is split as the labels are, so "O’Brien" typed (or offered as the answer) matches "O’Brien".
  const typed = wordsOf(query);
  if (typed.length === 0) return options;
  const matches = (text: string) => {
    const words = wordsOf(text);
    return typed.every((part) => words.some((word) => word.startsWith(part)));
  };
  const byLabel = options.filter((option) => matches(option.label));
  const byKeywords = options.filter((option) => !byLabel.includes(option) && matches(`${option.label} ${option.keywords ?? ''}`));
  return [...byLabel, ...byKeywords];
}
