// 'accessibility/assistive-technology' through dispatch(), as ipcMain calls it:
// the page learns whether a screen reader is running now, asked each time.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatcher } from './dispatch-kit';
import { handlerRigIn } from './support/handler-rig';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'minute-book-accessibility-'));
});

describe('accessibility/assistive-technology', () => {
  it('answers what main knows at the time of asking', async () => {
    let running = false;
    const { table } = handlerRigIn(directory, { deps: { assistiveTechnology: { isRunning: () => running } } });
    const { call } = dispatcher(() => table);
    expect(await call('accessibility/assistive-technology', {})).toEqual({ running: false });
    running = true;
    expect(await call('accessibility/assistive-technology', {})).toEqual({ running: true });
  });

  it('refuses a request carrying anything', async () => {
    const { table } = handlerRigIn(directory, { deps: { assistiveTechnology: { isRunning: () => false } } });
    const { refusal } = dispatcher(() => table);
    expect(await refusal('accessibility/assistive-technology', { running: false })).toMatchObject({ code: 'invalid-payload' });
  });
});
