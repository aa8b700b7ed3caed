// The published glossary lists the committee's acronyms and those spelt out in
// the text; one defined nowhere is the clerk's to fix (the checks say so), and
// never printed with an internal note for its meaning.
import { describe, expect, it } from 'vitest';
import { item, lexicalRoot, para } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { layoutOf } from './export-test-kit';

describe('the glossary appendix', () => {
  it('lists glossary and spelt-out acronyms, and leaves out one defined nowhere', () => {
    const text = 'The Department for Education (DfE) and the Multi Agency Safeguarding Hub (MASH) met. The Leader cited wider GM work.';
    const document = { ...seed003Document(), content: lexicalRoot([item('Children’s Services Improvement Update'), para(text)]) };
    const tables = layoutOf(document, { appendices: ['glossary'] })
      .sections.flatMap((section) => section.blocks)
      .filter((block) => block.kind === 'table');
    expect(tables).toEqual([
      {
        kind: 'table',
        caption: 'Glossary of acronyms',
        header: ['Acronym', 'Meaning'],
        rows: [
          ['DfE', 'Department for Education'],
          ['MASH', 'Multi Agency Safeguarding Hub'],
        ],
      },
    ]);
  });

  it('does not say no acronyms were used when the only ones are defined nowhere', () => {
    const document = { ...seed003Document(), content: lexicalRoot([item('Update'), para('The Leader cited wider GM work.')]) };
    const text = JSON.stringify(layoutOf(document, { appendices: ['glossary'] }).sections.at(-1));
    expect(text).toContain('No acronyms are defined for these minutes.');
    expect(text).not.toContain('No acronyms were used');
  });
});
