// Roster people as prompt options, and the field values a chosen (or freely
// typed) name sets, so every block names people the same way.
import { personDisplayName } from '../../../core/minutes/meeting-context';
import type { Person } from '../../../core/model/person';
import type { PromptOption, PromptStep } from '../prompt/prompt-types';

export function personOptions(roster: Person[], filter: (person: Person) => boolean = () => true): PromptOption[] {
  return roster
    .filter((person) => !person.retired && filter(person))
    .map((person) => ({ value: person.id, label: personDisplayName(person), keywords: `${person.jobTitle} ${person.role}` }));
}

/** A step asking for a person; sets `<prefix>Id` and `<prefix>Name`. */
export function personStep(label: string, prefix: string, roster: Person[], initialName = ''): PromptStep {
  return {
    label,
    options: personOptions(roster),
    allowFree: true,
    initial: initialName,
    toPatch: (value, option) => (option ? { [`${prefix}Id`]: option.value, [`${prefix}Name`]: option.label } : { [`${prefix}Id`]: null, [`${prefix}Name`]: value }),
  };
}
