// A clerk sets up Gotham Parish Council's Planning & Development Committee by
// pasting the "Present:" and "Absent:" lines from its minutes and the agenda's
// numbered lines (findings/clerk-dogfood.md, bugs 1–5): the roster rows and the
// items of business show what was read, a doubtful row says so and can be
// removed outright, and the meeting starts with every word of each title.
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { choiceNamed, chosenValue } from './fixtures/choices';

test('pasted attendance and agenda lines are shown as read, a doubtful row is removed, and titles keep their words', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toHaveText('Set up a new committee…');
  expect(await chosenValue(choiceNamed(dialog, 'Committee'))).toBe('__new__');
  await dialog.getByLabel('Committee name').fill('Planning & Development Committee');
  await dialog
    .getByLabel('Paste names, one a line')
    .fill(
      'Present: Councillors, J.P. Anderson (Chairman), M. Wilkins, J.M.F. Royce, B.J.Walker, G.Hutter.\n1/ Apologies: Nil Absent: H.Taylor, A. Clayworth\nPeople, Kelly Barnett — Democratic Services Officer.',
    );
  await dialog.getByRole('button', { name: 'Add these people' }).click();
  const rows = dialog.getByTestId('roster-person');
  const names = ['J.P. Anderson', 'M. Wilkins', 'J.M.F. Royce', 'B.J. Walker', 'G. Hutter', 'H. Taylor', 'A. Clayworth', 'People', 'Kelly Barnett'];
  await expect(rows).toHaveCount(names.length);
  for (const [index, name] of names.entries()) await expect(rows.nth(index).getByLabel(/^Name of/)).toHaveValue(name);
  await expect(choiceNamed(dialog, 'Role of J.P. Anderson')).toHaveText('Chair');
  expect(await chosenValue(choiceNamed(dialog, 'Role of J.P. Anderson'))).toBe('chair');
  await expect(rows.nth(7).getByTestId('roster-doubt')).toHaveText('“People” is a single word with no title: check it is a person, or remove the row.');
  await rows.nth(7).getByRole('button', { name: 'Remove People' }).click();
  await expect(rows).toHaveCount(names.length - 1);
  await expect(dialog.getByTestId('roster-doubt')).toHaveCount(0);

  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2017-02-28');
  await showStep(dialog, 'Items of business');
  await dialog
    .getByLabel(/Items of business/)
    .fill('4/ Progress from the Minutes, not on the Agenda\n5 Council Plan Objectives - Update January to March 2024 pdf icon PDF 400 KB');
  const preview = dialog.getByTestId('agenda-preview').locator('li');
  await expect(preview).toHaveText([
    'Progress from the Minutes, not on the Agenda',
    'Council Plan Objectives - Update January to March 2024 The “5” at the start was read as the agenda’s number and left out of the title.',
  ]);
  await dialog.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(dialog).toBeHidden();
  const editor = editorOf(page);
  await expect(editor).toContainText('Council Plan Objectives - Update January to March 2024');
  await expect(editor).not.toContainText('4/');
});
