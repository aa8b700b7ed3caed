// A clerk's dogfood pass over seed 003 (/work/shared/reference/003_*.txt): a
// Bury Cabinet update item ending in Decision / Reasons for the decision /
// Other options considered and rejected, under running "CA.120" minute
// numbers. Taken live from the keyboard: a new meeting from the Cabinet
// template for a committee whose numbers continue from CA.119, the register
// with a late arrival stamped during the item, the update and its decision,
// then an exempt item (Schedule 12A paragraph 3) with a vote and a decision of
// its own, and the close. The public and full versions are exported through
// the export dialog and must read like the reference.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { answer, noApologiesInstead, takeVote } from './fixtures/clerk-keys';
import { typeSegments } from './fixtures/clerk-typing';
import { docxMarginText, docxParagraphs, pdfText } from './fixtures/exported-text';
import { segmentText } from './fixtures/seed-000-script';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { SEED_003_DECISION, SEED_003_EXEMPT, SEED_003_ITEM, SEED_003_ROSTER_LINES, SEED_003_UPDATE } from './fixtures/seed-003-script';
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { saveAndReadBack } from './fixtures/saved-minutes';
import { choiceNamed, chosenValue } from './fixtures/choices';

// The meeting's clock is set to the times of a 13 April 2022 evening meeting, in the council's time zone.
test.use({ timezoneId: 'Europe/London' });
const at = (time: string) => new Date(`2022-04-13T${time}:00+01:00`);

async function startMeeting(page: Page) {
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cabinet');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bury Council');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CA');
  // The prefix brings the running number: this year's minutes reached CA.119.
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Last minute number used this municipal year')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('119');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Quorum (voting members)')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('3');
  await dialog.getByLabel('Paste names, one a line').focus();
  await page.keyboard.insertText(SEED_003_ROSTER_LINES);
  await dialog.getByRole('button', { name: 'Add these people' }).press('Enter');
  await expect(dialog.getByTestId('roster-person')).toHaveCount(5);
  // The template by its first letters. (The date and time fields follow the browser's own locale, US here, so they are filled.)
  await choiceNamed(dialog, 'Template').focus();
  await page.keyboard.type('Cab');
  await expect(choiceNamed(dialog, 'Template')).toHaveText('Cabinet');
  expect(await chosenValue(choiceNamed(dialog, 'Template'))).toBe('cabinet');
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2022-04-13');
  await dialog.getByLabel('Starts at').fill('18:00');
  await showStep(dialog, 'Items of business');
  await dialog.getByLabel(/Items of business/).focus();
  await page.keyboard.insertText(SEED_003_ITEM);
  await dialog.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(dialog).toBeHidden();
}

/** Ctrl+Shift+A: the register has the keyboard, as the clerk needs it between sentences. */
async function openRegister(page: Page) {
  await page.keyboard.press('Control+Shift+A');
  const register = page.getByRole('grid', { name: 'Attendance' });
  await expect(register).toBeFocused();
  return register;
}

/** Ctrl+Alt+C, then each part and Enter, Enter to move on to the next. */
async function cabinetDecision(page: Page, parts: readonly string[]) {
  await page.keyboard.press('Control+Alt+c');
  for (const part of parts) {
    await page.keyboard.type(part);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
}

/** Exports one version, DOCX and PDF, through the export dialog; returns the PDF's text on one line and the Word text. */
async function exportVersion(page: Page, app: { dialogs: { answerNextSave(file: string): void }; workDir: string }, version: 'public' | 'full') {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(dialog.getByTestId('export-preview')).toContainText('CA.125 CHILDREN’S SERVICES IMPROVEMENT UPDATE');
  // Every name came from the roster, every decision has its parts, every item its minute.
  await expect(dialog.getByText('No problems found.')).toBeVisible();
  // From the keyboard: the dialog opens on the version; the arrow chooses the full one; Enter exports.
  const publicVersion = dialog.getByLabel('Public version (exempt items left out)');
  await expect(publicVersion).toBeFocused();
  await expect(publicVersion).toBeChecked();
  if (version === 'full') {
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByLabel('Full version, marked “Not for publication”')).toBeChecked();
    await expect(dialog.getByTestId('export-preview')).toContainText('Not for publication');
  }
  const [docx, pdf] = ['docx', 'pdf'].map((extension) => path.join(app.workDir, `${version}.${extension}`)) as [string, string];
  app.dialogs.answerNextSave(docx);
  app.dialogs.answerNextSave(pdf);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-status')).toContainText(`Exported ${version}.docx and ${version}.pdf`, { timeout: 30_000 });
  const pages = pdfText(pdf)
    .split('\f')
    .filter((text) => text.trim());
  // The text as it reads on: each page without its running header (first line) and footer (last line).
  const body = pages.map((text) => text.trim().split('\n').slice(1, -1).join('\n'));
  const word = (await docxParagraphs(docx)).map((paragraph) => paragraph.text).join('\n');
  return { pages, printed: body.join('\n').replace(/\s+/g, ' '), word, wordMargins: await docxMarginText(docx) };
}

test('seed 003 live: a cabinet meeting continuing from CA.119, a late arrival, the decision by its parts, an exempt item with a vote, public and full exports', async ({
  app,
}) => {
  const { page, dialogs, workDir } = app;
  await page.clock.setFixedTime(at('18:00'));
  await startMeeting(page);
  const editor = editorOf(page);
  await expect(editor.locator('h2.mb-agenda-item').first()).toHaveAttribute('data-minute-number', 'CA.120');

  // The register: everyone but Councillor Tariq, who comes late.
  const register = await openRegister(page);
  await page.keyboard.press('P');
  await page.keyboard.press('ArrowDown');
  for (const key of 'PPP') await page.keyboard.press(key);
  await expect(page.getByTestId('quorum')).toHaveText('Quorate: 3 voting members present, 3 needed.');
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();

  // The standing items, each with its standard line (Apologies and Minutes come with theirs).
  await page.keyboard.press('Control+Home');
  for (const keys of ['Control+Alt+Shift+d', 'Control+Alt+Shift+q', null, 'Control+Alt+Shift+m']) {
    await page.keyboard.press('Control+Alt+n');
    if (keys) await page.keyboard.press(keys);
  }
  await page.keyboard.press('Control+Alt+n');
  await typeSegments(page, SEED_003_UPDATE[0]!);
  await page.keyboard.press('Enter');

  // Councillor Tariq arrives during the update: stamped with the time and the item under way.
  await page.clock.setFixedTime(at('18:10'));
  await openRegister(page);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(register.getByRole('row', { selected: true })).toContainText('Councillor T Tariq');
  await page.keyboard.press('L');
  await expect(page.getByTestId('quorum')).toHaveText('Quorate: 4 voting members present, 3 needed.');
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();

  await typeSegments(page, SEED_003_UPDATE[1]!);
  await page.keyboard.press('Enter');
  // The template ended the item with empty decision parts: Ctrl+Alt+C fills those, it does not add more.
  await cabinetDecision(page, SEED_003_DECISION);
  await page.keyboard.press('Control+Alt+n');
  await page.keyboard.press('Control+Alt+Shift+u');
  await page.keyboard.press('Enter');

  // The exempt item, after the press and public have left, with a vote and a decision of its own.
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type(SEED_003_EXEMPT.title);
  await page.keyboard.press('Control+Alt+x');
  await answer(page, 'Exempt: Schedule 12A paragraph (e.g. 3; blank for a public item)', '3');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(SEED_003_EXEMPT.discussion);
  await page.keyboard.press('Enter');
  await takeVote(page, ['Gold', 'Councillor R Gold'], ['Quinn', 'Councillor A Quinn'], [4, 0, 0]);
  await page.keyboard.type(SEED_003_EXEMPT.motion);
  await page.keyboard.press('Enter');
  await cabinetDecision(page, SEED_003_EXEMPT.decision);

  // The close: the chair and the start from the meeting, the end from the clock.
  await page.clock.setFixedTime(at('18:42'));
  await page.keyboard.press('Control+Alt+e');
  // The chair is present and the start recorded, so only the end is asked.
  await answer(page, 'Meeting ended at', '');
  await expect(editor.locator('.mb-close')).toContainText('(Note: The meeting started at 6.00 pm and ended at 6.42 pm)');

  // No one sent apologies, so the template's "Apologies for absence are noted above." points at nothing:
  // the Checks panel says so, Enter goes to the line, and the standard line replaces it.
  await page.keyboard.press('Control+Shift+X');
  await expect(page.getByRole('tabpanel', { name: 'Checks' })).toBeFocused();
  const warning = page.getByRole('button', { name: /This says apologies are noted above/ });
  await expect(warning).toBeVisible(); // the panel has the keyboard at once; its checks are drawn a moment later
  await page.keyboard.press('Tab');
  await expect(warning).toBeFocused();
  await expect(warning).toContainText('Minute CA.120:');
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await noApologiesInstead(page);
  await expect(editor.locator('h2.mb-agenda-item').first().locator('+ *')).toHaveText('There were no apologies for absence.');

  const filePath = path.join(workDir, 'cabinet-2022-04-13.minutes');
  dialogs.answerNextSave(filePath);
  const { saved, minutes } = await saveAndReadBack(page, filePath);
  expect(minutes.items.map((item) => `${item.number} ${item.title}`)).toEqual([
    'CA.120 Apologies for absence',
    'CA.121 Declarations of interest',
    'CA.122 Public question time',
    'CA.123 Minutes',
    'CA.124 Member question time',
    `CA.125 ${SEED_003_ITEM}`,
    'CA.126 Urgent business',
    `CA.127 ${SEED_003_EXEMPT.title}`,
  ]);
  const [update, exempt] = [minutes.items[5]!, minutes.items[7]!];
  const decisionOf = (parts: readonly string[]) => ({
    kind: 'cabinet-decision',
    decision: [[{ text: parts[0] }]],
    reasons: [[{ text: parts[1] }]],
    alternatives: [[{ text: parts[2] }]],
  });
  expect(update.blocks).toEqual([
    ...SEED_003_UPDATE.map((paragraph) => ({ kind: 'paragraph', text: [{ text: segmentText(paragraph) }] })),
    decisionOf(SEED_003_DECISION),
  ]);
  expect(exempt.exempt).toEqual({ paragraph: '3' });
  expect(exempt.blocks[1]).toMatchObject({
    kind: 'vote',
    vote: {
      motion: [{ text: SEED_003_EXEMPT.motion }],
      mover: { name: 'Councillor Gold' },
      seconder: { name: 'Councillor Quinn' },
      counts: { for: 4, against: 0, abstain: 0 },
      result: 'carried',
    },
  });
  expect(exempt.blocks[2]).toEqual(decisionOf(SEED_003_EXEMPT.decision));
  expect(minutes.close).toMatchObject({ chair: { name: 'Councillor E O’Brien' }, startedAt: '18:00', endedAt: '18:42' });
  const tariq = saved.meeting.roster.find((person: { name: string }) => person.name === 'T Tariq');
  expect(saved.meeting.attendance.find((entry: { personId: string }) => entry.personId === tariq.id).arrivedLate).toMatchObject({
    time: '18:10',
    itemLabel: 'CA.125',
  });

  const decisionText = (parts: readonly string[]) =>
    `Decision: ${parts[0]} Reasons for the decision: ${parts[1]} Other options considered and rejected: ${parts[2]}`;
  const exemptLine =
    'The press and public were excluded from the meeting for this item under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972';
  const shared = [
    'Minutes of: CABINET Date of Meeting: 13 April 2022',
    'Councillor T Tariq arrived at 6.10 pm during item CA.125.',
    'CA.120 APOLOGIES FOR ABSENCE There were no apologies for absence.',
    'CA.123 MINUTES The minutes of the last meeting were approved as a correct record.',
    `CA.125 ${SEED_003_ITEM} ${segmentText(SEED_003_UPDATE[0]!)}`,
    `${decisionText(SEED_003_DECISION)} CA.126 URGENT BUSINESS`,
    `CA.127 ${SEED_003_EXEMPT.title} ${exemptLine}`,
    'COUNCILLOR E O’BRIEN Chair (Note: The meeting started at 6.00 pm and ended at 6.42 pm)',
  ];
  const exemptWords = [SEED_003_EXEMPT.discussion, SEED_003_EXEMPT.motion, ...SEED_003_EXEMPT.decision];

  const published = await exportVersion(page, app, 'public');
  for (const text of shared) expect(published.printed).toContain(text);
  expect(published.printed).toContain(segmentText(SEED_003_UPDATE[1]!));
  for (const words of [...exemptWords, 'Not for publication', 'Northstone']) {
    expect(published.pages.join('\n')).not.toContain(words);
    expect(`${published.word}\n${published.wordMargins}`).not.toContain(words);
  }
  expect(published.word).toContain(`CA.125 ${SEED_003_ITEM}`);
  expect(published.word).toContain(
    ['Decision:', SEED_003_DECISION[0], 'Reasons for the decision:', SEED_003_DECISION[1], 'Other options considered and rejected:', SEED_003_DECISION[2]].join(
      '\n',
    ),
  );

  const full = await exportVersion(page, app, 'full');
  for (const text of shared) expect(full.printed).toContain(text);
  for (const text of full.pages) expect(text).toContain('Not for publication');
  expect(full.printed).toContain(`${exemptLine}, as it involved the likely disclosure of exempt information. ${SEED_003_EXEMPT.discussion}`);
  expect(full.printed).toContain(
    `Moved by Councillor Gold, seconded by Councillor Quinn: ${SEED_003_EXEMPT.motion} On being put to the vote, the motion was carried (For 4, Against 0, Abstentions 0).`,
  );
  expect(full.printed).toContain(decisionText(SEED_003_EXEMPT.decision));
  for (const words of exemptWords) expect(full.word).toContain(words);
  expect(full.wordMargins).toContain('Not for publication');

  // The Cabinet's next meeting carries on from this one's last minute, the exempt item added live included.
  await page.keyboard.press('Control+Shift+M');
  const next = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(next, 'Committee')).toHaveText('Cabinet');
  await next.getByRole('button', { name: /Change this committee/ }).press('Enter');
  await expect(next.getByLabel('Last minute number used this municipal year')).toHaveValue('127');
  await page.keyboard.press('Escape');
  await expect(next).toBeHidden();
});

test('a late arrival keeps naming the item it was stamped in when that item is moved up', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'moved.minutes'), seed000Document(), 'moved');
  const editor = editorOf(page);
  await editor.focus();
  for (const title of ['WORK PROGRAMME', 'IMPROVEMENT PLAN']) {
    await page.keyboard.press('Control+Alt+i');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Noted.');
    await page.keyboard.press('Enter');
  }
  // Councillor McBriar arrives during item 2, the improvement plan.
  const register = await openRegister(page);
  await page.keyboard.press('Home');
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowDown');
  await expect(register.getByRole('row', { selected: true })).toContainText('Councillor L McBriar');
  await page.keyboard.press('L');
  const heading = page.getByTestId('minutes-heading');
  await expect(heading).toContainText(/Councillor L McBriar arrived at \d{1,2}\.\d{2} (am|pm) during item 2\./);
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  // The Chair takes the improvement plan first: it is item 1 now, and so is his arrival.
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(editor.locator('h2.mb-agenda-item').first()).toHaveText('IMPROVEMENT PLAN');
  await expect(heading).toContainText(/Councillor L McBriar arrived at \d{1,2}\.\d{2} (am|pm) during item 1\./);
  await expect(register.getByRole('row', { name: /L McBriar/ })).toContainText('during item 1');
});
