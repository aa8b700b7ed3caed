import { describe, expect, it } from 'vitest';
import { findInText } from '../../../renderer/find/find-matches';

const spans = (text: string, term: string, matchCase = false, wholeWord = false) =>
  findInText(text, term, { matchCase, wholeWord }).map(({ start, end }) => text.slice(start, end));

describe('finding a term in a block of text', () => {
  const text = 'Councillor Smith and Mrs smith met Smithson; SMITH agreed.';

  it('ignores case unless asked, and keeps the text as written', () => {
    expect(spans(text, 'smith')).toEqual(['Smith', 'smith', 'Smith', 'SMITH']);
    expect(spans(text, 'Smith', true)).toEqual(['Smith', 'Smith']);
  });

  it('with whole word, skips the term inside longer words (letters, digits, accents)', () => {
    expect(spans(text, 'smith', false, true)).toEqual(['Smith', 'smith', 'SMITH']);
    expect(spans('CA.119 and CA.1190', 'CA.119', false, true)).toEqual(['CA.119']);
    expect(spans('café cafés', 'café', false, true)).toEqual(['café']);
  });

  it('treats the term literally: no pattern characters, no empty term', () => {
    expect(spans('cost (£5.00) or £5x00', '£5.00')).toEqual(['£5.00']);
    expect(spans('a+b and a.b', 'a+b')).toEqual(['a+b']);
    expect(findInText('anything', '', { matchCase: false, wholeWord: false })).toEqual([]);
  });

  it('does not overlap matches', () => {
    expect(findInText('aaaa', 'aa', { matchCase: false, wholeWord: false })).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});
