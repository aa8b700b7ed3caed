// A window whose page crashed is loaded again (so recovery is offered), but not in a loop.
import { describe, expect, it } from 'vitest';
import { CRASH_LOOP_MS, CrashedPagePolicy } from '../../electron/main/crashed-page-policy';

describe('CrashedPagePolicy', () => {
  it('reloads a page that crashed or was killed, not one that closed normally', () => {
    expect(new CrashedPagePolicy(() => 0).shouldReload('crashed')).toBe(true);
    expect(new CrashedPagePolicy(() => 0).shouldReload('killed')).toBe(true);
    expect(new CrashedPagePolicy(() => 0).shouldReload('oom')).toBe(true);
    expect(new CrashedPagePolicy(() => 0).shouldReload('clean-exit')).toBe(false);
  });

  it('leaves a page that crashes again soon after its reload, and reloads once the loop has passed', () => {
    let now = 1_000_000;
    const policy = new CrashedPagePolicy(() => now);
    expect(policy.shouldReload('crashed')).toBe(true);
    now += CRASH_LOOP_MS - 1;
    expect(policy.shouldReload('crashed')).toBe(false);
    now += 1;
    expect(policy.shouldReload('crashed')).toBe(true);
  });
});
