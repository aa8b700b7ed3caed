// A person chosen in a field prompt is written as the minutes name them:
// "Councillor Smith", or with initials when two councillors are Smiths.
import { describe, expect, it } from 'vitest';
import { personStep } from '../../../core/blocks/prompt-step';

const person = (id: string, name: string) => ({ id, title: 'Councillor', name, role: 'member' as const, jobTitle: '', voting: true, retired: false });

describe('personStep', () => {
  it('writes the surname alone unless another councillor shares it', () => {
    const roster = [person('js', 'J Smith'), person('ls', 'L Smith'), person('hb', 'C Boles')];
    const step = personStep<{ answererId: string | null; answererName: string }>('Who explained', { id: 'answererId', name: 'answererName' }, roster);
    const chosen = (id: string) => step.toPatch(id, step.options!.find((option) => option.value === id) ?? null);
    expect([chosen('ls'), chosen('hb')]).toEqual([
      { answererId: 'ls', answererName: 'Councillor L Smith' },
      { answererId: 'hb', answererName: 'Councillor Boles' },
    ]);
  });
});
