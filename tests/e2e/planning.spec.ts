// A planning application minuted from the keyboard in a meeting started from
// the Planning committee template: the application's details asked in turn,
// the proposal typed, a registered objector, a motion moved, seconded and put
// to the vote, the decision it carried with its numbered conditions; saved, reopened and exported to DOCX and PDF as the public reads
// them.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { answer, noApologiesInstead, promptDone } from './fixtures/clerk-keys';
import { docxParagraphs, pdfText } from './fixtures/exported-text';
import { saveAndReadBack } from './fixtures/saved-minutes';
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { choiceNamed, choose } from './fixtures/choices';

const ITEM = '17/00340/FUL 14 Nottingham Road';

async function startPlanningMeeting(page: Page) {
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Planning Committee');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Gotham Parish Council');
  await dialog.getByLabel('Quorum (voting members)').fill('2');
  await dialog.getByLabel('Paste names, one a line').focus();
  await page.keyboard.insertText('Councillor J Anderson (Chair)\nCouncillor M Wilkins\nCouncillor G Hutter');
  await dialog.getByRole('button', { name: 'Add these people' }).press('Enter');
  await expect(dialog.getByTestId('roster-person')).toHaveCount(3);
  await choose(choiceNamed(dialog, 'Template'), 'Planning committee');
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2017-02-28');
  await showStep(dialog, 'Items of business');
  await dialog.getByLabel(/Items of business/).focus();
  await page.keyboard.insertText(ITEM);
  await dialog.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(dialog).toBeHidden();
}

test('a planning application typed from the keyboard is saved, reopened and exported with the motion, its decision and numbered conditions', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, dialogs, workDir } = app;
  await startPlanningMeeting(page);
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Home');
  // No one sent apologies: the template's 'noted above' would point at nothing.
  await page.keyboard.press('ArrowDown');
  await noApologiesInstead(page);
  // Previous minutes and declarations, then the application (the fourth item).
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('Control+Alt+n');

  await page.keyboard.press('Control+Alt+Shift+p');
  await answer(page, 'Application reference (e.g. 23/01234/FUL)', '17/00340/FUL');
  await answer(page, 'Site address', '14 Nottingham Road, Gotham');
  await answer(page, 'Applicant', 'Mr A Khan');
  await answer(page, 'Ward', 'Gotham');
  await answer(page, 'Officer’s recommendation', 'subject to cond', 'Approve subject to conditions');
  await page.keyboard.type('Single storey rear extension');
  await expect(editor.locator('.mb-planning[data-part="application"]')).toHaveAttribute(
    'data-lead',
    'Application 17/00340/FUL, 14 Nottingham Road, Gotham – proposal:',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type('The Clerk presented the application.');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Alt+k');
  await answer(page, 'Speaker', 'objector', 'Objector');
  await answer(page, 'Name (as the minutes give it)', 'Mrs J Lowe');
  await page.keyboard.type('She was concerned about overlooking.');
  await page.keyboard.press('Enter');

  // Moved and seconded, put to the vote (Ctrl+Alt+B), then the decision it carried in place of the motion's resolution.
  await page.keyboard.press('Control+Alt+o');
  await answer(page, 'Moved by', 'Anderson', 'Councillor J Anderson');
  await answer(page, 'Seconded by', 'Wilkins', 'Councillor M Wilkins');
  await page.keyboard.press('Control+Alt+b');
  for (const [label, count] of [
    ['Votes for', '2'],
    ['Votes against', '0'],
    ['Abstentions', '1'],
  ]) {
    await page.keyboard.press('Control+a');
    await answer(page, label!, count!);
  }
  // Not tied: the casting vote is not asked. In a planning application item the decision the vote carried is asked
  // next, in the same prompt (no Ctrl+Alt+G), in place of the motion's resolution.
  await expect(editor.locator('.mb-motion[data-part="motion"]')).toHaveAttribute('data-summary', 'For 2, against 0, abstentions 1: carried.');
  await answer(page, 'Decision', 'subject to cond', 'Approved subject to conditions');
  await promptDone(page);
  await expect(editor.locator('.mb-motion[data-part="resolution"]')).toHaveCount(0);
  // Enter at the end of the decision starts its first condition; Enter on an empty one ends the list.
  await page.keyboard.press('Enter');
  await page.keyboard.type('The development shall begin within three years.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The side window shall be obscure glazed.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The Chair thanked the speakers.');
  await expect(editor.locator('.mb-planning[data-part="condition"]')).toHaveCount(2);

  const filePath = path.join(workDir, 'planning-2017-02-28.minutes');
  dialogs.answerNextSave(filePath);
  const { minutes } = await saveAndReadBack(page, filePath);
  const item = minutes.items.find((entry) => entry.title === ITEM)!;
  expect(item.blocks.filter((block) => block.kind.startsWith('planning-'))).toEqual([
    {
      kind: 'planning-application',
      application: {
        reference: '17/00340/FUL',
        site: '14 Nottingham Road, Gotham',
        proposal: [{ text: 'Single storey rear extension' }],
        applicant: 'Mr A Khan',
        ward: 'Gotham',
        recommendation: 'approve-conditions',
      },
    },
    { kind: 'planning-speaker', role: 'objector', speaker: { personId: null, name: 'Mrs J Lowe' }, said: [{ text: 'She was concerned about overlooking.' }] },
    {
      kind: 'planning-decision',
      label: 'Resolved –',
      reference: '17/00340/FUL',
      outcome: 'approve-conditions',
      wording: [],
      conditions: [[{ text: 'The development shall begin within three years.' }], [{ text: 'The side window shall be obscure glazed.' }]],
      reasons: [],
      motion: {
        moved: expect.objectContaining({
          mover: expect.objectContaining({ name: 'Councillor Anderson' }),
          seconder: expect.objectContaining({ name: 'Councillor Wilkins' }),
          counts: { for: 2, against: 0, abstain: 1 },
          result: 'carried',
        }),
        amendments: [],
      },
    },
  ]);

  await app.reload();
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('planning-2017-02-28');
  await expect(editorOf(page).locator('.mb-planning[data-part="condition"]')).toHaveText([
    'The development shall begin within three years.',
    'The side window shall be obscure glazed.',
  ]);
  await expect(editorOf(page).locator('.mb-planning[data-part="decision"]')).toHaveAttribute('data-lead', 'Decision – approved subject to conditions:');

  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(exportDialog.getByTestId('export-preview')).toContainText('Mrs J Lowe (objector) addressed the Committee.');
  const docx = path.join(workDir, 'planning.docx');
  const pdf = path.join(workDir, 'planning.pdf');
  dialogs.answerNextSave(docx);
  dialogs.answerNextSave(pdf);
  await exportDialog.getByRole('button', { name: 'Export…' }).press('Enter');
  await expect(page.getByTestId('export-status')).toContainText('Exported planning.docx and planning.pdf', { timeout: 30_000 });

  const printed = pdfText(pdf).replace(/\s+/g, ' ');
  for (const line of [
    'Application: 17/00340/FUL',
    'Site: 14 Nottingham Road, Gotham',
    'Proposal: Single storey rear extension',
    'Officer’s recommendation: Approve subject to conditions',
    'Mrs J Lowe (objector) addressed the Committee. She was concerned about overlooking.',
    'Moved by Councillor Anderson, seconded by Councillor Wilkins.',
    'On being put to the vote, the motion was carried (For 2, Against 0, Abstentions 1).',
    'Resolved – That the application be approved subject to the following conditions:',
    '1. The development shall begin within three years.',
    '2. The side window shall be obscure glazed.',
    'The Chair thanked the speakers.',
  ])
    expect(printed).toContain(line);
  const word = await docxParagraphs(docx);
  const resolved = word.findIndex((paragraph) => paragraph.text === 'Resolved – That the application be approved subject to the following conditions:');
  expect(resolved).toBeGreaterThan(-1);
  expect(word.slice(resolved + 1, resolved + 3).map((paragraph) => paragraph.text)).toEqual([
    'The development shall begin within three years.',
    'The side window shall be obscure glazed.',
  ]);
});
