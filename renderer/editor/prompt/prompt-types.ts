// A short keyboard dialog that fills a block's fields one after another
// (member, kind, mover, counts…): type to filter, Enter to accept, Escape to
// leave the rest as they are. Used when a block is inserted and to edit it.
import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

export interface PromptOption {
  value: string;
  label: string;
  /** Extra words the filter matches (e.g. "dpi" for disclosable pecuniary). */
  keywords?: string;
}

export interface PromptStep {
  label: string;
  /** Choices to filter; free text is accepted too when allowFree is set. */
  options?: PromptOption[];
  allowFree?: boolean;
  /** What the input holds when the step opens. */
  initial?: string;
  /** Turns the answer into field values; null means the answer is not acceptable (the step stays open). */
  toPatch(value: string, option: PromptOption | null): Record<string, unknown> | null;
  /** Shown under the input when toPatch refuses the answer. */
  hint?: string;
}

export interface PromptRequest {
  /** The node whose fields the answers set; the caret returns to its end afterwards (unless returnKey). */
  targetKey: NodeKey;
  steps: PromptStep[];
  /** Where the caret goes afterwards when not the target (the clerk was mid-list elsewhere). */
  returnKey?: NodeKey;
  /**
   * Instead of setting the target's fields, hand all the answers over at the
   * end (inside an editor update, caret at the end of the target), e.g. to
   * write a sentence from them. Not called when the clerk leaves with Escape.
   */
  onComplete?: (answers: Record<string, unknown>) => void;
}

export const OPEN_FIELD_PROMPT_COMMAND: LexicalCommand<PromptRequest> = createCommand('OPEN_FIELD_PROMPT_COMMAND');

/** Options in which every word typed starts a word of the label or keywords; label matches first. */
/** The words a label or query is matched by: lower case, split at spaces, dashes, brackets and punctuation. */
export const wordsOf = (text: string) => text.toLowerCase().split(/[\s\-–—(),.:;’']+/).filter(Boolean);

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
