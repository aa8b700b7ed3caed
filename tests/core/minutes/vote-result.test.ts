import { describe, expect, it } from 'vitest';
import { closeNote, declarationLead, inResponseSentence } from '../../../core/minutes/block-wording';
import { countRecorded, describeVote, eligibleVoters, voteResult } from '../../../core/minutes/vote-result';

describe('voteResult', () => {
  it('is carried when more vote for than against, whatever the abstentions', () => {
    expect(voteResult({ for: 5, against: 4, abstain: 9 }, null)).toBe('carried');
  });
  it('is lost when more vote against', () => {
    expect(voteResult({ for: 2, against: 3, abstain: 0 }, 'for')).toBe('lost');
  });
  it('on a tie follows the chair’s casting vote, and is lost without one', () => {
    expect(voteResult({ for: 4, against: 4, abstain: 1 }, 'for')).toBe('carried');
    expect(voteResult({ for: 4, against: 4, abstain: 1 }, 'against')).toBe('lost');
    expect(voteResult({ for: 0, against: 0, abstain: 3 }, null)).toBe('lost');
  });
  it('counts a recorded vote by name', () => {
    expect(countRecorded([{ choice: 'for' }, { choice: 'for' }, { choice: 'abstain' }])).toEqual({ for: 2, against: 0, abstain: 1 });
  });
  it('describes a tie settled by the chair', () => {
    expect(describeVote({ for: 3, against: 3, abstain: 0 }, 'for')).toBe('For 3, against 3, abstentions 0: carried on the chair’s casting vote.');
  });
});

describe('eligibleVoters', () => {
  const member = (id: string, voting = true, retired = false) => ({ id, voting, retired });
  const roster = [member('wright'), member('boles'), member('richards', false), member('quinn'), member('old', true, true), member('sub')];
  it('asks every voting member still serving when the roll has not been taken', () => {
    expect(eligibleVoters(roster, []).map((person) => person.id)).toEqual(['wright', 'boles', 'quinn', 'sub']);
  });
  it('asks only those present or substituting once it has', () => {
    const roll = [
      { personId: 'wright', status: 'present' },
      { personId: 'boles', status: 'apologies' },
      { personId: 'richards', status: 'present' },
      { personId: 'quinn', status: 'absent' },
      { personId: 'sub', status: 'substitute' },
    ];
    expect(eligibleVoters(roster, roll).map((person) => person.id)).toEqual(['wright', 'sub']);
  });
});

describe('block wording', () => {
  it('writes the close note in council style', () => {
    expect(closeNote('17:30', '18:45')).toBe('The meeting started at 5.30 pm and ended at 6.45 pm');
    expect(closeNote(null, '18:45')).toBe('The meeting ended at 6.45 pm');
  });
  it('uses "an" before other', () => {
    expect(declarationLead('Councillor Boles', 'other')).toBe('Councillor Boles declared an other interest');
    expect(declarationLead('Councillor Boles', 'disclosable-pecuniary')).toBe('Councillor Boles declared a disclosable pecuniary interest');
  });
});

describe('inResponseSentence', () => {
  it('writes the usual discussion opening', () => {
    expect(inResponseSentence('Councillor Lancaster', 'agile working within Children’s Services', 'Councillor Tariq')).toBe(
      'In response to Councillor Lancaster’s question around agile working within Children’s Services, Councillor Tariq explained that ',
    );
    expect(inResponseSentence('', 'measuring success', 'Jeanette Richards')).toBe(
      'In response to members’ questions around measuring success, Jeanette Richards explained that ',
    );
  });
});
