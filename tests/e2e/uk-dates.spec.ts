// A UK product on a US machine: with the browser's locale en-US and a New York
// clock, the New meeting dialog still takes and shows dates day first and times
// on the 24-hour clock, reads the ways a clerk types them, refuses a US
// month-first date in words instead of saving the wrong day, and the meeting
// stores the ISO date and hh:mm the model keeps; the library's search filters
// take dates day first too.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { testMinutesText, type TestMeeting } from '../core/library/library-documents';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

test('dates and times are entered and shown the UK way under an en-US locale, and saved as the model stores them', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');

  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Committee name').fill('Licensing Committee');
  await dialog.getByLabel('Quorum (voting members)').fill('2');
  await dialog.getByLabel('Paste names, one a line').fill('Councillor A Zephyr (Chair)\nCouncillor B Young');
  await dialog.getByRole('button', { name: 'Add these people' }).click();

  await showStep(dialog, 'Date and place');
  const date = dialog.getByLabel('Date', { exact: true });
  const startsAt = dialog.getByLabel('Starts at', { exact: true });
  // Today is offered day first, with the form it expects said beside it.
  await expect(date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(date).toHaveAccessibleDescription('dd/mm/yyyy');
  await expect(startsAt).toHaveAccessibleDescription('hh:mm');

  // A US month-first date is not read as some other day: the clerk is told in words, and the meeting does not start.
  await date.fill('03/23/2022');
  await date.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toHaveText('This is not a date Minute Book can read. Enter the day, month and year, for example 23/03/2022.');
  await dialog.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(dialog).toBeVisible();

  await date.fill('23/3/22');
  await date.press('Tab');
  await expect(date).toHaveValue('23/03/2022');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await startsAt.fill('5.30 pm');
  await startsAt.press('Tab');
  await expect(startsAt).toHaveValue('17:30');
  await dialog.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(dialog).toBeHidden();

  // Printed the council's way in the minutes.
  await expect(page.getByTestId('minutes-heading')).toContainText('23 March 2022');
  await expect(editorOf(page)).toBeVisible();

  const filePath = path.join(workDir, 'Licensing 23 March 2022.minutes');
  dialogs.answerNextSave(filePath);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(filePath, 'utf8'));
  expect(saved.meeting).toMatchObject({ date: '2022-03-23', startTime: '17:30' });
});

const libraryMeeting = (date: string, title: string): TestMeeting => ({
  committeeId: 'finance',
  committeeName: 'Finance',
  date,
  items: [{ title, blocks: [{ kind: 'text', text: 'The committee noted the budget report.' }] }],
});

test('the library search filters take and show dates day first under an en-US locale', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const folder = path.join(workDir, 'Finance minutes');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'Finance 1 March 2017.minutes'), testMinutesText(libraryMeeting('2017-03-01', 'Spending in March')));
  await writeFile(path.join(folder, 'Finance 5 April 2017.minutes'), testMinutesText(libraryMeeting('2017-04-05', 'Spending in April')));
  dialogs.answerNextOpen(path.join(folder, 'Finance 1 March 2017.minutes'));
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('Finance 1 March 2017');
  await editorOf(page).click();
  await page.keyboard.press('Control+Shift+F');
  await page.getByText('meetings in the library').click();
  await page.getByRole('button', { name: 'Add this meeting’s folder' }).click();
  await expect(page.getByText('2 meetings in the library')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search past minutes' }).fill('budget');
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(results).toHaveCount(2);
  // The results are a list box: ↓ from the box goes to the first, End to the last and Home back to the first.
  await page.getByRole('searchbox', { name: 'Search past minutes' }).press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(results.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(results.first()).toBeFocused();

  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  await expect(from).toHaveAccessibleDescription('dd/mm/yyyy');
  await expect(to).toHaveAccessibleDescription('dd/mm/yyyy');
  // "02/03/2017" is 2 March here, not 3 February: only April's meeting is after it.
  await from.fill('02/03/2017');
  await from.press('Tab');
  await expect(from).toHaveValue('02/03/2017');
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('5 April 2017');
  // A US month-first date is refused in words rather than read as some other day.
  await to.fill('04/30/2017');
  await to.press('Tab');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText('This is not a date Minute Book can read. Enter the day, month and year, for example 23/03/2022.');
  await to.fill('30 April 2017');
  await to.press('Tab');
  await expect(to).toHaveValue('30/04/2017');
  await expect(results).toHaveCount(1);
  await to.fill('31/3/17');
  await expect(results).toHaveCount(0);
});
