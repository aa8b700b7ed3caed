// Prompts ask only what the record does not already answer: the chair's
// casting vote only on a tie, the counts typed together ("7 7") not asked
// again, and at the close the chair and the start only when unknown.
import { describe, expect, it } from 'vitest';
import { declarationSteps } from '../../../core/blocks/declaration-block';
import { closingSteps } from '../../../core/blocks/meeting-close-block';
import { nextStepToAsk, type PromptStep } from '../../../core/blocks/prompt-step';
import type { HouseStyle } from '../../../core/house-style/house-style-schema';
import { printsStartTime } from '../../../core/house-style/house-style-wording';
import { shippedHouseStyle } from '../../../core/house-style/meeting-house-style';
import { voteSteps, type VoteFields } from '../../../core/blocks/vote-block';
import { markAttendance, type AttendanceStatus } from '../../../core/model/attendance';
import type { Person } from '../../../core/model/person';

const person = (id: string, name: string, role: Person['role'] = 'member'): Person => ({
  id,
  title: 'Councillor',
  name,
  role,
  jobTitle: '',
  voting: true,
  retired: false,
});
const roster = [person('bennett', 'A Bennett', 'chair'), person('kelly', 'Stuart Kelly'), person('berry', 'B Berry')];
const start = { moverName: '', seconderName: '', for: 0, against: 0, abstain: 0, recorded: null };

/** The labels asked, answering each in turn as the field prompt does, starting from `fields`. */
function asked<F extends object>(steps: PromptStep<F>[], answers: Record<string, string>, fields: Partial<F> = {}) {
  const labels: string[] = [];
  let answered: Partial<F> = {};
  for (let next = nextStepToAsk(steps, -1, fields, answered); next.index < steps.length;) {
    answered = { ...answered, ...next.passedOver };
    const step = steps[next.index]!;
    labels.push(step.label);
    const value = answers[step.label] ?? '';
    const option = step.options?.find((candidate) => candidate.value === value) ?? null;
    answered = { ...answered, ...step.toPatch(value, option) };
    next = nextStepToAsk(steps, next.index, { ...fields, ...answered }, answered);
    if (next.index >= steps.length) answered = { ...answered, ...next.passedOver };
  }
  return { labels, answered };
}

describe('the vote prompt', () => {
  const counting = voteSteps(roster, start).slice(2);

  it('asks the casting vote only when the counts are tied, and records none otherwise', () => {
    const carried = asked(counting, { 'Votes for': '4', 'Votes against': '0', Abstentions: '1' }, { castingVote: 'for' } as Partial<VoteFields>);
    expect(carried.labels).toEqual(['Votes for', 'Votes against', 'Abstentions']);
    expect(carried.answered).toMatchObject({ for: 4, against: 0, abstain: 1, castingVote: null });
    const tied = asked(counting, { 'Votes for': '7', 'Votes against': '7', Abstentions: '0', 'Chair’s casting vote (only on a tie)': 'for' });
    expect(tied.labels).toEqual(['Votes for', 'Votes against', 'Abstentions', 'Chair’s casting vote (only on a tie)']);
    expect(tied.answered).toMatchObject({ castingVote: 'for' });
  });

  it('offers For first at the casting vote, as a tie carried on the chair’s vote is minuted', () => {
    const casting = counting.at(-1)!;
    expect(casting.options?.map((option) => option.label)).toEqual(['For', 'Against', 'No casting vote']);
  });

  it('takes for, against and abstentions together at “Votes for” and does not ask them again', () => {
    const together = asked(counting, { 'Votes for': '7 7', 'Chair’s casting vote (only on a tie)': 'for' });
    expect(together.labels).toEqual(['Votes for', 'Chair’s casting vote (only on a tie)']);
    expect(together.answered).toMatchObject({ for: 7, against: 7, abstain: 0, castingVote: 'for' });
    expect(asked(counting, { 'Votes for': '4 0 1' })).toMatchObject({ labels: ['Votes for'], answered: { for: 4, against: 0, abstain: 1 } });
    expect(asked(counting, { 'Votes for': '7:7' }).answered).toMatchObject({ for: 7, against: 7 });
    expect(counting[0]!.toPatch('4 0 1 2', null)).toBeNull();
    expect(counting[0]!.toPatch('four', null)).toBeNull();
  });

  it('asks the casting vote on a tied named vote', () => {
    const named = voteSteps(roster, { ...start, recorded: [] }, roster).slice(2);
    const answers = { 'Councillor Bennett voted': 'for', 'Councillor Kelly voted': 'against', 'Councillor Berry voted': 'abstain' };
    expect(asked(named, answers).labels.at(-1)).toBe('Chair’s casting vote (only on a tie)');
    expect(asked(named, { ...answers, 'Councillor Kelly voted': 'for' }).labels.at(-1)).toBe('Councillor Berry voted');
  });
});

describe('the mover and seconder', () => {
  const votingSteps = voteSteps(roster, start).slice(0, 3);

  it('are taken together at “Moved by” when each part is one person (“ke ber”), and the seconder is not asked', () => {
    const together = asked(votingSteps, { 'Moved by': 'ke ber', 'Votes for': '4' });
    expect(together.labels).toEqual(['Moved by', 'Votes for']);
    expect(together.answered).toMatchObject({ moverId: 'kelly', moverName: 'Councillor Kelly', seconderId: 'berry', seconderName: 'Councillor Berry' });
    expect(votingSteps[0]!.reading!('ke ber')).toBe('Moved by Councillor Kelly, seconded by Councillor Berry');
  });

  it('are asked in turn as before when a part is more than one person, or no one, or the text is one person', () => {
    // "b" is Bennett or Berry: not guessed.
    expect(asked(votingSteps, { 'Moved by': 'ke b', 'Seconded by': 'berry' }).labels).toEqual(['Moved by', 'Seconded by', 'Votes for']);
    expect(votingSteps[0]!.reading!('ke b')).toBeNull();
    expect(votingSteps[0]!.toPatch('Mr Smith', null)).toEqual({ moverId: null, moverName: 'Mr Smith' });
    expect(votingSteps[0]!.reading!('stuart kelly')).toBeNull();
    expect(votingSteps[0]!.reading!('ke ke')).toBeNull();
  });

  it('are offered from those in the room: members the register has away are left out, those not yet marked kept', () => {
    const attendance = [markAttendance(undefined, 'bennett', 'present'), markAttendance(undefined, 'kelly', 'absent')];
    const [mover, seconder] = voteSteps(roster, start, null, attendance);
    for (const step of [mover!, seconder!]) expect(step.options?.map((option) => option.value)).toEqual(['bennett', 'berry']);
    expect(voteSteps(roster, start)[0]!.options?.map((option) => option.value)).toEqual(['bennett', 'kelly', 'berry']);
  });
});

describe('the close', () => {
  const current = { chairId: 'bennett', chairName: 'Councillor A Bennett', startedAt: '19:30', endedAt: '20:10' };
  const labels = (attendance: Array<{ personId: string; status: AttendanceStatus }>, startedAt: string | null = '19:30') =>
    closingSteps(
      roster,
      attendance.map((entry) => markAttendance(undefined, entry.personId, entry.status)),
      { ...current, startedAt },
    ).map((step) => step.label);

  it('asks only the end when the chair is present (or no register is taken) and the start is recorded', () => {
    expect(labels([{ personId: 'bennett', status: 'present' }])).toEqual(['Meeting ended at']);
    expect(labels([])).toEqual(['Meeting ended at']);
  });

  it('asks who signs when the chair was away, and the start when none is recorded', () => {
    expect(labels([{ personId: 'bennett', status: 'apologies' }])).toEqual(['Chair signing the minutes', 'Meeting ended at']);
    expect(labels([], null)).toEqual(['Meeting started at', 'Meeting ended at']);
  });

  it('does not ask the start when the house style prints none (Gotham’s “Meeting closed at {end}”), and does when it prints one', () => {
    const asked = (style: HouseStyle | null) => closingSteps(roster, [], { ...current, startedAt: null }, printsStartTime(style)).map((step) => step.label);
    expect(asked(shippedHouseStyle('gotham-parish-planning'))).toEqual(['Meeting ended at']);
    expect(asked(shippedHouseStyle('bury'))).toEqual(['Meeting started at', 'Meeting ended at']);
    expect(asked(shippedHouseStyle('neddc-cabinet'))).toEqual(['Meeting started at', 'Meeting ended at']);
    expect(asked(null)).toEqual(['Meeting started at', 'Meeting ended at']);
  });

  it('reads an end typed as 840 after a 7.30 pm start as 8.40 pm', () => {
    const end = closingSteps(roster, [], current).at(-1)!;
    expect(end.toPatch('840', null)).toEqual({ endedAt: '20:40' });
  });

  it('offers the time now as the clerk reads it (“8.40 pm”), so Enter alone records it', () => {
    const end = closingSteps(roster, [], { ...current, endedAt: '20:40' }).at(-1)!;
    expect(end.initial).toBe('8.40 pm');
    expect(end.toPatch(end.initial!, null)).toEqual({ endedAt: '20:40' });
  });
});

describe('the declaration prompt', () => {
  const outline = [
    { itemId: 'i3', number: '3', title: 'APP/20/00094' },
    { itemId: 'i5', number: '5', title: 'APP/20/00135' },
  ];
  it('offers the likeliest item first, so Enter alone takes it; the meeting as a whole when none is known', () => {
    const itemStep = (itemId: string | null) => declarationSteps(roster, outline, { memberName: '', kind: 'personal', itemId })[2]!;
    expect(itemStep('i5').options!.map((option) => option.label)).toEqual(['5 APP/20/00135', 'The meeting as a whole', '3 APP/20/00094']);
    expect(itemStep(null).options![0]!.label).toBe('The meeting as a whole');
  });

  it('is taken in one line at “Member declaring” (“ke 3”, “be pr”): the kind left out is the usual one, the item the one offered first', () => {
    const steps = (itemId: string | null) => declarationSteps(roster, outline, { memberName: '', kind: 'personal', itemId });
    const kellyIn3 = asked(steps(null), { 'Member declaring': 'ke 3' });
    expect(kellyIn3.labels).toEqual(['Member declaring']);
    expect(kellyIn3.answered).toMatchObject({ memberId: 'kelly', memberName: 'Councillor Kelly', kind: 'personal', leftRoom: false, itemId: 'i3' });
    expect(steps(null)[0]!.reading!('ke 3')).toBe('Councillor Stuart Kelly, personal, 3 APP/20/00094');
    const berryPrejudicial = asked(steps('i5'), { 'Member declaring': 'ber pr' });
    expect(berryPrejudicial.labels).toEqual(['Member declaring']);
    expect(berryPrejudicial.answered).toMatchObject({ memberId: 'berry', kind: 'prejudicial', leftRoom: true, itemId: 'i5' });
  });

  it('is asked in turn as before when the line is not plainly one member, one kind and one item', () => {
    const steps = declarationSteps(roster, outline, { memberName: '', kind: 'personal', itemId: null });
    // "b" is Bennett or Berry; item 4 is not on the agenda; "ke" alone names one member (the usual way).
    for (const line of ['b 3', 'ke 4', 'ke zz', 'stuart kelly']) expect(steps[0]!.reading!(line)).toBeNull();
    expect(asked(steps, { 'Member declaring': 'b 3' }).labels).toEqual(['Member declaring', 'Kind of interest', 'Agenda item it concerns']);
  });
});
