// Who votes by default: the one rule the roster import and the roster
// editor's role change share, so a member made a guest (seed 004's Cabinet
// Member presenting to scrutiny) stops counting towards quorum.
import { describe, expect, it } from 'vitest';
import { personRoles, votesByDefault } from '../../../core/model/person';
import { importRosterLines } from '../../../core/model/roster-import';

describe('votesByDefault', () => {
  it('members, chairs, substitutes and co-opted members vote; officers, representatives and guests do not', () => {
    expect(Object.fromEntries(personRoles.map((role) => [role, votesByDefault(role)]))).toEqual({
      chair: true,
      'vice-chair': true,
      member: true,
      'co-opted-member': true,
      substitute: true,
      officer: false,
      'trade-union-representative': false,
      'youth-representative': false,
      guest: false,
    });
  });

  it('a pasted roster gets each role and its vote', () => {
    const lines = [
      'Councillor S Wright (Chair)',
      'Councillor A Vice (Vice-Chair)',
      'Councillor C Boles',
      'Mr J Smith (Co-opted member)',
      'Councillor D Sub (Substitute)',
      'Helen Chadwick — Trade Union Representative',
      'Georgia Murphy — Youth Cabinet Chair',
      'Jacqui Dennis — Director of Law and Democratic Services',
      'Councillor O Server (Observer)',
    ];
    const { people } = importRosterLines(lines.join('\n'), (index) => `p${index}`);
    expect(people.map((person) => [person.role, person.voting])).toEqual([
      ['chair', true],
      ['vice-chair', true],
      ['member', true],
      ['co-opted-member', true],
      ['substitute', true],
      ['trade-union-representative', false],
      ['youth-representative', false],
      ['officer', false],
      ['guest', false],
    ]);
  });
});
