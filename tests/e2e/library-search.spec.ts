// Search across past minutes: a clerk adds the folder they keep minutes in,
// then a minute number, a member's name and a phrase each open the right file
// at the right minute (in its own window, or in this one when it is empty).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { editorOf, expect, test } from './harness/app-test';
import { testMinutesText, type TestMeeting } from '../core/library/library-documents';
import { choiceNamed, choose } from './fixtures/choices';

const filler = (title: string) => ({ title, blocks: [{ kind: 'text' as const, text: `${title}: the committee noted the report. `.repeat(12) }] });

const february: TestMeeting = {
  committeeId: 'planning',
  committeeName: 'Planning and Development',
  date: '2017-02-28',
  prefix: 'CA',
  firstNumber: 110,
  items: [
    ...['Apologies', 'Declarations of interest', 'Minutes', 'Public participation', 'Clerk’s report', 'Finance', 'Correspondence', 'Footpaths'].map(filler),
    {
      title: 'Rushcliffe local plan consultation',
      itemId: 'item-local-plan',
      blocks: [{ kind: 'text', text: 'Building plots were identified at Hill Farm and on Moor Lane.' }],
    },
    ...['Trees', 'Allotments', 'Any other business'].map(filler),
  ],
};
const march: TestMeeting = {
  committeeId: 'planning',
  committeeName: 'Planning and Development',
  date: '2017-03-21',
  prefix: 'CA',
  firstNumber: 130,
  items: [
    ...['Apologies', 'Declarations of interest', 'Minutes', 'Public participation', 'Clerk’s report', 'Finance'].map(filler),
    {
      title: 'Street lighting in Church Lane',
      itemId: 'item-lighting',
      blocks: [{ kind: 'action', text: 'Report the broken lamp to the county council.', owner: 'Ken Mafham', due: '2017-04-01' }],
    },
    ...['Trees', 'Any other business'].map(filler),
  ],
};
const finance: TestMeeting = {
  committeeId: 'finance',
  committeeName: 'Finance',
  date: '2017-03-01',
  items: [
    {
      title: 'Grant to the village hall',
      blocks: [{ kind: 'text', text: 'Councillor Anderson proposed a grant: the roof repairs were completed last year and the hall was painted.' }],
    },
  ],
};

const april: TestMeeting = {
  committeeId: 'finance',
  committeeName: 'Finance',
  date: '2017-04-05',
  prefix: 'F',
  firstNumber: 20,
  items: [
    ...['Apologies', 'Declarations of interest', 'Minutes', 'Accounts for payment', 'Bank reconciliation', 'Insurance renewal', 'Audit'].map(filler),
    {
      title: 'Village hall roof',
      itemId: 'item-roof',
      blocks: [{ kind: 'text', text: 'The Clerk reported that the new roof was completed on time and within budget.' }],
    },
    ...['Any other business'].map(filler),
  ],
};

async function openLibrary(page: Page) {
  await editorOf(page).click();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: 'Search past minutes' })).toBeFocused();
}

/** Enter on a result that opens in a window of its own: that window, once main has asked for it. */
async function openInOwnWindow(app: { windows: { requested: unknown[] }; openRequestedWindow(): Promise<Page> }, page: Page) {
  const before = app.windows.requested.length;
  await page.keyboard.press('Enter');
  await expect.poll(() => app.windows.requested.length).toBe(before + 1);
  return app.openRequestedWindow();
}

async function expectAtMinute(page: Page, documentName: string, minute: string, title: string) {
  await expect(page.getByTestId('document-name')).toHaveText(documentName);
  const outline = page.getByRole('navigation', { name: 'Agenda outline' });
  await expect(outline.locator('[aria-current="true"]')).toHaveText(`${minute} ${title}`);
  await expect(page.locator('h2.mb-agenda-item', { hasText: title })).toBeInViewport();
}

test('a minute number, a name and a phrase each open the right meeting at the right minute', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const folder = path.join(workDir, 'Parish minutes');
  await mkdir(path.join(folder, '2017'), { recursive: true });
  await writeFile(path.join(folder, '2017', 'Planning 28 February 2017.minutes'), testMinutesText(february));
  await writeFile(path.join(folder, '2017', 'Planning 21 March 2017.minutes'), testMinutesText(march));
  await writeFile(path.join(folder, 'Finance 1 March 2017.minutes'), testMinutesText(finance));
  await writeFile(path.join(folder, '2017', 'Finance 5 April 2017.minutes'), testMinutesText(april));

  // The clerk opens a meeting from their minutes folder and adds that folder to the library.
  dialogs.answerNextOpen(path.join(folder, 'Finance 1 March 2017.minutes'));
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('Finance 1 March 2017');
  await openLibrary(page);
  await page.getByText('meetings in the library').click();
  await page.getByRole('button', { name: 'Add this meeting’s folder' }).click();
  await expect(page.getByText('4 meetings in the library')).toBeVisible();

  // A minute number: this window holds a meeting, so the result opens in a window of its own.
  const box = page.getByRole('searchbox', { name: 'Search past minutes' });
  await box.focus();
  await page.keyboard.type('ca.118');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('Planning and Development · 28 February 2017 · CA.118 Rushcliffe local plan consultation');
  const byNumber = await openInOwnWindow(app, page);
  await expectAtMinute(byNumber, 'Planning 28 February 2017', 'CA.118', 'Rushcliffe local plan consultation');

  // Escape empties the box first and leaves the keyboard in it; the clear button shows only while there are words.
  await box.focus();
  await expect(box).toHaveValue('ca.118');
  await expect(page.getByRole('button', { name: 'Clear search' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await expect(page.getByRole('button', { name: 'Clear search' })).toBeHidden();

  // A member's name, narrowed to actions: the snippet marks the name.
  await box.fill('');
  await choose(choiceNamed(page, 'Show'), 'Actions');
  await box.focus();
  await page.keyboard.type('Mafham');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText('Mafham');
  await expect(results.getByRole('option')).toContainText('21 March 2017 · CA.136 Street lighting in Church Lane');
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('option').first()).toBeFocused();
  const byName = await openInOwnWindow(app, page);
  await expectAtMinute(byName, 'Planning 21 March 2017', 'CA.136', 'Street lighting in Church Lane');

  // A phrase, from an empty window: the meeting opens in that window (the words apart do not make it).
  await page.keyboard.press('Control+n');
  await expect.poll(() => app.windows.requested.length).toBe(3);
  const empty = await app.openRequestedWindow();
  await expect(empty.getByTestId('document-name')).toHaveText('Untitled minutes');
  await openLibrary(empty);
  await empty.keyboard.type('"roof was completed"');
  const phraseResults = empty.getByRole('listbox', { name: 'Search results' });
  await expect(phraseResults.getByRole('option')).toHaveCount(1);
  await expect(phraseResults.locator('mark')).toHaveText('roof was completed');
  await empty.keyboard.press('Enter');
  await expectAtMinute(empty, 'Finance 5 April 2017', 'F.27', 'Village hall roof');
  await expect(editorOf(empty)).toBeFocused();

  // Words that are in no meeting say so.
  await openLibrary(byName);
  await byName.keyboard.type('helicopter');
  await expect(byName.getByText('Nothing found.')).toBeVisible();
});
