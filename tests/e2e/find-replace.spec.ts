// Find (Ctrl+F) and Find and replace (Ctrl+H) in the open minutes: across item
// titles and every kind of block, match case and whole word, keyboard only, and
// one Ctrl+Z for a whole Replace all.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { editorOf, expect, test } from './harness/app-test';
import { testMinutesText } from '../core/library/library-documents';

test('find and replace runs across titles and blocks, with match case, whole word and one undo for replace all', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'Scrutiny 23 March 2022.minutes');
  await writeFile(
    filePath,
    testMinutesText({
      committeeId: 'scrutiny',
      committeeName: 'Scrutiny',
      date: '2022-03-23',
      items: [
        {
          title: 'Report of Councillor Smith',
          blocks: [
            { kind: 'text', text: 'Councillor Smith presented the report. Mr Smithson asked a question.' },
            { kind: 'resolution', text: 'Councillor Smith be thanked for the report.' },
            { kind: 'action', text: 'Write to Councillor smith about the budget.', owner: 'The Clerk' },
          ],
        },
      ],
    }),
  );
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('Scrutiny 23 March 2022');

  // A line typed with part of the name in bold: the match spans the change of emphasis.
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Signed by Smi');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('th');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('.');

  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find' });
  const findBox = bar.getByRole('textbox', { name: 'Find' });
  await expect(findBox).toBeFocused();
  await page.keyboard.type('smith');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText('1 of 6');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 of 6');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('6 of 6');

  await page.keyboard.press('Alt+w');
  await expect(bar.getByRole('checkbox', { name: 'Whole word' })).toBeChecked();
  await expect(count).toHaveText('1 of 5');
  await page.keyboard.press('Alt+c');
  // Only the action's lower-case "smith" now.
  await expect(count).toHaveText('1 of 1');
  await findBox.fill('Smith');
  await expect(count).toHaveText('1 of 4');

  // Escape leaves the caret on the current match, in the minutes.
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(editorOf(page)).toBeFocused();
  // The first match is in the item's title (printed in capitals).
  expect(await page.evaluate(() => [window.getSelection()?.toString(), window.getSelection()?.anchorNode?.parentElement?.closest('h2') !== null])).toEqual([
    'SMITH',
    true,
  ]);

  // Ctrl+H: the selected word is the term; replace one match, then all.
  await page.keyboard.press('Control+h');
  const replaceBar = page.getByRole('search', { name: 'Find and replace' });
  await expect(replaceBar.getByRole('textbox', { name: 'Find' })).toHaveValue('Smith');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Smithson');
  await replaceBar.getByRole('textbox', { name: 'Replace with' }).focus();
  await page.keyboard.type('Smithers');
  await page.keyboard.press('Enter');
  await expect(editorOf(page)).toContainText('Mr Smithers asked a question.');

  await replaceBar.getByRole('textbox', { name: 'Find' }).fill('Smith');
  await replaceBar.getByRole('textbox', { name: 'Replace with' }).fill('Smyth');
  await expect(count).toHaveText('1 of 4');
  await page.keyboard.press('Control+Alt+Enter');
  await expect(replaceBar.getByRole('status')).toHaveText('Replaced 4 matches. Ctrl+Z puts them back.');
  await expect(count).toHaveText('No matches');
  const editor = editorOf(page);
  await expect(page.locator('h2.mb-agenda-item')).toHaveText('Report of Councillor Smyth');
  await expect(editor).toContainText('Councillor Smyth presented the report. Mr Smithers asked a question.');
  await expect(editor).toContainText('Councillor Smyth be thanked for the report.');
  await expect(editor).toContainText('Write to Councillor smith about the budget.');
  await expect(editor).toContainText('Signed by Smyth.');
  await expect(replaceBar.getByRole('textbox', { name: 'Replace with' })).toBeFocused();

  // One Ctrl+Z puts every replaced match back (and only those); Ctrl+Shift+Z does them again.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(editor).not.toContainText('Smyth');
  await expect(page.locator('h2.mb-agenda-item')).toHaveText('Report of Councillor Smith');
  await expect(editor).toContainText('Signed by Smith.');
  await expect(editor).toContainText('Mr Smithers asked');
  await page.keyboard.press('Control+Shift+z');
  await expect(editor).toContainText('Councillor Smyth be thanked');

  // What the clerk sees is what reaches the file.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = await readFile(filePath, 'utf8');
  expect(saved).toContain('Report of Councillor Smyth');
  expect(saved).not.toContain('Councillor Smith');
});

test('names held in fields (an action’s owner) are found, said to be in a field, replaced with the rest and put back by one Ctrl+Z', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'Scrutiny 30 March 2022.minutes');
  await writeFile(
    filePath,
    testMinutesText({
      committeeId: 'scrutiny',
      committeeName: 'Scrutiny',
      date: '2022-03-30',
      items: [
        {
          title: 'Budget',
          blocks: [
            { kind: 'text', text: 'Cllr Smith presented the report.' },
            { kind: 'action', text: 'Write to the Treasurer.', owner: 'Cllr Smith' },
          ],
        },
      ],
    }),
  );
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('Scrutiny 30 March 2022');
  const action = page.locator('.mb-action');
  await expect(action).toHaveAttribute('data-lead', 'Action (Cllr Smith):');

  await editorOf(page).click();
  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await page.keyboard.type('Cllr');
  const count = page.getByTestId('find-count');
  // The paragraph's, then the action's owner (before the action's own text).
  await expect(count).toHaveText('1 of 2');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 of 2 (in the owner field)');

  await bar.getByRole('textbox', { name: 'Replace with' }).fill('Councillor');
  await bar.getByRole('textbox', { name: 'Replace with' }).focus();
  await page.keyboard.press('Control+Alt+Enter');
  await expect(bar.getByRole('status')).toHaveText('Replaced 2 matches. Ctrl+Z puts them back.');
  await expect(action).toHaveAttribute('data-lead', 'Action (Councillor Smith):');
  await expect(editorOf(page)).toContainText('Councillor Smith presented the report.');

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(action).toHaveAttribute('data-lead', 'Action (Cllr Smith):');
  await expect(editorOf(page)).toContainText('Cllr Smith presented the report.');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = await readFile(filePath, 'utf8');
  expect(saved).toContain('"ownerName":"Councillor Smith"');
  expect(saved).not.toContain('Cllr');
});
