// A block's field questions as typed data: each step turns the clerk's answer
// into part of the block's fields (Partial<F>), so the compiler checks every
// key a step writes. The editor's field prompt asks them in turn.
import { personDisplayName } from '../minutes/meeting-context';
import type { Person } from '../model/person';
import { shortReference } from '../text/names';

export interface PromptOption {
  value: string;
  label: string;
  /** Extra words the filter matches (e.g. "dpi" for disclosable pecuniary). */
  keywords?: string;
}

/** The words a label or query is matched by: lower case, split at spaces, dashes, brackets and punctuation. */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s\-–—(),.:;’']+/)
    .filter(Boolean);

/** Options in which every word typed starts a word of the label or keywords; label matches first. */
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

export interface PromptStep<F extends object = Record<string, unknown>> {
  label: string;
  /** Choices to filter; free text is accepted too when allowFree is set. */
  options?: PromptOption[];
  allowFree?: boolean;
  /** What the input holds when the step opens. */
  initial?: string;
  /** Turns the answer into field values; null means the answer is not acceptable (the step stays open). */
  toPatch(value: string, option: PromptOption | null): Partial<F> | null;
  /** Shown under the input when toPatch refuses the answer. */
  hint?: string;
  /** Shown under the input all the while: a quicker way to answer that the label does not say. */
  tip?: string;
  /** What the answer typed so far will be read as, shown under the input in place of the tip ("7 for, 7 against"); null when plain. */
  reading?(value: string): string | null;
  /**
   * Asked only when this holds: `fields` are the block's fields as the answers so far leave them, `answered` the
   * answers given in this prompt (e.g. the casting vote only on a tie; "Votes against" not when "7 7" answered it).
   */
  askWhen?(fields: Partial<F>, answered: Partial<F>): boolean;
  /** What the fields become when the step is not asked (no casting vote when the counts are not tied). */
  otherwise?: Partial<F>;
}

/**
 * The next step to ask after `from` (the first with -1), and what the steps passed over set; index is
 * steps.length when none is left to ask.
 */
export function nextStepToAsk<F extends object>(
  steps: ReadonlyArray<PromptStep<F>>,
  from: number,
  fields: Partial<F>,
  answered: Partial<F>,
): { index: number; passedOver: Partial<F> } {
  let passedOver: Partial<F> = {};
  for (let index = from + 1; index < steps.length; index += 1) {
    const step = steps[index]!;
    if (!step.askWhen || step.askWhen({ ...fields, ...passedOver }, { ...answered, ...passedOver })) return { index, passedOver };
    passedOver = { ...passedOver, ...step.otherwise };
  }
  return { index: steps.length, passedOver };
}

export function personOptions(roster: Person[], filter: (person: Person) => boolean = () => true): PromptOption[] {
  return roster
    .filter((person) => !person.retired && filter(person))
    .map((person) => ({ value: person.id, label: personDisplayName(person), keywords: `${person.jobTitle} ${person.role}` }));
}

/** The keys of F that hold values of type V. */
type KeysHolding<F, V> = { [K in keyof F]-?: V extends F[K] ? K : never }[keyof F];

/** Which two fields a person step sets: the roster id and the name as written. */
export interface PersonKeys<F> {
  id: KeysHolding<F, string | null>;
  name: KeysHolding<F, string>;
}

/** A step asking for a person; sets the id and name fields it is given. `offered`: who is in the list (all by default). */
export function personStep<F extends object>(
  label: string,
  keys: PersonKeys<F>,
  roster: Person[],
  initialName = '',
  form: 'short' | 'full' = 'short',
  offered: (person: Person) => boolean = () => true,
): PromptStep<F> {
  return {
    label,
    options: personOptions(roster, offered),
    allowFree: true,
    initial: initialName,
    // Minutes name councillors by title and surname ("Councillor Lancaster"), others in full;
    // the chair's signature line uses the full form ("Councillor S Wright").
    toPatch: (value, option) => {
      const person = option ? roster.find((candidate) => candidate.id === option.value) : undefined;
      const id = person ? person.id : null;
      const name = person ? (form === 'short' ? shortReference(person, roster) : personDisplayName(person)) : value;
      return { [keys.id]: id, [keys.name]: name } as Partial<F>;
    },
  };
}
