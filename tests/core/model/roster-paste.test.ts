// Roster lines as councils print them, each case copied from a real meeting in
// /work/shared/reference/ or the clerk dogfood report (findings/clerk-dogfood.md).
import { describe, expect, it } from 'vitest';
import { importRosterLines, readRosterLines } from '../../../core/model/roster-import';
import { dictionaryWords } from '../../../core/text/spelling-words';

const read = (text: string) => readRosterLines(text, (index) => `p${index}`);
const summary = (text: string) => read(text).rows.map((row) => [row.person.title, row.person.name, row.person.role, row.person.jobTitle, row.attendance]);

describe('a pasted roster read as councils write it', () => {
  it('reads Gotham’s “Present: Councillors, J.P. Anderson (Chairman), …” as five councillors, with no one named “Councillors”', () => {
    const { rows, problems } = read('Present: Councillors, J.P. Anderson (Chairman), M. Wilkins, J.M.F. Royce, B.J.Walker, G.Hutter.');
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.person.title, row.person.name, row.person.role, row.attendance])).toEqual([
      ['Councillor', 'J.P. Anderson', 'chair', 'present'],
      ['Councillor', 'M. Wilkins', 'member', 'present'],
      ['Councillor', 'J.M.F. Royce', 'member', 'present'],
      ['Councillor', 'B.J. Walker', 'member', 'present'],
      ['Councillor', 'G. Hutter', 'member', 'present'],
    ]);
    expect(rows.every((row) => row.doubts.length === 0)).toBe(true);
  });

  it('reads Gotham’s “1/ Apologies: Nil Absent: H.Taylor, A. Clayworth” as two people absent, no apologies and no officer', () => {
    expect(summary('1/ Apologies: Nil Absent: H.Taylor, A. Clayworth')).toEqual([
      ['', 'H. Taylor', 'member', '', 'absent'],
      ['', 'A. Clayworth', 'member', '', 'absent'],
    ]);
    expect(summary('Absent: H.Taylor, A. Clayworth').map((row) => row[1])).toEqual(['H. Taylor', 'A. Clayworth']);
  });

  it('keeps a label for the lines after it, until the next label', () => {
    expect(summary('Present: Councillors, J.P. Anderson (Chairman), M. Wilkins.\nAbsent: H.Taylor').map((row) => [row[1], row[4]])).toEqual([
      ['J.P. Anderson', 'present'],
      ['M. Wilkins', 'present'],
      ['H. Taylor', 'absent'],
    ]);
  });

  it('reads NEDDC’s “Councillor N Barker (Chair) — Leader of the Council” as N Barker, Chair, with the job kept', () => {
    expect(summary('Councillor N Barker (Chair) — Leader of the Council')).toEqual([['Councillor', 'N Barker', 'chair', 'Leader of the Council', null]]);
    expect(summary('Councillor N Barker, Leader of the Council and Portfolio Holder for Strategic Leadership and Finance.')).toEqual([
      ['Councillor', 'N Barker', 'member', 'Leader of the Council and Portfolio Holder for Strategic Leadership and Finance', null],
    ]);
  });

  it('reads NEDDC’s sentence “Apologies for absence were received from Councillors J Barry and J Birkin.”', () => {
    expect(summary('Apologies for absence were received from Councillors J Barry and J Birkin.')).toEqual([
      ['Councillor', 'J Barry', 'member', '', 'apologies'],
      ['Councillor', 'J Birkin', 'member', '', 'apologies'],
    ]);
  });

  it('reads Wirral’s “Present: Councillors A Bennett (Chair), S Kelly, … and P Stuart”', () => {
    const rows = summary('Present: Councillors A Bennett (Chair), S Kelly, B Berry, L Rennie, S Foulkes, G Davies, S Frost, K Hodson, S Mooney and P Stuart');
    expect(rows.map((row) => row[1])).toEqual([
      'A Bennett',
      'S Kelly',
      'B Berry',
      'L Rennie',
      'S Foulkes',
      'G Davies',
      'S Frost',
      'K Hodson',
      'S Mooney',
      'P Stuart',
    ]);
    expect(rows[0]![2]).toBe('chair');
  });

  it('reads Bury’s heading as printed, a list wrapped after a comma included (reference 000)', () => {
    const heading = [
      'Present: Councillor S Wright (in the Chair)',
      'Councillors C Boles, S Butler, P Cropper, J Lancaster,',
      'L McBriar, T Pilkington, D Quinn, T Tarig and M Whitby',
      'Helen Chadwick — Trade Union Representative.',
      'Also in attendance: Jacqui Dennis — Director of Law and Democratic Services, Kelly Barnett — Democratic Services Officer.',
      'Public Attendance: No members of the public were present at the meeting.',
      'Apologies for Absence: Georgia Murphy — Youth Cabinet Chair',
    ].join('\n');
    const { rows, problems } = read(heading);
    expect(rows.map((row) => [row.person.name, row.person.role, row.attendance])).toEqual([
      ['S Wright', 'chair', 'present'],
      ['C Boles', 'member', 'present'],
      ['S Butler', 'member', 'present'],
      ['P Cropper', 'member', 'present'],
      ['J Lancaster', 'member', 'present'],
      ['L McBriar', 'member', 'present'],
      ['T Pilkington', 'member', 'present'],
      ['D Quinn', 'member', 'present'],
      ['T Tarig', 'member', 'present'],
      ['M Whitby', 'member', 'present'],
      ['Helen Chadwick', 'trade-union-representative', 'present'],
      ['Jacqui Dennis', 'officer', 'present'],
      ['Kelly Barnett', 'officer', 'present'],
      ['Georgia Murphy', 'youth-representative', 'apologies'],
    ]);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 5, 5, 7]);
    expect(problems).toEqual(['Line 6: “Public Attendance: No members of the public were present at the meeting.” is not a list of names, so it was skipped.']);
  });

  it('reads titles before names', () => {
    expect(summary('Mr J Smith (Co-opted member)\nDr A Patel — Public Health Consultant\nCllr. T Tarig (Vice-Chair)').map((row) => row.slice(0, 3))).toEqual([
      ['Mr', 'J Smith', 'co-opted-member'],
      ['Dr', 'A Patel', 'officer'],
      ['Cllr', 'T Tarig', 'vice-chair'],
    ]);
  });

  it('keeps a doubtful row and says what is doubtful, so the clerk can fix or remove it', () => {
    // Bury's "Also in attendance" wraps mid-job: "…Children and Young" / "People, Kelly Barnett — …".
    const { rows } = read('People, Kelly Barnett — Democratic Services Officer.');
    expect(rows.map((row) => [row.person.name, row.doubts])).toEqual([
      ['People', ['“People” is a single word with no title: check it is a person, or remove the row.']],
      ['Kelly Barnett', []],
    ]);
    expect(importRosterLines('People, Kelly Barnett — Democratic Services Officer.', (i) => `p${i}`).problems).toEqual([
      'Line 1: “People” is a single word with no title: check it is a person, or remove the row.',
    ]);
  });

  it('“Nil” under a label is no one, not a problem', () => {
    expect(read('Apologies: Nil\n2/ Declaration on Interest: Nil.')).toMatchObject({
      rows: [],
      problems: ['Line 2: “2/ Declaration on Interest: Nil.” is not a list of names, so it was skipped.'],
    });
  });

  it('gives the spellchecker surnames, not initials glued to them (“G.Hutter” → “Hutter”)', () => {
    const names = read('Present: Councillors, J.P. Anderson (Chairman), M. Wilkins, J.M.F. Royce, B.J.Walker, G.Hutter.').rows.map((row) => row.person.name);
    expect(dictionaryWords(names, [])).toEqual(['Anderson', 'Hutter', 'Royce', 'Walker', 'Wilkins']);
    // Names kept as typed elsewhere ("G.Hutter" in a roster edited by hand) split at the dot too.
    expect(dictionaryWords(['G.Hutter', 'J.P.Anderson', 'HTaylor'], [])).toEqual(['Anderson', 'HTaylor', 'Hutter']);
  });
});

describe('what a pasted roster must never do', () => {
  const realLines = [
    'Present: Councillors, J.P. Anderson (Chairman), M. Wilkins, J.M.F. Royce, B.J.Walker, G.Hutter.',
    '1/ Apologies: Nil Absent: H.Taylor, A. Clayworth',
    'Councillor N Barker (Chair) — Leader of the Council',
    'Apologies for absence were received from Councillors J Barry and J Birkin.',
    'Present: Councillors A Bennett (Chair), S Kelly, B Berry, L Rennie, S Foulkes, G Davies, S Frost, K Hodson, S Mooney and P Stuart',
    'Present: Councillor S Wright (in the Chair)',
    'Councillors C Boles, S Butler, P Cropper, J Lancaster,',
    'L McBriar, T Pilkington, D Quinn, T Tarig and M Whitby',
    'Also in attendance: Jacqui Dennis — Director of Law and Democratic Services, Kelly Barnett — Democratic Services Officer.',
  ];

  it('makes no person of a label, a title or “Nil”, and keeps no label, bracket or number in a name', () => {
    const { rows } = read(realLines.join('\n'));
    for (const { person } of rows) {
      expect(person.name).not.toMatch(/^(?:councillors?|cllrs?|present|absent|apologies|nil)\b/i);
      expect(person.name).not.toMatch(/[():/\d]/);
    }
    expect(rows).toHaveLength(5 + 2 + 1 + 2 + 10 + 1 + 9 + 2);
  });
});
