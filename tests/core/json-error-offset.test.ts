import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../core/storage/json-error-offset';

describe('jsonErrorOffset', () => {
  it.each(['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"]}', ' "text" '])('finds nothing wrong in %s', (text) => {
    expect(jsonErrorOffset(text)).toBe(-1);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it.each([
    ['{"a": nope}', 7],
    ['{"a":1,}', 7],
    ['[1 2]', 3],
    ['{"a":"tab\there"}', 9],
    ['{"a":1} trailing', 8],
    ['{"a":01}', 6],
  ])('points at the first bad character of %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('says the text ended too soon for a truncated document', () => {
    const text = '{"formatVersion":1,"meeting":{"title":"Bud';
    expect(jsonErrorOffset(text)).toBe(text.length);
  });
});
