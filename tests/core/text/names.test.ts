import { describe, expect, it } from 'vitest';
import { completeName, editDistance, findNameVariants, firstPersonMentioned } from '../../../core/text/names';

const roster = [
  { id: 'tariq', title: 'Councillor', name: 'T Tariq', retired: false },
  { id: 'wright', title: 'Councillor', name: 'S Wright', retired: false },
  { id: 'pilkington', title: 'Councillor', name: 'T Pilkington', retired: false },
  { id: 'richards', title: '', name: 'Jeanette Richards', retired: false },
  { id: 'old', title: 'Councillor', name: 'R Tarrant', retired: true },
];

describe('completeName', () => {
  it('completes a title and the start of a surname from the roster', () => {
    expect(completeName('presented by Councillor T', roster)).toEqual({ replace: 'Councillor T'.length, suggestions: ['Councillor Tariq'] });
    expect(completeName('Councillor Pi', roster)?.suggestions).toEqual(['Councillor Pilkington']);
  });
  it('completes an officer’s full name', () => {
    expect(completeName('In response, Jeanette R', roster)).toEqual({ replace: 'Jeanette R'.length, suggestions: ['Jeanette Richards'] });
  });
  it('finds O’Brien from the keyboard’s straight apostrophe, and offers the roster’s spelling', () => {
    const cabinet = [
      ...roster,
      { id: 'obrien', title: 'Councillor', name: 'E O’Brien', retired: false },
      { id: 'dsouza', title: '', name: 'Mary D’Souza', retired: false },
    ];
    expect(completeName("The Leader, Councillor O'B", cabinet)).toEqual({ replace: "Councillor O'B".length, suggestions: ['Councillor O’Brien'] });
    expect(completeName('The Leader, Councillor O’B', cabinet)?.suggestions).toEqual(['Councillor O’Brien']);
    expect(completeName("Mary D'S", cabinet)).toEqual({ replace: "Mary D'S".length, suggestions: ['Mary D’Souza'] });
  });
  it('offers nothing once the name is complete, for retired people or for ordinary words', () => {
    expect(completeName('Councillor Tariq', roster)).toBeNull();
    expect(completeName('The Chair', roster)).toBeNull();
    expect(completeName('Councillor Tarr', roster)).toBeNull();
  });
});

describe('findNameVariants', () => {
  const names = roster.map((person) => person.name);

  it('flags seed 000’s misspellings of Councillor Tariq, with offsets', () => {
    const text = 'Councillor Tariq presented. Councillor Tarig explained he is confident. Councillor Tar agreed.';
    expect(findNameVariants(text, names)).toEqual([
      { found: 'Tarig', expected: 'Tariq', offset: text.indexOf('Tarig') },
      { found: 'Tar', expected: 'Tariq', offset: text.indexOf('Tar agreed') },
    ]);
  });

  it('flags a misspelt surname inside a sentence without a title', () => {
    const text = 'It was noted that Jeanette Richads would report back.';
    expect(findNameVariants(text, names)).toEqual([{ found: 'Richads', expected: 'Richards', offset: text.indexOf('Richads') }]);
  });

  it('does not flag correct names, ordinary words at the start of a sentence, or unrelated words', () => {
    const text = 'Right, said Councillor Wright. Councillor Pilkington and Jeanette Richards agreed. The Chair thanked Ofsted.';
    expect(findNameVariants(text, names)).toEqual([]);
  });
});

describe('helpers', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('Tairq', 'Tariq')).toBe(1);
    expect(editDistance('Tarig', 'Tariq')).toBe(1);
  });
  it('finds the first roster person a sentence names', () => {
    expect(firstPersonMentioned('Jeanette Richards agreed to provide the cost of the video.', roster)?.id).toBe('richards');
    expect(firstPersonMentioned('Councillor Wright asked members to vote.', roster)?.id).toBe('wright');
  });
});
