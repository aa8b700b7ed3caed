// Fuzzing the loader: thousands of random and mutated inputs. It must never
// throw, must give a readable reason for every refusal, must never change the
// bytes it was given, and anything it accepts must survive a save round trip.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeMinutesDocument } from '../../core/storage/minutes-document';
import { parseMinutesFile } from '../../core/storage/parse-minutes-file';
import { parseRecoveryJournal } from '../../core/storage/recovery-journal';

const valid = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/minutes-v1.minutes')));

function checkLoader(bytes: Uint8Array): void {
  const before = bytes.slice();
  const outcome = parseMinutesFile(bytes);
  expect(Buffer.compare(Buffer.from(bytes), Buffer.from(before))).toBe(0);
  if (outcome.ok) {
    const again = parseMinutesFile(new TextEncoder().encode(serializeMinutesDocument(outcome.document)));
    expect(again).toEqual(outcome);
  } else {
    expect(outcome.problem).toMatch(/^(it (is|was|has|does|uses|could|holds)|the file is)\b.{10,}/);
    expect(outcome.problem).not.toMatch(/undefined|\[object|NaN/);
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(source: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = Array.from(source);
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    if (change.kind === 'flip') bytes[at] = change.value;
    if (change.kind === 'truncate') bytes = bytes.slice(0, at);
    if (change.kind === 'insert') bytes.splice(at, 0, ...change.bytes);
    if (change.kind === 'delete') bytes.splice(at, change.length);
    if (change.kind === 'duplicate') bytes.splice(at, 0, ...bytes.slice(at, at + change.length));
  }
  return new Uint8Array(bytes);
}

// Thousands of cases each: the time limit is Vitest's guard against a hang, not a speed claim, so it is
// set for a busy two-core machine.
describe('the .minutes loader under fuzzing', { timeout: 60_000 }, () => {
  it('survives random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => checkLoader(bytes)),
      { numRuns: 3000 },
    );
  });

  it('survives random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => checkLoader(new TextEncoder().encode(JSON.stringify(value)))),
      { numRuns: 2000 },
    );
  });

  it('survives mutations of a real file, refusing or accepting each one cleanly', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const bytes = mutate(valid, mutations);
        checkLoader(bytes);
        if (!parseMinutesFile(bytes).ok) refused += 1;
      }),
      { numRuns: 4000 },
    );
    expect(refused).toBeGreaterThan(1000); // the mutations really did damage files
  });

  it('survives valid documents with fields swapped for anything', () => {
    const base = JSON.parse(new TextDecoder().decode(valid)) as Record<string, unknown>;
    const keys = fc.constantFrom('formatVersion', 'meeting', 'content', 'meeting.date', 'meeting.title', 'content.root', 'content.root.children');
    fc.assert(
      fc.property(keys, fc.jsonValue({ maxDepth: 3 }), (key, value) => {
        const copy = structuredClone(base);
        const parts = key.split('.');
        let target = copy as Record<string, unknown>;
        for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
        target[parts.at(-1)!] = value;
        checkLoader(new TextEncoder().encode(JSON.stringify(copy)));
      }),
      { numRuns: 2000 },
    );
  });

  it('the recovery journal reader never throws either', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const outcome = parseRecoveryJournal(text);
        if (!outcome.ok) expect(outcome.problem).toMatch(/^the (recovery copy|document in the recovery copy)/);
      }),
      { numRuns: 2000 },
    );
  });
});
