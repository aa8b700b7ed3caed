// Settings logic under plain Node, through conf with the app's schema.
import { mkdtemp, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES } from '../../electron/main/settings/settings-schema';
import { createTestSettings } from '../e2e/harness/test-settings';

describe('SettingsService', () => {
  it('starts from defaults and remembers window bounds across instances', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'minute-book-settings-'));
    const first = createTestSettings(directory);
    expect(first.windowBounds()).toEqual({ width: 1200, height: 860, maximized: false });
    first.setWindowBounds({ x: 40, y: 30, width: 1000.4, height: 700, maximized: true });
    expect(createTestSettings(directory).windowBounds()).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: true });
  });

  it('keeps recent files newest first, without repeats, capped', async () => {
    const settings = createTestSettings(await mkdtemp(path.join(tmpdir(), 'minute-book-settings-')));
    for (let index = 0; index < MAX_RECENT_FILES + 3; index += 1) settings.addRecentFile(`/minutes/${index}.minutes`);
    settings.addRecentFile('/minutes/5.minutes');
    const recent = settings.recentFiles();
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]).toBe('/minutes/5.minutes');
    expect(recent.filter((item) => item === '/minutes/5.minutes')).toHaveLength(1);
  });

  it('falls back to defaults when the settings file is damaged', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'minute-book-settings-'));
    createTestSettings(directory).setUserName('Kelly');
    const [file] = (await readdir(directory)).filter((name) => name.endsWith('.json'));
    await writeFile(path.join(directory, file!), '{"userName": 42, "windowBounds": "huge"');
    const settings = createTestSettings(directory);
    expect(settings.userName()).toBe('');
    expect(settings.windowBounds().width).toBe(1200);
  });
});
