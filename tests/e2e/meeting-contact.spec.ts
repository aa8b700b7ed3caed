// The committee's contact officer, given once in its fields, comes into each
// new meeting's "Date and place" (where the clerk may give another for this
// meeting) and prints as "Contact: …" where the house style's heading shows it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { showStep } from './fixtures/new-meeting-steps';
import { expect, test } from './harness/app-test';
import { choiceNamed, choose, chosenValue } from './fixtures/choices';

test('a committee’s contact officer comes into the new meeting and prints in the heading the house style shows', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toHaveText('Set up a new committee…');
  expect(await chosenValue(choiceNamed(dialog, 'Committee'))).toBe('__new__');
  await dialog.getByLabel('Committee name').fill('Planning Committee');
  await dialog.getByLabel('Council', { exact: true }).fill('Wirral Council');
  await dialog.getByLabel('Contact officer for its meetings (name and team)').fill('Katy Brown, Committee Officer');
  await choose(choiceNamed(dialog, 'House style'), 'Wirral Council — Planning Committee');
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2020-06-18');
  const contact = dialog.getByLabel('Contact officer', { exact: true });
  await expect(contact).toHaveValue('Katy Brown, Committee Officer');
  // This meeting's contact is another officer; the committee keeps its own.
  await contact.fill('Alan Maher, Democratic Services');
  await dialog.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(dialog).toBeHidden();

  const committees = JSON.parse(await readFile(path.join(app.workDir, '..', 'app-data', 'committees.json'), 'utf8'));
  expect(committees.committees[0].defaultContact).toBe('Katy Brown, Committee Officer');

  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(exportDialog.getByTestId('export-preview')).toContainText('Contact:');
  await expect(exportDialog.getByTestId('export-preview')).toContainText('Alan Maher, Democratic Services');
});
