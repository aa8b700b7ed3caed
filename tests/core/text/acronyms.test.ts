import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUndefinedAcronyms, inlineDefinitions, withDefinition } from '../../../core/text/acronyms';

describe('findUndefinedAcronyms', () => {
  it('finds all-capital and mixed-case acronyms, once each, in order of use', () => {
    const text =
      'The ILAC inspection and the DfE advisor. The Children in Care Council (CiCC) met. 5 ASYE social workers; KPIs and the RAG rating; MASH meetings; the DfE again.';
    expect(findUndefinedAcronyms(text, [])).toEqual(['ILAC', 'DfE', 'CiCC', 'ASYE', 'KPIs', 'RAG', 'MASH']);
  });

  it('leaves out acronyms the glossary defines, including plurals of defined ones', () => {
    const glossary = [
      { acronym: 'DfE', meaning: 'Department for Education' },
      { acronym: 'KPI', meaning: 'Key performance indicator' },
    ];
    expect(findUndefinedAcronyms('The DfE set three KPIs for ILAC.', glossary)).toEqual(['ILAC']);
  });

  it('does not flag ordinary words in capitals, headings, initials or names', () => {
    const text =
      'DECLARATIONS OF INTEREST\nURGENT BUSINESS\nIt was AGREED. Councillor S Wright and Councillor L McBriar. I said NO. Ofsted and Bury2gether. COUNCILLOR S WRIGHT';
    expect(findUndefinedAcronyms(text, [])).toEqual([]);
  });

  it('finds the acronyms in seed 000 that its committee asked to have explained', () => {
    const seed = readFileSync('/work/shared/reference/000_0b71190a79280178.txt', 'utf8');
    const found = findUndefinedAcronyms(seed, []);
    for (const acronym of ['ILAC', 'DfE', 'CiCC', 'ASYE', 'KPIs', 'RAG', 'SEN', 'SEND']) expect(found).toContain(acronym);
    for (const word of ['CHILDREN', 'BURY', 'URGENT', 'BUSINESS', 'WRIGHT', 'COMMITTEE', 'Ofsted']) expect(found).not.toContain(word);
  });
});

describe('inlineDefinitions', () => {
  it('finds acronyms defined in brackets where first used', () => {
    expect(inlineDefinitions('young people from the Children in Care Council (CiCC) and the Multi-Agency Safeguarding Hub (MASH) and 5 (ASYE) staff')).toEqual([
      { acronym: 'CiCC', meaning: 'Children in Care Council' },
      { acronym: 'MASH', meaning: 'Multi Agency Safeguarding Hub' },
    ]);
  });
});

describe('withDefinition', () => {
  it('defines an acronym once: a new meaning replaces the old, the rest keep their order', () => {
    const glossary = [
      { acronym: 'DfE', meaning: 'Department for Education' },
      { acronym: 'ILAC', meaning: 'old meaning' },
      { acronym: 'MASH', meaning: 'Multi Agency Safeguarding Hub' },
    ];
    expect(withDefinition(glossary, { acronym: 'ILAC', meaning: 'Inspection of Local Authority Children’s Services' }).map((entry) => entry.acronym)).toEqual([
      'DfE',
      'MASH',
      'ILAC',
    ]);
    expect(withDefinition(glossary, { acronym: 'ILAC', meaning: 'new' }).at(-1)?.meaning).toBe('new');
    expect(glossary[1]!.meaning).toBe('old meaning');
  });
});

describe('planning minutes', () => {
  it('does not flag the letters of an application or appeal reference (Gotham, Wirral)', () => {
    expect(findUndefinedAcronyms('17/ 2 (ref: 17/00340/FUL) 14 Nottingham Road – single storey rear extension', [])).toEqual([]);
    expect(findUndefinedAcronyms('The appeal APP/20/00094 and application DC/24/0123/XYZ were noted.', [])).toEqual([]);
  });

  it('knows the acronyms every planning committee uses, but still flags a council’s own', () => {
    const text = 'The NPPF and the LPA’s SPD; a TPO; CIL and an HMO; RBC presentation; an RCAN Neighbourhood Plan meeting.';
    expect(findUndefinedAcronyms(text, [])).toEqual(['RBC', 'RCAN']);
  });

  it('still flags the same letters used as a word outside a reference', () => {
    expect(findUndefinedAcronyms('The XYZ report and DC/24/0123/XYZ.', [])).toEqual(['XYZ']);
  });
});
