// The shipped house styles reproduce their councils' own sentences, taken from
// the published minutes in /work/shared/reference/ (compared after normalising
// spaces, quotes and apostrophes, as the clerk dogfood's fidelity check did).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HouseStyle } from '../../../core/house-style/house-style-schema';
import {
  closeText,
  formatDate,
  headingTitle,
  motionText,
  nameAsPrinted,
  numbersResolution,
  resolutionLabel,
  signatureName,
  voteText,
} from '../../../core/house-style/house-style-wording';
import { shippedHouseStyles } from '../../../core/house-style/shipped-house-styles';

const reference = (file: string) => normalise(readFileSync(`/work/shared/reference/${file}`, 'utf8'));
/** Spaces collapsed, curly quotes straightened, apostrophes dropped (Wirral prints "chairs casting vote"). */
function normalise(text: string): string {
  return text
    .replace(/[‘’'`]/g, '')
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');
}

const catalogue = shippedHouseStyles();
const style = (id: string): HouseStyle => catalogue.styles.find((entry) => entry.id === id)!.style;

describe('the shipped house styles', () => {
  it('all load, each checked against the schema', () => {
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.styles.map((entry) => entry.id)).toEqual(['bury', 'gotham-parish-planning', 'neddc-cabinet', 'wirral-planning']);
  });

  it('name as assumed only fields the schema has', () => {
    const fieldsOf = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...fieldsOf(inner, `${prefix}${key}.`)])
        : [];
    for (const { style: one } of catalogue.styles) {
      const fields = new Set(fieldsOf(one));
      for (const assumed of one.provenance.assumed) expect(fields, assumed).toContain(assumed);
    }
  });
});

describe('Wirral Planning Committee', () => {
  const wirral = style('wirral-planning');
  const text = reference('wirral-planning-extract.txt');

  it('words the motion and the tied vote decided by the chair inside the resolution, as the council does', () => {
    const motion = motionText(
      wirral.votes,
      nameAsPrinted(wirral, { title: 'Councillor', name: 'S Kelly' }, true),
      nameAsPrinted(wirral, { title: 'Councillor', name: 'B Berry' }, true),
    );
    const vote = voteText(wirral.votes, { for: 7, against: 7, abstentions: 0 }, { carried: true, castingVote: true });
    const sentence = `${motion} ${resolutionLabel(wirral, vote)} that the application be approved subject to a 106 legal agreement and the following conditions:`;
    expect(sentence).toBe(
      'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was – Resolved (7:7 and on the chair’s casting vote) – that the application be approved subject to a 106 legal agreement and the following conditions:',
    );
    expect(text).toContain(normalise(sentence));
  });

  it('labels a resolution without a vote “Resolved –”, unnumbered when it stands alone', () => {
    const sentence = `${resolutionLabel(wirral, null)} That the minutes of the meeting held on ${formatDate('2020-05-26', wirral.datesAndTimes.textDate)} be approved.`;
    expect(text).toContain(normalise(sentence));
    expect(numbersResolution(wirral, 1)).toBe(false);
  });

  it('names councillors as on the roster, full first names included', () => {
    expect(text).toContain(normalise(`${nameAsPrinted(wirral, { title: 'Councillor', name: 'Stuart Kelly' }, false)} declared a personal interest`));
  });
});

describe('Gotham Parish Council Planning & Development Committee', () => {
  const gotham = style('gotham-parish-planning');
  const text = reference('gotham-parish-planning-2017-02-28.txt');

  it('writes the heading, the proposal and the vote in words, with no “none against”', () => {
    expect(headingTitle(gotham, { committee: 'Planning & Development Committee', council: 'Gotham Parish Council', date: '2017-02-28', time: '19:30' })).toBe(
      'Minutes of a Meeting of the Planning & Development Committee (28/02/17)',
    );
    const anderson = nameAsPrinted(gotham, { title: 'Councillor', name: 'J.P. Anderson' }, true);
    const line = `${motionText(gotham.votes, anderson, 'M.Wilkins')} ${voteText(gotham.votes, { for: 4, against: 0, abstentions: 1 }, { carried: true, castingVote: false })}`;
    expect(line).toBe('PROPOSED: J.P. Anderson SECONDED: M.Wilkins. Vote: Four in favour, one abstention.');
    expect(text).toContain(normalise(line));
  });

  it('says “Nil” as the parish does, closes without a signature block, and dates as the parish does', () => {
    expect(text).toContain(`Apologies: ${gotham.none.apologies} Absent:`);
    expect(text).toContain(`Declaration on Interest: ${gotham.none.declarations}`);
    expect(text).toContain(`not on the Agenda: ${gotham.none.nothingToReport}`);
    expect(text).toContain(closeText(gotham, '19:30', '20:40'));
    expect(signatureName(gotham, 'Councillor J.P. Anderson')).toBeNull();
    expect(text).toContain(`Minutes of the Meeting held on ${formatDate('2017-02-21', gotham.datesAndTimes.textDate)}`);
    expect(text).toContain(`${'RESOLVED:'} That the Minutes`);
    expect(resolutionLabel(gotham, null)).toBe('RESOLVED:');
  });
});

describe('North East Derbyshire District Council Cabinet', () => {
  const neddc = style('neddc-cabinet');
  const text = reference('neddc-cabinet-2024-05-23.txt');

  it('heads the minutes “Cabinet - Thursday, 23rd May, 2024 4.00 pm”', () => {
    expect(headingTitle(neddc, { committee: 'Cabinet', council: 'North East Derbyshire District Council', date: '2024-05-23', time: '16:00' })).toBe(
      'Cabinet - Thursday, 23rd May, 2024 4.00 pm',
    );
    expect(text).toContain('Cabinet - Thursday, 23rd May, 2024 4.00 pm');
  });

  it('labels a single resolution “RESOLVED -” inline and unnumbered, and the decision’s parts in capitals', () => {
    expect(text).toContain(
      normalise(
        `${resolutionLabel(neddc, null)} That the minutes of the meeting held on ${formatDate('2024-03-28', neddc.datesAndTimes.textDate)} were approved as a true record.`,
      ),
    );
    expect(numbersResolution(neddc, 1)).toBe(false);
    expect(text).toContain(`${neddc.decisionParts.decision} That Cabinet approved the adoption of the People Strategy 2024.`);
    expect(text).toContain(`${neddc.decisionParts.reasons} The Strategy will enable`);
    expect(text).toContain(`${neddc.decisionParts.alternatives} Not applicable to this report`);
    expect(text).toContain(normalise(neddc.decisionParts.notKeyDecisionNote!));
    expect(neddc.votes.motion).toBeNull();
  });

  it('names councillors with their initials, as in the heading', () => {
    expect(nameAsPrinted(neddc, { title: 'Councillor', name: 'J Barry' }, false)).toBe('Councillor J Barry');
  });
});

describe('Bury Council (references 000, 003 and 004)', () => {
  const bury = style('bury');
  const scrutiny = reference('000_0b71190a79280178.txt');
  const cabinet = reference('003_7ab6b26987908b37.txt');

  it('closes with the chair’s name in capitals, then the times', () => {
    expect(scrutiny).toContain(`${signatureName(bury, 'Councillor S Wright')} ${bury.close.signature!.role} ${closeText(bury, '17:30', '18:45')}`);
    expect(bury.close.order).toBe('signature-then-close');
  });

  it('words the standard lines and names members by surname', () => {
    expect(scrutiny).toContain(`PUBLIC QUESTIONS ${bury.none.publicQuestions}`);
    expect(scrutiny).toContain(`URGENT BUSINESS ${bury.none.urgentBusiness}`);
    expect(scrutiny).toContain(`${nameAsPrinted(bury, { title: 'Councillor', name: 'J Lancaster' }, true)} declared a personal interest`);
    expect(scrutiny).toContain(bury.resolutions.label);
  });

  it('heads the Cabinet’s decision parts on their own lines', () => {
    expect(cabinet).toContain(`${bury.decisionParts.decision} Cabinet noted the update. ${bury.decisionParts.reasons} This update`);
    expect(cabinet).toContain(`${bury.decisionParts.alternatives} N/A`);
  });
});
