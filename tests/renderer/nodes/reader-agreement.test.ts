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
});
