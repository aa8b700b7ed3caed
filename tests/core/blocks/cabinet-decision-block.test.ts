// An executive decision records whether it is a key decision: asked in the
// field prompt (Ctrl+Alt+F) on any of its parts, held for the whole record,
// and "not recorded" until the clerk says, so the minutes claim nothing then.
import { describe, expect, it } from 'vitest';
import { cabinetDecisionBlock } from '../../../core/blocks/cabinet-decision-block';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { decisionPart, item, lexicalRoot } from '../../fixtures/export/lexical-builders';

const meeting = createEmptyMeeting();
const blocksOf = (...nodes: Array<Record<string, unknown>>) => readMinutes(lexicalRoot([item('Strategy'), ...nodes]) as never, meeting).items[0]!.blocks;

describe('key decision', () => {
  it('is “not recorded” in a file written before it, and a value not understood reads the same', () => {
    expect(cabinetDecisionBlock.fields.parse({ part: 'reasons' })).toEqual({ part: 'reasons', keyDecision: 'not-recorded' });
    expect(cabinetDecisionBlock.fields.parse({ part: 'decision', keyDecision: 'maybe' }).keyDecision).toBe('not-recorded');
  });

  it('said on any part, holds for the record; a later part left unsaid does not undo it', () => {
    const [record] = blocksOf(
      decisionPart('decision', 'That the strategy be adopted.'),
      decisionPart('reasons', 'To improve services.', { keyDecision: 'not-key' }),
      decisionPart('alternatives', 'None.'),
    );
    expect(record).toMatchObject({ kind: 'cabinet-decision', keyDecision: 'not-key' });
    const [unsaid] = blocksOf(decisionPart('decision', 'That the strategy be adopted.'));
    expect(unsaid).not.toHaveProperty('keyDecision');
  });

  it('is asked in the field prompt as a choice of three, each setting the field', () => {
    const [step] = cabinetDecisionBlock.erased.editSteps!({ part: 'decision' }, { meeting, outline: [] });
    expect(step!.label).toBe('Key decision (now: not recorded)');
    expect(step!.options!.map((option) => option.label)).toEqual(['Not recorded', 'A key decision', 'Not a key decision']);
    const notKey = step!.options!.find((option) => option.value === 'not-key')!;
    expect(step!.toPatch(notKey.label, notKey)).toEqual({ keyDecision: 'not-key' });
    expect(step!.toPatch('perhaps', null)).toBeNull();
  });
});
