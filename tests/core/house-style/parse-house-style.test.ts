// A council edits its house style by hand: each mistake is named with the
// file, the field and the fix, and nothing half-read is used.
import { describe, expect, it } from 'vitest';
import { parseHouseStyle, parseHouseStyleText } from '../../../core/house-style/parse-house-style';
import { houseStyleCatalogue } from '../../../core/house-style/shipped-house-styles';
import wirral from '../../../core/house-style/styles/wirral-planning.json';

/** The Wirral style with one change made at a dotted path (undefined removes the field). */
function changed(path: string, value: unknown): unknown {
  const copy = structuredClone(wirral) as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((object, key) => object[key] as Record<string, unknown>, copy);
  if (value === undefined) delete parent[keys.at(-1)!];
  else parent[keys.at(-1)!] = value;
  return copy;
}

const problemOf = (json: unknown) => {
  const parsed = parseHouseStyle('our-style.json', json);
  return parsed.ok ? null : parsed.problem;
};

describe('a house style edited by hand', () => {
  it('is read when it is right', () => {
    expect(parseHouseStyle('wirral-planning.json', wirral)).toMatchObject({ ok: true, style: { council: 'Wirral Council' } });
  });

  it.each([
    [
      'a placeholder the field does not fill',
      'votes.motion',
      'Moved by {proposer}',
      'House style “our-style.json”: field “votes.motion” has the placeholder {proposer}, which this field does not fill. Fix: use only {mover}, {seconder}.',
    ],
    [
      'a missing field',
      'resolutions.numberSingle',
      undefined,
      'House style “our-style.json”: field “resolutions.numberSingle” is missing. Fix: add it, as true or false.',
    ],
    [
      'a choice not offered',
      'datesAndTimes.time',
      '5:30pm',
      'House style “our-style.json”: field “datesAndTimes.time” is not right. Fix: use one of "h.mm am", "h.mmam", "h.mm a.m.", "HH:mm".',
    ],
    [
      'an empty resolution label',
      'resolutions.label',
      '  ',
      'House style “our-style.json”: field “resolutions.label” is empty. Fix: write the words before a resolution, such as "Resolved –".',
    ],
    [
      'a heading field twice',
      'heading.fields',
      ['venue', 'venue'],
      'House style “our-style.json”: field “heading.fields” lists a field twice. Fix: keep each field once.',
    ],
    [
      'a field misspelt',
      'votes.castingVotes',
      'x',
      'House style “our-style.json”: “votes.castingVotes” is not a field of a house style. Fix: check the spelling against docs/house-style.md, or remove it.',
    ],
  ])('names %s with its fix', (_what, path, value, problem) => {
    expect(problemOf(changed(path, value))).toBe(problem);
  });

  it('names a file that is not JSON, or made for a newer version', () => {
    expect(parseHouseStyleText('our-style.json', '{\n  "name": "Ours",\n  "council" "Ours"\n}')).toEqual({
      ok: false,
      problem: 'House style “our-style.json” is not valid JSON at line 3, column 13. Fix: check for a missing comma, quote or bracket there.',
    });
    expect(problemOf(changed('formatVersion', 2))).toBe(
      'House style “our-style.json” was made for a newer version of Minute Book (format 2). Fix: update Minute Book, or use a style made for format 1.',
    );
    expect(problemOf([])).toBe(
      'House style “our-style.json” is not a house style: it holds something other than an object in { }. Fix: start from a copy of a shipped style in core/house-style/styles/.',
    );
  });

  it('leaves a broken style out and keeps the others', () => {
    const catalogue = houseStyleCatalogue([
      { id: 'ours', json: changed('close.order', 'last') },
      { id: 'wirral-planning', json: wirral },
    ]);
    expect(catalogue.styles.map((entry) => entry.id)).toEqual(['wirral-planning']);
    expect(catalogue.problems).toEqual([
      'House style “ours.json”: field “close.order” is not right. Fix: use one of "close-then-signature", "signature-then-close".',
    ]);
  });
});
