// The one rule of what is public (core/publication): an exempt field that is
// present but not a paragraph 1 to 7 keeps the item private and is reported;
// apology reasons, correction reasons and the detail of declarations made in
// an exempt item stay in the full version. Read back from the DOCX (mammoth)
// and the HTML the PDF is printed from.
import { describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../core/checks/minutes-checks';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import type { LayoutDocument } from '../../../core/export/layout-model';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { isExemptField, readExemptField } from '../../../core/publication/exempt-field';
import { declaration, item, lexicalRoot, para, person } from '../../fixtures/export/lexical-builders';
import { allAppendices, docxOf, layoutOf, parseDocument } from '../export/export-test-kit';

const SECRET = 'ZQSECRET the Northstone offer price';

function documentWith(exemptParagraph: unknown, extra: { houseStyle?: object; apologyReason?: string } = {}) {
  const exempt = item('Land at Pyramid Park');
  exempt.exemptParagraph = exemptParagraph;
  return {
    formatVersion: 1,
    meeting: {
      councilName: 'Bury Council',
      committeeName: 'Cabinet',
      title: 'Cabinet',
      date: '2022-04-13',
      venue: '',
      roster: [person('wright', 'Councillor', 'S Wright', 'chair'), person('grimshaw', 'Councillor', 'R Grimshaw', 'member')],
      attendance: [
        { personId: 'wright', status: 'present' },
        { personId: 'grimshaw', status: 'apologies', reason: extra.apologyReason ?? '' },
      ],
      ...(extra.houseStyle ? { houseStyle: extra.houseStyle } : {}),
    },
    content: lexicalRoot([
      item('Budget'),
      para('The budget was noted.'),
      exempt,
      declaration('wright', 'Councillor S Wright', 'disclosable-pecuniary', `ZQDECLARED owns land next to the site`),
      para(SECRET),
    ]),
  };
}

async function textsOf(layout: LayoutDocument): Promise<string[]> {
  const html = renderLayoutHtml(layout).replace(/<[^>]*>/g, ' ');
  return [(await docxOf(layout)).text, html];
}

describe('the exempt field fails closed', () => {
  it('reads null or a missing field as public, "1" to "7" as exempt, anything else as exempt with a problem', () => {
    expect(readExemptField(null)).toEqual({ exempt: false });
    expect(readExemptField(undefined)).toEqual({ exempt: false });
    expect(readExemptField('3')).toEqual({ exempt: true, paragraph: '3', problem: null });
    expect(readExemptField(' 7a ')).toEqual({ exempt: true, paragraph: '7a', problem: null });
    for (const stored of ['', '  ', 3, 0, false, true, 'commercial', '8', {}, []]) {
      const field = readExemptField(stored);
      expect(field.exempt).toBe(true);
      expect(field.exempt && field.problem).toMatch(/not a paragraph of Schedule 12A \(1 to 7\)/);
      expect(isExemptField(stored)).toBe(true);
    }
  });

  for (const stored of ['', 3, 'commercial', false]) {
    it(`keeps an item whose exempt paragraph is ${JSON.stringify(stored)} out of the public version and reports it by name`, async () => {
      const raw = documentWith(stored);
      for (const text of await textsOf(layoutOf(raw, { appendices: allAppendices }))) {
        expect(text).toContain('LAND AT PYRAMID PARK');
        expect(text).toContain('The press and public were excluded');
        expect(text).not.toContain('ZQSECRET');
        expect(text).not.toContain('ZQDECLARED');
      }
      const document = parseDocument(raw);
      const warnings = checkMinutes(document.meeting, readMinutes(document.content, document.meeting)).filter((warning) => warning.kind === 'exempt-paragraph');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message).toMatch(
        /^Minute 2 “Land at Pyramid Park” is treated as exempt and left out of the public version: its exempt paragraph is .+, not a paragraph of Schedule 12A \(1 to 7\)\./,
      );
    });
  }
});

describe('declarations in an exempt item', () => {
  it('are published as member, minute and kind only, in the minutes and the register', async () => {
    const layout = layoutOf(documentWith('3'), { appendices: ['declarations'] });
    for (const text of await textsOf(layout)) {
      expect(text).toContain('Councillor S Wright declared a disclosable pecuniary interest.');
      expect(text).not.toContain('ZQDECLARED');
      expect(text).not.toContain('left the');
    }
    const register = layout.sections[1]!.blocks.find((block) => block.kind === 'table');
    expect(register).toMatchObject({ rows: [['2', 'Councillor S Wright', 'disclosable pecuniary', 'Exempt item: details not published', 'Not published']] });
  });

  it('keep their detail in the full version', async () => {
    for (const text of await textsOf(layoutOf(documentWith('3'), { version: 'full', appendices: ['declarations'] }))) expect(text).toContain('ZQDECLARED');
  });
});

describe('apology reasons', () => {
  it('are left out of the public version by default and kept in the full version', async () => {
    const raw = documentWith('3', { apologyReason: 'ZQREASON family matter' });
    for (const text of await textsOf(layoutOf(raw))) {
      expect(text).toContain('Councillor R Grimshaw');
      expect(text).not.toContain('ZQREASON');
    }
    for (const text of await textsOf(layoutOf(raw, { version: 'full' }))) expect(text).toContain('Councillor R Grimshaw (ZQREASON family matter)');
  });

  it('are printed in the public version when the house style says so', async () => {
    const raw = documentWith('3', { apologyReason: 'unwell', houseStyle: { apologyReasonsInPublic: true } });
    for (const text of await textsOf(layoutOf(raw))) expect(text).toContain('Councillor R Grimshaw (unwell)');
  });
});

describe('"Not for publication"', () => {
  it('marks a full version only when it says more than the public one', () => {
    expect(layoutOf(documentWith('3'), { version: 'full' }).restrictiveMarking).toBe('Not for publication');
    expect(layoutOf(documentWith(null), { version: 'full' }).restrictiveMarking).toBeNull();
    expect(layoutOf(documentWith(null, { apologyReason: 'unwell' }), { version: 'full' }).restrictiveMarking).toBe('Not for publication');
    expect(layoutOf(documentWith('3')).restrictiveMarking).toBeNull();
  });
});
