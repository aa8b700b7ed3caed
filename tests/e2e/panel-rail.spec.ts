// The panel rail is one tab list: Tab reaches it once, at the open panel's
// tab; the arrow keys (and Home, End) walk its ten tabs across the three
// groups, opening each panel as they go; and Tab then goes into the panel's
// first field, not along the rail.
import path from 'node:path';
import { expect, test } from './harness/app-test';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';

test('the panel rail is walked with the arrow keys, and Tab goes on into the open panel', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'rail.minutes'), seed000Document(), 'rail');
  const rail = page.getByRole('tablist', { name: 'Panels' });
  await expect(rail).toHaveAttribute('aria-orientation', 'vertical');
  const outline = rail.getByRole('tab', { name: 'Outline' });
  await expect(outline).toHaveAttribute('aria-selected', 'true');

  // The open panel's tab is the rail's one Tab stop.
  await outline.focus();
  await expect(rail.locator('[tabindex="0"]')).toHaveCount(1);

  await page.keyboard.press('ArrowDown');
  const attendance = rail.getByRole('tab', { name: 'Attendance' });
  await expect(attendance).toBeFocused();
  await expect(attendance).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Attendance' })).toBeVisible();

  // Across the groups to the last tab, and back to the first.
  await page.keyboard.press('End');
  const recovery = rail.getByRole('tab', { name: 'Recovery' });
  await expect(recovery).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Recovery' })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(rail.getByRole('tab', { name: 'Library' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(outline).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(attendance).toBeFocused();

  // Tab leaves the rail for the open panel's first field (the register), not the next tab.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: 'Attendance' }).getByRole('grid', { name: 'Attendance' })).toBeFocused();

  // Each tab still names its panel's keys for the eye (the register's function key too), and the group names are not read as part of the tabs' names.
  await expect(attendance).toHaveAttribute('title', 'Attendance (Ctrl+Shift+A or F7)');
  await expect(rail.getByRole('tab')).toHaveText(
    ['Outline', 'Attendance', 'Actions', 'Interests', 'Names and acronyms', 'Checks', 'Review', 'History', 'Library', 'Recovery'].map((name, index) =>
      index === 0 ? `Meeting${name}` : index === 4 ? `Review${name}` : index === 7 ? `Library${name}` : name,
    ),
  );
  // The tabs that start a group are named by their own words alone.
  for (const name of ['Outline', 'Names and acronyms', 'History']) await expect(rail.getByRole('tab', { name, exact: true })).toHaveCount(1);
});
