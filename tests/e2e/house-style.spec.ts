// A clerk sets up a committee whose council prints its minutes in its own
// words (Gotham Parish Council's house style), types a motion and its vote,
// and the exported Word file reads as Gotham's minutes do: "PROPOSED: …
// SECONDED: …." and "Vote: Four in favour, one abstention."
import path from 'node:path';
import mammoth from 'mammoth';
import { answer, promptDone } from './fixtures/clerk-keys';
import { showStep } from './fixtures/new-meeting-steps';
import { editorOf, expect, test } from './harness/app-test';
import { setTicked } from './fixtures/ticks';
import { countVotes, exportPublicPdf, knowCommittee, startKnownMeeting, takeRegister } from './fixtures/reference-meeting';
import { gotham } from './fixtures/reference-gotham-script';
import { WIRRAL_DECISION, wirral } from './fixtures/reference-wirral-script';
import { choiceNamed, choose, chosenValue } from './fixtures/choices';

async function counts(page: import('@playwright/test').Page, figures: [string, string, string]) {
  for (const [index, label] of ['Votes for', 'Votes against', 'Abstentions'].entries()) {
    await page.keyboard.press('Control+a');
    await answer(page, label, figures[index]!);
  }
  // Not tied: the casting vote is not asked.
  await promptDone(page);
}

test('a committee’s house style, chosen in the New meeting dialog, gives the exported motion its council’s words', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, dialogs, workDir } = app;
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toHaveText('Set up a new committee…');
  expect(await chosenValue(choiceNamed(dialog, 'Committee'))).toBe('__new__');
  await dialog.getByLabel('Committee name').fill('Planning and Development Committee');
  await dialog.getByLabel('Council', { exact: true }).fill('Gotham Parish Council');
  await choose(choiceNamed(dialog, 'House style'), 'Gotham Parish Council — Planning & Development Committee');
  await dialog.getByLabel('Paste names, one a line').fill('Councillor J Anderson (Chair)\nCouncillor M Wilkins\nCouncillor A Hutter');
  await dialog.getByRole('button', { name: 'Add these people' }).press('Enter');
  await expect(dialog.getByTestId('roster-person')).toHaveCount(3);
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2017-02-28');
  await showStep(dialog, 'Items of business');
  await dialog.getByLabel(/Items of business/).fill('Planning applications');
  await dialog.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(dialog).toBeHidden();

  const editor = editorOf(page);
  await editor.getByText('Planning applications').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+o');
  await answer(page, 'Moved by', 'Anderson', 'Councillor J Anderson');
  await answer(page, 'Seconded by', 'Wilkins', 'Councillor M Wilkins');
  await page.keyboard.type('That the Council raises no objection');
  await page.keyboard.press('Control+Alt+b');
  await counts(page, ['4', '0', '1']);
  await page.keyboard.type('That the Council raises no objection.');

  dialogs.answerNextSave(path.join(workDir, 'gotham.minutes'));
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(exportDialog.getByTestId('export-preview')).toContainText('Vote: Four in favour, one abstention.');
  // The register was not taken, so the public version waits for the checks: the full version is exported.
  await setTicked(exportDialog, 'Full version, marked “Not for publication”', true);
  await setTicked(exportDialog, 'PDF (tagged, for the website)', false);
  const docx = path.join(workDir, 'gotham.docx');
  dialogs.answerNextSave(docx);
  await exportDialog.getByRole('button', { name: 'Export…' }).press('Enter');
  await expect(page.getByTestId('export-status')).toContainText('Exported gotham.docx', { timeout: 30_000 });
  const text = (await mammoth.extractRawText({ path: docx })).value.replace(/\s+/g, ' ');
  expect(text).toContain('PROPOSED:');
  expect(text).toContain('Vote: Four in favour, one abstention.');
  expect(text).not.toContain('On being put to the vote');
});

/** What the page draws for an element, its leads (CSS generated content before and after) included, as a reader hears it. */
async function drawnText(locator: import('@playwright/test').Locator): Promise<string> {
  return locator.evaluate((element) => {
    const generated = (pseudo: '::before' | '::after') => {
      const content = getComputedStyle(element, pseudo).content;
      // "none"/"normal": nothing drawn; otherwise the computed string, its quotes and escapes read as CSS writes them.
      return content === 'none' || content === 'normal' ? '' : (JSON.parse(content.replace(/^"|"$/g, '"')) as string);
    };
    return `${generated('::before')}${element.textContent ?? ''}${generated('::after')}`.replace(/\s+/g, ' ').trim();
  });
}

/** What stands before a resolution on the page: "none", or the computed content of its number or bullet. */
async function markerOf(locator: import('@playwright/test').Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element, '::before').content);
}

test('the editor shows Gotham’s “RESOLVED:” over a motion’s resolution after its vote, unnumbered, as the public PDF prints it', async ({ app }) => {
  test.slow();
  const { page, table, workDir } = app;
  const committeeId = await knowCommittee(table, path.join(workDir, '..', 'app-data'), gotham);
  await startKnownMeeting(page, gotham, committeeId);
  await takeRegister(page, 'PPPPPXX');
  const editor = editorOf(page);
  for (let item = 1; item < 8; item += 1) await page.keyboard.press('F8');
  await page.keyboard.press('Control+Alt+b');
  await answer(page, 'Moved by', 'an', 'J.P. Anderson');
  await answer(page, 'Seconded by', 'wi', 'M. Wilkins');
  await countVotes(page, [4, 0, 1]);
  await page.keyboard.type('That no objection be raised.');

  const motion = editor.locator('.mb-motion[data-part="motion"]');
  await expect(motion).toHaveAttribute('data-before-resolutions', 'true');
  await expect(motion).toHaveAttribute('data-resolutions-label', 'RESOLVED:');
  // Drawn after the vote, on a line of its own over the resolution, and read with it.
  expect(await motion.evaluate((element) => getComputedStyle(element, '::after').content)).toContain('RESOLVED:');
  expect(await editor.ariaSnapshot()).toContain('RESOLVED:');
  await expect.poll(() => markerOf(editor.locator('.mb-motion[data-part="resolution"]'))).toBe('none');

  const printed = (await exportPublicPdf(page, app, 'gotham-motion-resolved', false)).replace(/\s+/g, ' ');
  expect(printed).toContain('PROPOSED: J.P. Anderson SECONDED: M. Wilkins. Vote: Four in favour, one abstention. RESOLVED: That no objection be raised.');
});

test('the editor shows Gotham’s leads in its own words, and the public PDF prints the same', async ({ app }) => {
  test.slow();
  const { page, table, workDir } = app;
  const committeeId = await knowCommittee(table, path.join(workDir, '..', 'app-data'), gotham);
  await startKnownMeeting(page, gotham, committeeId);
  await takeRegister(page, 'PPPPPXX');
  const editor = editorOf(page);

  // 1/ Apologies: none sent, from the register: Gotham's "Nil", not "There were no apologies for absence."
  await page.keyboard.press('Control+Alt+y');
  await expect(editor.locator('.mb-statement').nth(0)).toHaveText('Nil');
  // 2/ Declarations: "Nil.", not "There were no declarations."
  await page.keyboard.press('F8');
  await page.keyboard.press('Control+Alt+Shift+d');
  await expect(editor.locator('.mb-statement').nth(1)).toHaveText('Nil.');
  // 3/ The last minutes: the resolutions start with the style's label.
  await page.keyboard.press('F8');
  await page.keyboard.press('Control+Alt+a');
  await expect(editor.locator('.mb-resolutions-heading')).toHaveText('RESOLVED:');
  await page.keyboard.type('That the Minutes be deferred.');
  // One resolution alone: Gotham prints it without "1.", and so does the page.
  await expect.poll(() => markerOf(editor.locator('.mb-resolution'))).toBe('none');
  // 4/ A declaration whose member leaves: named as the style names them (no "Councillor"), and the style's leaving.
  await page.keyboard.press('F8');
  await page.keyboard.press('Control+Alt+d');
  await answer(page, 'Member declaring', 'wi', 'M. Wilkins');
  await answer(page, 'Kind of interest', 'pr', 'prejudicial');
  await answer(page, 'Agenda item it concerns', '');
  await page.keyboard.type('as a neighbour of the site.');
  // 8/ The application: proposed, seconded and voted on (one prompt takes the mover, the seconder and the counts).
  for (let item = 4; item < 8; item += 1) await page.keyboard.press('F8');
  await page.keyboard.press('Control+Alt+b');
  await answer(page, 'Moved by', 'an', 'J.P. Anderson');
  await answer(page, 'Seconded by', 'wi', 'M. Wilkins');
  await countVotes(page, [4, 0, 1]);
  await page.keyboard.press('Control+Alt+e');
  await answer(page, 'Meeting ended at', '2040');

  // Each lead as the page draws it, read as a screen reader reads the page (generated content included).
  const declaration = editor.locator('.mb-declaration');
  await expect(declaration).toHaveAttribute('data-lead', 'M. Wilkins declared a prejudicial interest');
  expect(await drawnText(declaration)).toBe(
    'M. Wilkins declared a prejudicial interest as a neighbour of the site. They left the meeting for this item and returned after it.',
  );
  const motion = editor.locator('.mb-motion[data-part="motion"]');
  await expect(motion).toHaveAttribute('data-lead', 'PROPOSED: J.P. Anderson SECONDED: M. Wilkins.');
  expect(await drawnText(motion)).toBe('PROPOSED: J.P. Anderson SECONDED: M. Wilkins. Vote: Four in favour, one abstention.');
  await expect(editor.locator('.mb-close')).toHaveText('Meeting closed at 8.40 pm');
  const sheet = await editor.ariaSnapshot();
  expect(sheet).toContain('PROPOSED: J.P. Anderson SECONDED: M. Wilkins.');
  expect(sheet).toContain('Vote: Four in favour, one abstention.');

  // The public PDF prints the same words (the vote records no motion's words, which the checks ask about: read and passed).
  const printed = (await exportPublicPdf(page, app, 'gotham-leads', true)).replace(/\s+/g, ' ');
  for (const words of [
    'Apologies: Nil Absent: H.Taylor, A. Clayworth',
    'Declaration on Interest: Nil.',
    'RESOLVED: That the Minutes be deferred.',
    'M. Wilkins declared a prejudicial interest as a neighbour of the site. They left the meeting for this item and returned after it.',
    'PROPOSED: J.P. Anderson SECONDED: M. Wilkins. Vote: Four in favour, one abstention.',
    'Meeting closed at 8.40 pm',
  ])
    expect(printed).toContain(words);
});

test('the editor shows Wirral’s “none” line and its motion with the vote inside “Resolved –”, as the public PDF prints them', async ({ app }) => {
  test.slow();
  const { page, table, workDir } = app;
  const committeeId = await knowCommittee(table, path.join(workDir, '..', 'app-data'), wirral);
  await startKnownMeeting(page, wirral, committeeId);
  await takeRegister(page, ['Shift+P']);
  const editor = editorOf(page);

  // 1 Minutes: the resolutions under the style's label.
  await page.keyboard.press('Control+Alt+a');
  await expect(editor.locator('.mb-resolutions-heading')).toHaveText('Resolved –');
  await page.keyboard.type('That the minutes be approved.');
  await expect.poll(() => markerOf(editor.locator('.mb-resolution'))).toBe('none');
  // 2 Declarations: none, in Wirral's words.
  await page.keyboard.press('F8');
  await page.keyboard.press('Control+Alt+Shift+d');
  await expect(editor.locator('.mb-statement')).toHaveText('No declarations of interest were made.');
  // 3 The application: the motion carried on the chair's casting vote, then its decision.
  await page.keyboard.press('F8');
  await page.keyboard.press('Control+Alt+b');
  await answer(page, 'Moved by', 'ke', 'Councillor Stuart Kelly');
  await answer(page, 'Seconded by', 'ber', 'Councillor B Berry');
  await countVotes(page, '7 7', 'For');
  const motionWords = 'On a motion by Councillor S Kelly and seconded by Councillor B Berry it was – Resolved (7:7 and on the chair’s casting vote) –';
  const motion = editor.locator('.mb-motion[data-part="motion"]');
  await expect(motion).not.toHaveAttribute('data-lead');
  await expect(motion).toHaveAttribute('data-summary', motionWords);
  // A planning application item: the decision is asked after the vote, in the same prompt. (Until it is given, the
  // motion reads "The motion was carried (…).", as the export would print it: house-style-leads-runs.test checks that.)
  await answer(page, 'Decision', 'le', 'Approved subject to a legal agreement and conditions');
  await page.keyboard.type(WIRRAL_DECISION);
  // The decision is what it resolved: the label with the vote inside, as printed before it.
  await expect(motion).not.toHaveAttribute('data-resolves');
  expect(await drawnText(motion)).toBe(motionWords);

  const printed = (await exportPublicPdf(page, app, 'wirral-leads', true)).replace(/\s+/g, ' ');
  for (const words of ['Resolved – That the minutes be approved.', 'No declarations of interest were made.', `${motionWords} ${WIRRAL_DECISION}`])
    expect(printed).toContain(words);
});
