// A motion from the keyboard: moved and seconded (Ctrl+Alt+O), debated, an
// amendment moved (Ctrl+Alt+Shift+O) and lost, the motion put (Ctrl+Alt+B)
// and carried, its resolution typed; saved, reopened and exported with the
// parts together and in order. A member withdrawing for the item
// (Ctrl+Alt+W) is printed at the item.
import path from 'node:path';
import { answer, promptDone } from './fixtures/clerk-keys';
import { pdfText } from './fixtures/exported-text';
import { saveAndReadBack } from './fixtures/saved-minutes';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { editorOf, expect, test } from './harness/app-test';

async function counts(page: import('@playwright/test').Page, figures: [string, string, string]) {
  for (const [index, label] of ['Votes for', 'Votes against', 'Abstentions'].entries()) {
    await page.keyboard.press('Control+a');
    await answer(page, label, figures[index]!);
  }
  // Not tied: the casting vote is not asked.
  await promptDone(page);
}

test('a motion with a lost amendment is typed from the keyboard, saved, reopened and exported with its parts in order', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'motion.minutes');
  await openDocument(page, dialogs, filePath, seed000Document(), 'motion');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('PYRAMID PARK');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Alt+w');
  await answer(page, 'Member withdrawing', 'Whitby', 'Councillor M Whitby');
  await answer(page, 'Did they come back after the item?', '', 'Returned after the item');
  await page.keyboard.type('He is a trustee of the park.');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Alt+o');
  await answer(page, 'Moved by', 'Boles', 'Councillor C Boles');
  await answer(page, 'Seconded by', 'Quinn', 'Councillor D Quinn');
  await page.keyboard.type('That the site be acquired');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Members debated the price.');
  await page.keyboard.press('Control+Alt+Shift+o');
  await answer(page, 'Moved by', 'Tariq', 'Councillor T Tariq');
  await answer(page, 'Seconded by', 'Butler', 'Councillor S Butler');
  await page.keyboard.type('To add “at no more than the district valuer’s price”');
  // The amendment is voted on first, then the motion, whose resolution starts after its parts.
  await page.keyboard.press('Control+Alt+b');
  await counts(page, ['2', '6', '0']);
  await page.keyboard.press('Control+Alt+b');
  await counts(page, ['6', '2', '0']);
  await page.keyboard.type('The site be acquired.');
  await expect(editor.locator('.mb-motion')).toHaveCount(3);
  await expect(editor.locator('.mb-motion[data-part="amendment"]')).toHaveAttribute('data-summary', 'For 2, against 6, abstentions 0: lost.');

  const { minutes } = await saveAndReadBack(page, filePath);
  const item = minutes.items.find((entry) => entry.title === 'PYRAMID PARK')!;
  expect(item.blocks.map((block) => block.kind)).toEqual(['withdrawal', 'motion', 'paragraph']);
  expect(item.blocks[1]).toMatchObject({
    moved: { mover: { personId: 'boles' }, seconder: { personId: 'quinn' }, counts: { for: 6, against: 2, abstain: 0 }, result: 'carried' },
    amendments: [{ mover: { personId: 'tariq' }, counts: { for: 2, against: 6, abstain: 0 }, result: 'lost' }],
    resolution: [[{ text: 'The site be acquired.' }]],
  });

  await app.reload();
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('motion');
  await expect(editorOf(page).locator('.mb-motion[data-part="resolution"]')).toHaveText('The site be acquired.');

  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(exportDialog.getByTestId('export-preview')).toContainText('the amendment was lost');
  const docx = path.join(workDir, 'motion.docx');
  const pdf = path.join(workDir, 'motion.pdf');
  dialogs.answerNextSave(docx);
  dialogs.answerNextSave(pdf);
  await exportDialog.getByRole('button', { name: 'Export…' }).press('Enter');
  await expect(page.getByTestId('export-status')).toContainText('Exported motion.docx and motion.pdf', { timeout: 30_000 });
  const printed = pdfText(pdf).replace(/\s+/g, ' ');
  const sentences = [
    'Councillor Whitby left the room for this item and returned after it. He is a trustee of the park.',
    'Moved by Councillor Boles, seconded by Councillor Quinn: That the site be acquired.',
    'An amendment was moved by Councillor Tariq and seconded by Councillor Butler: To add “at no more than the district valuer’s price”.',
    'On being put to the vote, the amendment was lost (For 2, Against 6, Abstentions 0).',
    'On being put to the vote, the motion was carried (For 6, Against 2, Abstentions 0).',
    'It was agreed:',
    'The site be acquired.',
    'Members debated the price.',
  ];
  let from = 0;
  for (const sentence of sentences) {
    const at = printed.indexOf(sentence, from);
    expect(at, sentence).toBeGreaterThanOrEqual(from);
    from = at + sentence.length;
  }
});
