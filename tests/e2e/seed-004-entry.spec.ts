// A clerk's dogfood pass over seed 004 (/work/shared/reference/004_*.txt): a
// scrutiny item with an overview, an officer's explanation, a run of "asked …
// responded" exchanges and "It Was Agreed:" over a bulleted resolution. The
// meeting is started from the Overview and scrutiny template, the register
// taken, the item typed from the keyboard with names completed from the
// roster, then saved, reopened and exported to DOCX and PDF; the exported text
// must read like the reference.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { plainText } from '../../core/minutes/rich-text-json';
import { noApologiesInstead, slash } from './fixtures/clerk-keys';
import { docxParagraphs, pdfBodyText, pdfText } from './fixtures/exported-text';
import { typeSegments } from './fixtures/clerk-typing';
import { segmentText } from './fixtures/seed-000-script';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { SEED_004_DISCUSSION, SEED_004_ITEM, SEED_004_RESOLUTION, SEED_004_ROSTER_LINES } from './fixtures/seed-004-script';
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { saveAndReadBack } from './fixtures/saved-minutes';
import { choiceNamed, choose } from './fixtures/choices';

const COMMITTEE = 'Children and Young People Scrutiny Committee';

async function startMeeting(page: Page) {
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type(COMMITTEE);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bury Council');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CYP');
  await dialog.getByLabel('Quorum (voting members)').fill('3');
  await dialog.getByLabel('Paste names, one a line').focus();
  await page.keyboard.insertText(SEED_004_ROSTER_LINES);
  await dialog.getByRole('button', { name: 'Add these people' }).press('Enter');
  await expect(dialog.getByTestId('roster-person')).toHaveCount(7);
  // The Cabinet Member presents the report but does not sit on the committee.
  await choose(choiceNamed(dialog, 'Role of L Smith'), 'Guest');
  await choose(choiceNamed(dialog, 'Template'), 'Overview and scrutiny');
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2026-02-10');
  await showStep(dialog, 'Items of business');
  await dialog.getByLabel(/Items of business/).focus();
  // A dash is part of a title unless “Report of …” follows it, which names the report.
  await page.keyboard.insertText(`${SEED_004_ITEM} — Report of the Cabinet Member for Children and Young People`);
  await dialog.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(dialog).toBeHidden();
}

test('seed 004 from the scrutiny template: exchanges with completed names, It Was Agreed: and a bullet, saved, reopened and exported', async ({ app }) => {
  // A whole meeting typed key by key, then saved, reopened and exported: minutes of work for a busy two-core machine.
  test.setTimeout(180_000);
  const { page, dialogs, workDir } = app;
  await startMeeting(page);

  await page.keyboard.press('Control+Shift+A');
  await expect(page.getByRole('tabpanel', { name: 'Attendance' }).getByRole('grid', { name: 'Attendance' })).toBeFocused();
  for (const key of 'PPPPPPP') await page.keyboard.press(key);
  await expect(page.getByTestId('quorum')).toHaveText('Quorate: 5 voting members present, 3 needed.');

  // Escape from the panel gives the minutes the keyboard back.
  const editor = editorOf(page);
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  // The standing items, each with its standard line, item by item (Ctrl+Alt+N).
  await page.keyboard.press('Control+Home');
  // No one sent apologies: the template's 'noted above' would point at nothing.
  await page.keyboard.press('ArrowDown');
  await noApologiesInstead(page);
  for (const keys of ['Control+Alt+Shift+d', null, 'Control+Alt+Shift+q', 'Control+Alt+Shift+m']) {
    await page.keyboard.press('Control+Alt+n');
    if (keys) await page.keyboard.press(keys);
  }
  await page.keyboard.press('Control+Alt+n');
  for (const paragraph of SEED_004_DISCUSSION) {
    await typeSegments(page, paragraph);
    await page.keyboard.press('Enter');
  }
  // This committee words resolutions its own way: set once for the meeting, used by every Ctrl+Alt+A.
  await page.keyboard.press('Control+Shift+A');
  const panel = page.getByTestId('attendance-panel');
  const words = panel.getByLabel('Words before resolutions');
  await expect(words).toHaveValue('It was agreed:');
  await words.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('It Was Agreed:');
  await panel.getByLabel('As bullet points').focus();
  await page.keyboard.press('Space');
  // Escape: back to the minutes with the caret where it was, under the discussion (not at the top).
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Alt+a');
  await page.keyboard.type(SEED_004_RESOLUTION);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const heading = editor.locator('.mb-resolutions-heading');
  await expect(heading).toHaveText('It Was Agreed:');
  await expect(editor.locator('.mb-resolution')).toHaveText([SEED_004_RESOLUTION]);
  await expect(editor.locator('.mb-resolution')).toHaveAttribute('data-bulleted', 'true');
  await page.keyboard.press('Control+Alt+n');
  await page.keyboard.type('The work programme was noted.');
  await page.keyboard.press('Control+Alt+n');
  await page.keyboard.press('Control+Alt+Shift+u');

  const filePath = path.join(workDir, 'cyp-2026-02-10.minutes');
  dialogs.answerNextSave(filePath);
  const { minutes } = await saveAndReadBack(page, filePath);
  const item = minutes.items.find((entry) => entry.title === SEED_004_ITEM)!;
  expect(item.number).toBe('CYP.6');
  const paragraphs = item.blocks.filter((block) => block.kind === 'paragraph').map((block) => plainText(block.text));
  expect(paragraphs.filter((text) => text)).toEqual(SEED_004_DISCUSSION.map(segmentText));
  expect(item.blocks.filter((block) => block.kind === 'resolutions')).toEqual([
    { kind: 'resolutions', heading: 'It Was Agreed:', resolutions: [[{ text: SEED_004_RESOLUTION }]], bulleted: true },
  ]);

  await app.reload();
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('cyp-2026-02-10');
  await expect(editorOf(page).locator('.mb-resolutions-heading')).toHaveText('It Was Agreed:');
  await expect(editorOf(page).locator('.mb-resolution')).toHaveAttribute('data-bulleted', 'true');

  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(exportDialog.getByTestId('export-preview')).toContainText('CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE');
  // Every name came from the roster and every item has its minute, so the checks have nothing to say.
  await expect(exportDialog.getByText('No problems found.')).toBeVisible();
  const docx = path.join(workDir, 'cyp.docx');
  const pdf = path.join(workDir, 'cyp.pdf');
  dialogs.answerNextSave(docx);
  dialogs.answerNextSave(pdf);
  await exportDialog.getByRole('button', { name: 'Export…' }).press('Enter');
  await expect(page.getByTestId('export-status')).toContainText('Exported cyp.docx and cyp.pdf', { timeout: 30_000 });

  const printed = pdfText(pdf).replace(/\s+/g, ' ');
  // The Cabinet Member is in attendance, not one of the committee's councillors.
  expect(printed).toContain('Councillors C Boles, U Farooq, M Haroon and J Lancaster');
  expect(printed).toContain(
    'Also in attendance: Councillor L Smith — Cabinet Member for Children and Young People, Linda Evans — Director of Children’s Social Care and Early Help.',
  );
  for (const minute of [
    'CYP.2 DECLARATIONS OF INTEREST There were no declarations.',
    `CYP.6 ${SEED_004_ITEM}`,
    'CYP.7 WORK PROGRAMME The work programme was noted.',
  ])
    expect(printed).toContain(minute);
  expect(printed).toContain(`It Was Agreed: • ${SEED_004_RESOLUTION}`);
  // A paragraph may run across the page break, where the running footer and header stand in pdftotext's output.
  const body = pdfBodyText(pdf).replace(/\s+/g, ' ');
  for (const paragraph of SEED_004_DISCUSSION) expect(body).toContain(segmentText(paragraph));
  const word = await docxParagraphs(docx);
  const agreed = word.findIndex((paragraph) => paragraph.text === 'It Was Agreed:');
  expect(word[agreed + 1]).toEqual({ text: SEED_004_RESOLUTION, style: 'ListBullet' });
  for (const paragraph of SEED_004_DISCUSSION) expect(word.map((entry) => entry.text)).toContain(segmentText(paragraph));
});

test('Ctrl+Alt+Shift+A switches the resolutions at the caret between numbers and bullets, or starts a bulleted run', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'switch.minutes');
  await openDocument(page, dialogs, filePath, seed000Document(), 'switch');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Alt+a');
  await page.keyboard.type('First.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second.');
  const resolutions = editor.locator('.mb-resolution');
  await expect(resolutions).toHaveCount(2);
  for (const [press, bulleted] of [
    [1, 'true'],
    [2, 'false'],
  ] as const) {
    await page.keyboard.press('Control+Alt+Shift+a');
    await expect(resolutions.nth(0), `after ${press} press(es)`).toHaveAttribute('data-bulleted', bulleted);
    await expect(resolutions.nth(1)).toHaveAttribute('data-bulleted', bulleted);
  }
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Members discussed the next steps.');
  await page.keyboard.press('Enter');
  // Outside a run, from the slash menu this time: a new run, bulleted because the template numbers them.
  await slash(page, 'bullet', 'Resolutions as bullet points or numbers (switch)');
  await page.keyboard.type('Third.');
  await expect(resolutions.nth(2)).toHaveAttribute('data-bulleted', 'true');
  await expect(resolutions.nth(0)).toHaveAttribute('data-bulleted', 'false');

  const runs = (await saveAndReadBack(page, filePath)).minutes.preamble.filter((block) => block.kind === 'resolutions');
  expect(
    runs.map((run) => run.kind === 'resolutions' && { heading: run.heading, texts: run.resolutions.map(plainText), bulleted: run.bulleted ?? false }),
  ).toEqual([
    { heading: 'It was agreed:', texts: ['First.', 'Second.'], bulleted: false },
    { heading: 'It was agreed:', texts: ['Third.'], bulleted: true },
  ]);
});

test('Escape from a side panel puts the caret back where the clerk left it, mid-sentence; names complete those not away first', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'late.minutes'), seed000Document(), 'late');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('CHILDREN’S IMPROVEMENT PLAN UPDATE');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Councillor Boles asked how attendance');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('WORK PROGRAMME');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nothing to add.');
  // Back up to finish the first sentence, neither at the top nor at the end of the minutes.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  // Apologies with a reason, taken from the register mid-sentence: typing in the reason's field
  // moves the browser's selection out of the minutes.
  await page.keyboard.press('Control+Shift+A');
  const register = page.getByRole('grid', { name: 'Attendance' });
  await expect(register).toBeFocused();
  await page.keyboard.press('A');
  await page.keyboard.press('R');
  await page.keyboard.type('work commitments');
  await page.keyboard.press('Enter');
  await expect(register).toBeFocused();
  await expect(page.getByTestId('minutes-heading')).toContainText('(work commitments)');
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  await page.keyboard.type(' would be maintained. ');
  // Councillor Wright sent apologies: "Councillor W" offers Councillor Whitby, who is not marked away, first.
  await typeSegments(page, [{ complete: 'Councillor W', name: 'Councillor Whitby' }, ' agreed.']);
  await expect(editor.locator('p')).toHaveText(['Councillor Boles asked how attendance would be maintained. Councillor Whitby agreed.', 'Nothing to add.']);
});
