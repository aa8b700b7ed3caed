// A clerk imports the published agenda into the New meeting dialog: main's
// Open dialog (scripted here) picks the Word or PDF agenda, the dialog shows
// what was understood, and only "Use this agenda" fills in the date, time,
// venue and items; the meeting then starts with those items. Escape leaves
// the agenda unused and the dialog as it was.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { choiceNamed } from './fixtures/choices';

const FIXTURES = path.join(__dirname, '../fixtures/agenda');

async function openNewMeeting(page: Page) {
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cabinet');
  return dialog;
}

/** How long reading an agenda (in its own worker, pdf.js for a PDF) may take on a busy machine. */
const READING = 45_000;

test('a Word agenda: what was understood is shown, then fills the dialog and starts the meeting with its items', async ({ app }) => {
  test.slow(); // a real agenda file read in the worker
  const { page, dialogs } = app;
  const dialog = await openNewMeeting(page);
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2022-01-01');

  dialogs.answerNextOpen(path.join(FIXTURES, 'bury-children-scrutiny-agenda.docx'));
  await showStep(dialog, 'Items of business');
  await dialog.getByRole('button', { name: 'Import agenda…' }).press('Enter');
  const understood = dialog.getByRole('region', { name: 'The agenda as Minute Book read it' });
  await expect(understood.getByRole('heading')).toHaveText('From “bury-children-scrutiny-agenda.docx”');
  // The file is read in the untrusted-file worker: on a loaded machine that alone can take longer than a click's wait.
  await expect(understood.locator('dd')).toHaveText(['Wednesday, 23 March 2022', '7.00 pm', 'Council Chamber, Bury Town Hall, Knowsley Street, Bury BL9 0SW'], {
    timeout: READING,
  });
  const items = understood.getByRole('list', { name: 'Items of business' }).getByRole('listitem');
  await expect(items).toHaveCount(8);
  await expect(items.nth(4)).toHaveText(
    'Draft Bury Children Services Improvement Plan — Report of the Executive Director of Children and Young People, attached',
  );
  await expect(items.nth(7)).toHaveText('Acquisition of land at Chamberhall — Report of the Executive Director (Place) (exempt: paragraph 3 of Schedule 12A)');
  await expect(understood.getByRole('button', { name: 'Use this agenda' })).toBeFocused();
  // Nothing is filled in before the clerk accepts (dates are shown the UK way, whatever was typed).
  await showStep(dialog, 'Date and place');
  await expect(dialog.getByLabel('Date')).toHaveValue('01/01/2022');

  // The reading waits on its step while the clerk looks elsewhere.
  await showStep(dialog, 'Items of business');
  await understood.getByRole('button', { name: 'Use this agenda' }).press('Enter');
  await expect(understood).toBeHidden();
  await showStep(dialog, 'Date and place');
  await expect(dialog.getByLabel('Date')).toHaveValue('23/03/2022');
  await expect(dialog.getByLabel('Starts at')).toHaveValue('19:00');
  await expect(dialog.getByLabel('Venue')).toHaveValue('Council Chamber, Bury Town Hall, Knowsley Street, Bury BL9 0SW');
  await showStep(dialog, 'Items of business');
  const lines = (await dialog.getByRole('textbox', { name: /Items of business/ }).inputValue()).split('\n');
  expect(lines).toHaveLength(8);
  expect(lines[7]).toBe('Acquisition of land at Chamberhall — Report of the Executive Director (Place) [exempt 3]');

  await dialog.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(dialog).toBeHidden();
  const editor = editorOf(page);
  await expect(editor).toContainText('Draft Bury Children Services Improvement Plan');
  await expect(editor).toContainText('Acquisition of land at Chamberhall');
});

test('a PDF agenda: Escape leaves it unused, a second import is accepted', async ({ app }) => {
  test.slow(); // two readings of a real agenda file in the worker
  const { page, dialogs } = app;
  const dialog = await openNewMeeting(page);
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Venue').fill('Town Hall');
  const pdf = path.join(FIXTURES, 'neddc-cabinet-agenda.pdf');

  dialogs.answerNextOpen(pdf);
  await showStep(dialog, 'Items of business');
  await dialog.getByRole('button', { name: 'Import agenda…' }).press('Enter');
  const understood = dialog.getByRole('region', { name: 'The agenda as Minute Book read it' });
  await expect(understood.locator('dd')).toHaveText(
    ['Thursday, 23 May 2024', '4.00 pm', 'District Council Offices, Mill Lane, Wingerworth, Chesterfield, S42 6NG'],
    { timeout: READING },
  );
  await expect(understood.getByRole('listitem')).toHaveText([
    'Apologies for Absence',
    'Declarations of Interest',
    'Minutes of the Last Meeting',
    'People Strategy 2024 — Report of Councillor N Barker, Leader of the Council and Portfolio Holder for Strategic Leadership and Finance',
    'Exclusion of the Public',
    'Sale of Land at Clay Cross — Report of Councillor P Parkin, Portfolio Holder for Growth and Assets (exempt: paragraph 3 of Schedule 12A)',
  ]);
  await page.keyboard.press('Escape');
  await expect(understood).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import agenda…' })).toBeFocused();
  await showStep(dialog, 'Date and place');
  await expect(dialog.getByLabel('Venue')).toHaveValue('Town Hall');

  dialogs.answerNextOpen(pdf);
  await showStep(dialog, 'Items of business');
  await dialog.getByRole('button', { name: 'Import agenda…' }).press('Enter');
  await understood.getByRole('button', { name: 'Use this agenda' }).press('Enter');
  await showStep(dialog, 'Date and place');
  await expect(dialog.getByLabel('Venue')).toHaveValue('District Council Offices, Mill Lane, Wingerworth, Chesterfield, S42 6NG');
  await expect(dialog.getByLabel('Starts at')).toHaveValue('16:00');
  await showStep(dialog, 'Items of business');
  await expect(dialog.getByRole('textbox', { name: /Items of business/ })).toHaveValue(/^Apologies for Absence\n/);
});

test('a file that is not an agenda is refused in the dialog, which keeps what was typed', async ({ app }) => {
  const { page, dialogs } = app;
  const dialog = await openNewMeeting(page);
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Venue').fill('Town Hall');
  dialogs.answerNextOpen(path.join(FIXTURES, 'agenda-fixtures.ts'));
  await showStep(dialog, 'Items of business');
  await dialog.getByRole('button', { name: 'Import agenda…' }).press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(/^“agenda-fixtures\.ts” is not a Word document \(\.docx\) or a PDF/);
  await showStep(dialog, 'Date and place');
  await expect(dialog.getByLabel('Venue')).toHaveValue('Town Hall');
});
