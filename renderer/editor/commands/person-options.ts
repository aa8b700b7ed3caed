// Roster people as prompt options, and the field values a chosen (or freely
// typed) name sets, so every block names people the same way.
import { personDisplayName } from '../../../core/minutes/meeting-context';
import { shortReference } from '../../../core/text/names';
import type { Person } from '../../../core/model/person';
import type { PromptOption, PromptStep } from '../prompt/prompt-types';

export function personOptions(roster: Person[], filter: (person: Person) => boolean = () => true): PromptOption[] {
  return roster
    .filter((person) => !person.retired && filter(person))
    .map((person) => ({ value: person.id, label: personDisplayName(person), keywords: `${person.jobTitle} ${person.role}` }));
}

/** A step asking for a person; sets `<prefix>Id` and `<prefix>Name`. */
export function personStep(label: string, prefix: string, roster: Person[], initialName = '', form: 'short' | 'full' = 'short'): PromptStep {
  return {
    label,
    options: personOptions(roster),
    allowFree: true,
    initial: initialName,
    // Minutes name councillors by title and surname ("Councillor Lancaster"), others in full;
    // the chair's signature line uses the full form ("Councillor S Wright").
    toPatch: (value, option) => {
      const person = option ? roster.find((candidate) => candidate.id === option.value) : undefined;
      return person ? { [`${prefix}Id`]: person.id, [`${prefix}Name`]: form === 'short' ? shortReference(person, roster) : personDisplayName(person) } : { [`${prefix}Id`]: null, [`${prefix}Name`]: value };
    },
  };
}
