// People named in the minutes as the house style names them: as on the roster
// ("Councillor S Kelly"), by surname ("Councillor Kelly"), or in full on first
// mention and by surname after; with or without "Councillor"; several together
// under one title ("Councillors J Barry and J Birkin"). A name typed in the
// minutes that is not on the roster is printed as typed: nothing is guessed.
// With no house style every name is printed as typed, as before house styles.
import type { HouseStyle } from '../house-style/house-style-schema';
import { nameAsPrinted, nameFormAt } from '../house-style/house-style-wording';
import type { PersonRef } from '../minutes/minutes-model';
import type { Person } from '../model/person';
import { joinNames, titledGroup } from '../model/minutes-heading';

export interface Namer {
  /** One person, or `fallback` ("A member") when none is named. */
  one(person: PersonRef | null, fallback: string): string;
  /** Several, joined: "Councillors J Barry and J Birkin", "A, B and C". */
  many(people: ReadonlyArray<PersonRef>): string;
  /** A mover or seconder, in the style's form for them (names.movers: Wirral's "Councillor S Kelly"). */
  mover(person: PersonRef | null, fallback: string): string;
}

const asTyped = (person: PersonRef | null, fallback: string) => person?.name.trim() || fallback;

/** Names as typed: the app's own wording. */
export const typedNames: Namer = {
  one: asTyped,
  mover: asTyped,
  many: (people) => joinNames(people.map((person) => asTyped(person, ''))),
};

/** A namer for one export of one meeting: it remembers who has been named, for "full-then-surname". */
export function styledNames(style: HouseStyle | null, roster: ReadonlyArray<Person>): Namer {
  if (!style) return typedNames;
  const mentioned = new Set<string>();
  const onRoster = (person: PersonRef | null) => (person?.personId ? roster.find((candidate) => candidate.id === person.personId) : undefined);
  const printed = (person: Person, place: 'mover' | 'other' = 'other') => {
    const first = !mentioned.has(person.id);
    mentioned.add(person.id);
    return nameAsPrinted(style, person, first, nameFormAt(style, place));
  };
  return {
    one(person, fallback) {
      const known = onRoster(person);
      return known ? printed(known) : asTyped(person, fallback);
    },
    mover(person, fallback) {
      const known = onRoster(person);
      return known ? printed(known, 'mover') : asTyped(person, fallback);
    },
    many(people) {
      const known = people.map(onRoster);
      // "Councillors J Barry and J Birkin": only when every one is a councillor on the roster named in full.
      const councillors = known.every((person) => person && /^(councillor|cllr)/i.test(person.title));
      if (style.names.groupTitle && style.names.councillorTitle && councillors && people.length > 1 && style.names.form === 'roster') {
        for (const person of known) mentioned.add(person!.id);
        return titledGroup(known as Person[]);
      }
      return joinNames(people.map((person, index) => (known[index] ? printed(known[index]) : asTyped(person, ''))));
    },
  };
}
