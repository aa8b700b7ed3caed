// A UK product on a US machine: with the browser's locale en-US and a New York
// clock, the New meeting dialog still takes and shows dates day first and times
// on the 24-hour clock, reads the ways a clerk types them, refuses a US
// month-first date in words instead of saving the wrong day, and the meeting
// stores the ISO date and hh:mm the model keeps.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { editorOf, expect, test } from './harness/app-test';

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
