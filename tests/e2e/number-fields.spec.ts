// A committee's whole numbers (its quorum, its last minute number) in the New
// meeting dialog: digits only, never grouped, the up arrow steps by one, a
// number past a bound is brought back to it with the bounds said under the
// field, and Ctrl+Enter straight after typing starts the meeting with the
// number just typed, not the one before. Under a German locale, where 1234 is
// written "1.234", the fields are still UK English.
import { expect, test } from './harness/app-test';

test.use({ locale: 'de-DE' });

test('the quorum and the last minute number take whole numbers within their bounds, and count as soon as they are typed', async ({ app }) => {
  const { page, table } = app;
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Committee name').fill('Licensing Committee');
  await dialog.getByLabel('Minute prefix (blank for 1, 2, 3 each meeting)').fill('LC');

  const last = dialog.getByLabel('Last minute number used this municipal year');
  await last.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1234');
  await page.keyboard.press('Tab');
  await expect(last).toHaveValue('1234');

  const quorum = dialog.getByLabel('Quorum (voting members)');
  await expect(quorum).toBeFocused();
  await expect(quorum).toHaveAccessibleDescription('A whole number from 0 to 500.');
  await page.keyboard.type('x');
  await expect(quorum).toHaveValue('0');
  await page.keyboard.press('ArrowUp');
  await expect(quorum).toHaveValue('1');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('700');
  await page.keyboard.press('Tab');
  await expect(quorum).toHaveValue('500');

  await quorum.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('3');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  const { committees } = await table['meeting/setup']({}, { windowId: 1 });
  expect(committees.find((committee) => committee.name === 'Licensing Committee')).toMatchObject({ quorum: 3 });
});
