// One set of limits for .minutes files (core/storage/minutes-limits.ts), kept
// both when a file is read and before one is written: Minute Book never
// writes what it would refuse to open, and a crafted file (millions of keys,
// thousands of levels) is refused in one cheap pass with plain words.
import { describe, expect, it } from 'vitest';
import { createEmptyMinutesDocument, MinutesLimitError, serializeMinutesDocument, type MinutesDocument } from '../../core/storage/minutes-document';
import { MINUTES_LIMITS, minutesTextProblem } from '../../core/storage/minutes-limits';
import { parseMinutesFile } from '../../core/storage/parse-minutes-file';
import { jargonIn } from '../electron/clerk-words';

const encode = (text: string) => new TextEncoder().encode(text);

function nested(levels: number): unknown {
  let node: unknown = { type: 'text', text: 'deep', version: 1 };
  for (let level = 0; level < levels; level += 1) node = { type: 'paragraph', version: 1, children: [node] };
  return node;
}

function withNesting(levels: number): MinutesDocument {
  const document = createEmptyMinutesDocument();
  (document.content.root.children as unknown[]).push(nested(levels));
  return document;
}

function refusal(bytes: Uint8Array): string {
  const outcome = parseMinutesFile(bytes);
  if (outcome.ok) throw new Error('the file was opened');
  expect(jargonIn(outcome.problem)).toEqual([]);
  return outcome.problem;
}

describe('reading a .minutes file', () => {
  it('refuses thousands of unknown keys before parsing them', () => {
    const document = createEmptyMinutesDocument() as unknown as { meeting: Record<string, unknown> };
    for (let key = 0; key < 5_000; key += 1) document.meeting[`k${key}`] = key;
    expect(refusal(encode(JSON.stringify(document)))).toContain('more than 1,000 named fields');
  });

  it('refuses content nested thousands of levels deep (it could never be saved or sent to the page)', () => {
    expect(refusal(encode(JSON.stringify(withNesting(5_000))))).toContain('nested more than 200 levels deep');
  });

  it('says where deeply nested broken text goes wrong without "NaN"', () => {
    expect(refusal(encode(`{"a":${'['.repeat(100_000)}x`))).not.toContain('NaN');
  });

  it('describes a wrong field without schema jargon or list positions', () => {
    const document = createEmptyMinutesDocument() as unknown as { content: { root: { children: unknown[] } } };
    document.content.root.children.push({ type: 'paragraph', version: 'one', children: [] });
    expect(refusal(encode(JSON.stringify(document)))).toMatch(/the minutes text \(content\.root\.children[a-z.]*\)/);
  });

  it('counts members the same whether or not the text has spaces', () => {
    expect(minutesTextProblem(JSON.stringify({ a: Array.from({ length: 10 }, () => ({})) }))).toBeNull();
    expect(minutesTextProblem(JSON.stringify({ a: [] }, null, 2))).toBeNull();
  });
});

describe('writing a .minutes file', () => {
  it('refuses to write what it would refuse to read, instead of overflowing the stack', () => {
    expect(() => serializeMinutesDocument(withNesting(5_000))).toThrow(MinutesLimitError);
    expect(() => serializeMinutesDocument(withNesting(80))).not.toThrow();
  });

  it('refuses a document larger on disk than a file may be, however few its characters', () => {
    const document = createEmptyMinutesDocument();
    // Seven texts of 3.5 million euro signs: within every other limit, but 3 bytes each on disk.
    for (let text = 0; text < 7; text += 1) (document.content.root.children as unknown[]).push({ type: 'text', text: '€'.repeat(3_500_000), version: 1 });
    expect(() => serializeMinutesDocument(document)).toThrow(/more than the 64.0 MB a minutes file can be/);
  });

  it('keeps read and write limits the same object', () => {
    expect(MINUTES_LIMITS.depth).toBeLessThan(1_100);
  });
});
