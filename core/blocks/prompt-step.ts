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

/** A step asking for a person; sets the id and name fields it is given. */
export function personStep<F extends object>(
  label: string,
  keys: PersonKeys<F>,
  roster: Person[],
  initialName = '',
  form: 'short' | 'full' = 'short',
): PromptStep<F> {
  return {
    label,
    options: personOptions(roster),
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
