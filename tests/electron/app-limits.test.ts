// What a page may ask of main per app run (issue 13, D10): a page gone wrong
// cannot open windows without end or fill the persistent spelling dictionary.
import { describe, expect, it } from 'vitest';
import { APP_LIMITS } from '../../electron/main/limits/app-limits';
import { jargonIn } from './clerk-words';
import { handlerRig } from './support/handler-rig';
import { fixedClock } from './support/test-deps';

async function rig() {
  const added: string[] = [];
  const { windows, call, refusal } = await handlerRig('limits', {
    deps: { clock: fixedClock('2022-03-23T18:45:00Z'), spelling: { addWords: (words) => added.push(...words) } },
  });
  return { windows, added, call, refusal };
}

describe('per-app limits', () => {
  it('opens new windows a clerk asks for, but not a thousand', async () => {
    const { windows, call, refusal } = await rig();
    for (let n = 0; n < APP_LIMITS.newWindowsPerMinute; n += 1) await call('window/new', {});
    const error = await refusal('window/new', {});
    expect(error.code).toBe('not-allowed');
    expect(error.message).toContain('Wait a moment, then try again');
    expect(jargonIn(error.message)).toEqual([]);
    expect(windows.requested).toHaveLength(APP_LIMITS.newWindowsPerMinute);
  });

  it('adds a meeting’s words to the dictionary, but not tens of thousands', async () => {
    const { added, call, refusal } = await rig();
    const words = (from: number) =>
      Array.from({ length: 2000 }, (_, i) => `Name${String.fromCharCode(97 + ((from + i) % 26))}${from + i}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!));
    await call('spelling/accept-words', { words: words(0) });
    await call('spelling/accept-words', { words: words(2000) });
    const error = await refusal('spelling/accept-words', { words: words(4000) });
    expect(error.message).toContain('Restart Minute Book');
    expect(added.length).toBeLessThanOrEqual(APP_LIMITS.dictionaryWords);
  });
});
