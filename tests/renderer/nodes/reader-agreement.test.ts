// @vitest-environment jsdom
// The reader in core and the editor's nodes agree: minutes read from the
// fixture are the same after the editor has loaded and re-saved it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { roundTripJson } from './node-harness';

describe('readMinutes on editor output', () => {
  it('reads the same minutes from the fixture and from the editor’s re-saved copy', () => {
    const fixture = JSON.parse(readFileSync(path.join(__dirname, '../../core/minutes/fixtures/all-blocks.json'), 'utf8'));
    // The fixture's node from a "newer version" is for the reader only; the editor has no class for it.
    const children = fixture.root.children.filter((node: { type: string }) => node.type !== 'mystery-widget');
    const state = (nodes: unknown[]) => ({ root: { type: 'root' as const, version: 1, children: nodes as Array<{ type: string; version: number }> } });
    const meeting = createEmptyMeeting();
    const resaved = roundTripJson(children);
    expect(readMinutes(state(resaved), meeting)).toEqual(readMinutes(state(children), meeting));
    expect(readMinutes(state(resaved), meeting).items).toHaveLength(7);
  });

  // A hand-edited or damaged file: one rule for what a field holds, in the editor and in core.
  it('reads a vote with an unknown recorded choice and an impossible count the same way in the editor and in core', () => {
    const text = (words: string) => ({ type: 'text', version: 1, text: words, format: 0, detail: 0, mode: 'normal', style: '' });
    const vote = (fields: Record<string, unknown>) => ({
      type: 'vote',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [text('That the report be noted')],
      ...fields,
    });
    const children = [
      vote({
        recorded: [
          { personId: 'wright', name: 'Councillor Wright', choice: 'for' },
          { personId: 'boles', name: 'Councillor Boles', choice: 'maybe' },
          { personId: null, name: ' ', choice: 'against' },
        ],
      }),
      vote({ for: 250000, against: 2, abstain: -1, castingVote: 'abstain' }),
    ];
    const state = (nodes: unknown[]) => ({ root: { type: 'root' as const, version: 1, children: nodes as Array<{ type: string; version: number }> } });
    const meeting = createEmptyMeeting();
    const fromFile = readMinutes(state(children), meeting);
    expect(readMinutes(state(roundTripJson(children)), meeting)).toEqual(fromFile);
    // An entry with no known choice (or no name) is not a vote: never guessed as an abstention.
    const [named, counted] = fromFile.preamble;
    expect(named).toMatchObject({
      kind: 'vote',
      vote: { recorded: [{ member: { personId: 'wright', name: 'Councillor Wright' }, choice: 'for' }], counts: { for: 1, against: 0, abstain: 0 } },
    });
    expect(counted).toMatchObject({ kind: 'vote', vote: { counts: { for: 0, against: 2, abstain: 0 }, castingVote: null, result: 'lost' } });
  });
});
