// The visual reference: each main screen at 1366×768 (a council laptop) in
// Debian's Liberation fonts, compared with the pictures committed beside this
// spec. A change that moves the layout shows as a failed comparison with a
// diff picture; if the change is meant, run with --update-snapshots and
// review the new pictures in the commit. The clock is fixed, so the status
// bar and the dates a screen offers are the same on every run.
import type { Page } from '@playwright/test';
import { expect, test, type AppHarness } from './harness/app-test';
import { mainScreens, type MainScreen } from './fixtures/main-screens';

// 4 December 2026, 5.30 pm in London.
const FIXED_TIME = new Date('2026-12-04T17:30:00Z');

/**
 * Room for a few anti-aliased pixels only: a ratio (even 0.5%) let a line of
 * outline titles moving sideways pass unnoticed, and so would a moved word.
 */
const TOLERANCE = { maxDiffPixels: 100, animations: 'disabled', caret: 'hide' } as const;

async function showAt(app: AppHarness, screen: MainScreen, size: { width: number; height: number }) {
  await app.page.setViewportSize(size);
  await app.page.clock.setFixedTime(FIXED_TIME);
  await app.reload();
  await screen.show(app);
  // Autosave has caught up (opening a file renumbers it), so the status bar says the same each run.
  await expect(app.page.getByTestId('save-state')).toHaveText('Saved');
  // Nothing hovered, and fonts loaded, before the picture.
  await app.page.mouse.move(0, 0);
  await app.page.evaluate(() => document.fonts.ready);
}

const screenNamed = (name: string) => mainScreens.find((screen) => screen.name === name)!;

async function emulate(page: Page, scheme: 'dark' | 'forced') {
  await page.emulateMedia(scheme === 'dark' ? { colorScheme: 'dark' } : { forcedColors: 'active' });
}

for (const screen of mainScreens) {
  test(`the ${screen.name} screen looks as it did (1366×768)`, async ({ app }) => {
    await showAt(app, screen, { width: 1366, height: 768 });
    await expect(app.page.getByTestId('status-clock')).toHaveText('5.30 pm');
    await expect(app.page).toHaveScreenshot(`${screen.name}.png`, TOLERANCE);
  });
}

for (const scheme of ['dark', 'forced'] as const) {
  test(`the meeting with its register looks as it did (${scheme === 'dark' ? 'dark mode' : 'forced colours'})`, async ({ app }) => {
    await emulate(app.page, scheme);
    await showAt(app, screenNamed('meeting-attendance'), { width: 1366, height: 768 });
    await expect(app.page).toHaveScreenshot(`meeting-attendance-${scheme}.png`, TOLERANCE);
  });
}

test('the meeting fits a 1280×720 screen', async ({ app }) => {
  await showAt(app, screenNamed('meeting-outline'), { width: 1280, height: 720 });
  await expect(app.page).toHaveScreenshot('meeting-outline-1280.png', TOLERANCE);
});

test('the meeting at 200% zoom on a 1366×768 screen: panels under the page, nothing cut off', async ({ app }) => {
  await showAt(app, screenNamed('meeting-attendance'), { width: 683, height: 384 });
  // No sideways scrolling at this size.
  expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
  await expect(app.page).toHaveScreenshot('meeting-attendance-200-percent.png', TOLERANCE);
});
