// A clerk sets up seed 000's committee by pasting its roster, starts the
// March meeting from the committee template, takes the register by keyboard,
// and the heading of the minutes writes itself; all of it survives save and reopen.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { clickMenu } from './harness/bridge';
import { showStep } from './fixtures/new-meeting-steps';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { editorOf, expect, test } from './harness/app-test';
import { SEED_000_HEADING, SEED_000_ROSTER_LINES } from '../core/model/seed-000-roster';
import { choiceNamed, choose, chosenValue, optionsOf } from './fixtures/choices';

async function startSeedMeeting(page: Page) {
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toBeFocused();
  await expect(choiceNamed(dialog, 'Committee')).toHaveText('Set up a new committee…');
  expect(await chosenValue(choiceNamed(dialog, 'Committee'))).toBe('__new__');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Children and Young People Scrutiny Committee');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bury Council');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CYP');
  await dialog.getByLabel('Quorum (voting members)').fill('4');
  await dialog.getByLabel('Paste names, one a line').fill(SEED_000_ROSTER_LINES);
  await dialog.getByRole('button', { name: 'Add these people' }).press('Enter');
  await expect(dialog.getByTestId('roster-person')).toHaveCount(15);
  await expect(choiceNamed(dialog, 'Template')).toHaveText('Committee');
  expect(await chosenValue(choiceNamed(dialog, 'Template'))).toBe('committee');
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2022-03-23');
  await dialog.getByLabel('Venue').fill('Bury Town Hall');
  await showStep(dialog, 'Items of business');
  await dialog.getByLabel(/Items of business/).fill('Draft Bury Children Services Improvement Plan — Report of the Executive Director');
  await dialog.getByRole('button', { name: 'Start the meeting' }).press('Enter');
  await expect(dialog).toBeHidden();
}

/** Ctrl+Shift+A has given the register in the Attendance panel the keyboard. */
async function focusRegister(page: Page) {
  const list = page.getByRole('tabpanel', { name: 'Attendance' }).getByRole('grid', { name: 'Attendance' });
  await expect(list).toBeFocused();
  return list;
}

async function headingTexts(page: Page): Promise<Array<{ label: string; text: string }>> {
  const lines = page.getByTestId('heading-line');
  const count = await lines.count();
  const out = [];
  for (let index = 0; index < count; index += 1) {
    out.push({ label: (await lines.nth(index).locator('dt').textContent()) ?? '', text: (await lines.nth(index).locator('dd').textContent()) ?? '' });
  }
  return out;
}

test('a committee set up from a pasted roster, a meeting from its template, the register by keyboard, the heading written, saved and reopened', async ({
  app,
}) => {
  const { page, dialogs, workDir } = app;
  await startSeedMeeting(page);

  const editor = editorOf(page);
  await expect(editor).toContainText('Apologies for absence');
  await expect(editor).toContainText('Apologies for absence are noted above.');
  await expect(editor).toContainText('Draft Bury Children Services Improvement Plan');
  await expect(editor).toContainText('Urgent business');
  // Not yet in a file: either state, as the recovery journal may already hold it on a slow machine…
  await expect(page.getByTestId('save-state')).toHaveText(/^(Unsaved changes|Kept safe, not yet named)$/);
  // …and within a second or two the journal does, before a key is typed: a meeting just set up is not lost.
  await expect(page.getByTestId('save-state')).toHaveText('Kept safe, not yet named');

  // The register: Ctrl+Shift+A, then one key a person down the roster, as pasted.
  await page.keyboard.press('Control+Shift+A');
  const quorum = page.getByTestId('quorum');
  await expect(quorum).toHaveText(
    'The meeting is not quorate: 0 voting members present, 4 needed. Decisions cannot be taken until 4 more voting members are present.',
  );
  await focusRegister(page);
  await page.keyboard.press('P');
  await expect(page.getByTestId('header-quorum-warning')).toContainText('not quorate: 1 voting member present, 4 needed');
  for (const key of 'PPPPPPPPPPAPPP') await page.keyboard.press(key);
  await expect(page.getByTestId('header-quorum-warning')).toBeHidden();
  await expect(quorum).toHaveText('Quorate: 10 voting members present, 4 needed.');
  await choose(choiceNamed(page, 'Members of the public'), 'None present');

  expect(await headingTexts(page)).toEqual(SEED_000_HEADING);

  // A late arrival is stamped with the time and the item the caret is in.
  await editor.getByText('Draft Bury Children Services Improvement Plan').click();
  await expect(editor).toBeFocused();
  // The editor may settle its selection just after the click; press again if it took focus back.
  await expect(async () => {
    await page.keyboard.press('Control+Shift+A');
    await expect(page.getByRole('grid', { name: 'Attendance' })).toBeFocused({ timeout: 1000 });
  }).toPass();
  const list = await focusRegister(page);
  await page.keyboard.press('Home');
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('row', { selected: true })).toContainText('Councillor L McBriar');
  await page.keyboard.press('L');
  const lateLine = page.getByTestId('minutes-heading').getByText(/^Councillor L McBriar arrived at \d{1,2}\.\d{2} (am|pm) during item CYP\.5\.$/);
  await expect(lateLine).toBeVisible();
  const lateText = await lateLine.textContent();

  const filePath = path.join(workDir, 'CYP 23 March 2022.minutes');
  dialogs.answerNextSave(filePath);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(filePath, 'utf8'));
  expect(saved.meeting).toMatchObject({
    committeeName: 'Children and Young People Scrutiny Committee',
    numbering: { kind: 'prefixed', prefix: 'CYP', firstNumber: 1 },
    quorum: 4,
  });
  expect(saved.meeting.attendance).toHaveLength(15);

  await app.reload();
  await expect(page.getByTestId('minutes-heading')).toBeHidden();
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('CYP 23 March 2022');
  const reopened = await headingTexts(page);
  expect(reopened.filter((line) => line.text !== lateText)).toEqual(SEED_000_HEADING);
  expect(reopened.map((line) => line.text)).toContain(lateText);
  await expect(editorOf(page)).toContainText('Draft Bury Children Services Improvement Plan');
  await page.keyboard.press('Control+Shift+A');
  await expect(page.getByTestId('attendee').filter({ hasText: 'Georgia Murphy' })).toContainText('Apologies');

  // The committee was kept: the next meeting (from the File menu this time) offers it.
  await clickMenu(page, 'new-meeting');
  const next = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(next, 'Committee')).toHaveText('Children and Young People Scrutiny Committee');
  expect(await chosenValue(choiceNamed(next, 'Committee'))).toBe('children-and-young-people-scrutiny-committee');
  await next.getByRole('button', { name: /Change this committee/ }).press('Enter');
  await expect(next.getByTestId('roster-person')).toHaveCount(15);
  await expect(next.getByLabel('Last minute number used this municipal year')).toHaveValue('6');
  await page.keyboard.press('Escape');
  await expect(next).toBeHidden();
});

test('a broken template of the council’s own is named with its fix, and the others are still offered', async ({ app }) => {
  const { page, workDir } = app;
  const ownTemplates = path.join(workDir, '..', 'app-data', 'templates');
  await mkdir(ownTemplates, { recursive: true });
  await writeFile(
    path.join(ownTemplates, 'planning.json'),
    JSON.stringify({ formatVersion: 1, name: 'Planning', numbering: 'roman', items: [{ kind: 'business' }] }),
  );
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(dialog).toContainText('Template “planning.json”: field “numbering” is not right. Fix: use one of "committee-prefix", "plain".');
  expect(await optionsOf(choiceNamed(dialog, 'Template'))).toEqual([
    'Committee',
    'Cabinet',
    'Overview and scrutiny',
    'Planning committee',
    'Parish council',
    'Blank',
  ]);
});

/** A small Licensing Committee (chair A Zephyr, B Young, C Xavier; quorum 2) meeting on 15 June 2022. */
async function startLicensingMeeting(page: Page, template: string) {
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(choiceNamed(dialog, 'Committee')).toBeFocused();
  await dialog.getByLabel('Committee name').fill('Licensing Committee');
  await dialog.getByLabel('Quorum (voting members)').fill('2');
  await dialog.getByLabel('Paste names, one a line').fill('Councillor A Zephyr (Chair)\nCouncillor B Young\nCouncillor C Xavier');
  await dialog.getByRole('button', { name: 'Add these people' }).click();
  await choose(choiceNamed(dialog, 'Template'), template);
  await showStep(dialog, 'Date and place');
  await dialog.getByLabel('Date').fill('2022-06-15');
  await dialog.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(dialog).toBeHidden();
}

test('the roster is edited during the meeting, a substitute stands in, apologies carry a reason, and the heading follows', async ({ app }) => {
  const { page } = app;
  // The parish council template lays the heading out its own way and words resolutions "Resolved:".
  await startLicensingMeeting(page, 'Parish council');

  await page.keyboard.press('Control+Shift+A');
  const panel = page.getByTestId('attendance-panel');
  await panel.getByRole('button', { name: 'Edit roster' }).click();
  const roster = panel.getByTestId('roster-editor');
  await roster.getByRole('button', { name: 'Add a person' }).click();
  // The new person's name takes the focus, selected, to be typed over.
  await expect(roster.getByLabel('Name of New member')).toBeFocused();
  await page.keyboard.type('D Wells');
  await choose(choiceNamed(roster, 'Role of D Wells'), 'Substitute');
  await roster.getByRole('button', { name: 'Move D Wells up' }).click();
  await expect(
    roster
      .getByTestId('roster-person')
      .nth(2)
      .getByLabel(/^Name of/),
  ).toHaveValue('D Wells');
  await roster
    .getByTestId('roster-person')
    .filter({ has: page.getByLabel('Name of C Xavier') })
    .getByRole('button', { name: 'Retire' })
    .click();
  await panel.getByRole('button', { name: 'Keep this roster for the committee' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'roster' })).toHaveText('Licensing Committee now has this roster; its next meeting starts with it.');
  await panel.getByRole('button', { name: 'Close roster' }).click();

  // Retired people are not offered for the register; the substitute stands in for the member with apologies.
  await expect(panel.getByTestId('attendee')).toHaveText([/A Zephyr/, /B Young/, /D Wells/]);
  const list = panel.getByRole('grid', { name: 'Attendance' });
  await list.focus();
  await page.keyboard.press('P');
  await page.keyboard.press('A');
  // Marking moved the register on to D Wells; R still gives B Young's reason, and Enter goes back to the register.
  await expect(list.getByRole('row', { selected: true })).toContainText('D Wells');
  await page.keyboard.press('R');
  await expect(panel.getByLabel("Reason for B Young's apologies")).toBeFocused();
  await page.keyboard.type('work commitments');
  await page.keyboard.press('Enter');
  await expect(list).toBeFocused();
  await page.keyboard.press('S');
  await expect(panel.getByTestId('attendee').nth(2)).toContainText('Substitute for Councillor B Young');
  // The member stood in for is the design system's choice, inside the grid: its keys stay in it (P is not a mark in
  // the register there), the arrows step through the members, and Escape goes back to the register.
  const standsInFor = choiceNamed(panel, 'Whom D Wells substitutes for');
  await expect(standsInFor).toHaveText('Councillor B Young');
  expect(await optionsOf(standsInFor)).toEqual(['Councillor A Zephyr', 'Councillor B Young']);
  await standsInFor.focus();
  await page.keyboard.press('P');
  await page.keyboard.press('ArrowLeft');
  await expect(standsInFor).toHaveText('Councillor A Zephyr');
  await expect(panel.getByTestId('attendee').nth(2)).toContainText('Substitute for Councillor A Zephyr');
  await page.keyboard.press('ArrowRight');
  await expect(standsInFor).toHaveText('Councillor B Young');
  await page.keyboard.press('Escape');
  await expect(list).toBeFocused();
  await expect(list.getByRole('row', { selected: true })).toContainText('D Wells');
  await expect(page.getByTestId('quorum')).toHaveText('Quorate: 2 voting members present, 2 needed.');

  const heading = page.getByTestId('minutes-heading');
  await expect(heading.locator('dd')).toHaveText([
    'Licensing Committee',
    '15 June 2022',
    'Councillor A Zephyr (Chair)',
    'Councillor D Wells (substitute for Councillor B Young)',
    'Councillor B Young (work commitments)',
  ]);
  await expect(heading.locator('dt')).toHaveText(['Minutes of the meeting of', 'Held on', 'Present:', '', 'Apologies:']);

  const editor = editorOf(page);
  await editor.getByText('Apologies for absence are noted above.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Alt+A');
  await expect(editor.locator('.mb-resolutions-heading')).toHaveText('Resolved:');

  // The committee kept the changed roster: the next meeting offers it, C Xavier retired.
  await page.keyboard.press('Control+Shift+M');
  const next = page.getByRole('dialog', { name: 'New meeting' });
  await next.getByRole('button', { name: /Change this committee/ }).click();
  const people = next.getByTestId('roster-person');
  await expect(people).toHaveCount(4);
  for (const [index, name] of ['A Zephyr', 'B Young', 'D Wells', 'C Xavier'].entries())
    await expect(people.nth(index).getByLabel(/^Name of/)).toHaveValue(name);
  await expect(people.nth(3).getByRole('button', { name: 'Restore' })).toBeVisible();
});

test('with the chair away a member takes the Chair, a late arrival is corrected, the public in the clerk’s words, and the meeting’s shape saved as a template', async ({
  app,
}) => {
  const { page } = app;
  await startLicensingMeeting(page, 'Committee');
  await page.keyboard.press('Control+Shift+A');
  const list = await focusRegister(page);
  const panel = page.getByTestId('attendance-panel');
  await page.keyboard.press('A');
  await page.keyboard.press('C');
  await expect(panel.getByTestId('attendee').nth(1)).toContainText('Present, in the Chair');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('L');
  // Pressed a little late: the clerk puts the time and item right.
  await panel.getByLabel('Time C Xavier arrived').fill('18:20');
  await panel.getByLabel('Item when C Xavier arrived').fill('2');
  await page.keyboard.press('Enter');
  await expect(list).toBeFocused();

  // A count is a whole-number field: a letter is not taken, and the heading follows the number as it is typed.
  await choose(choiceNamed(panel, 'Members of the public'), 'A number present');
  const count = panel.getByRole('textbox', { name: 'How many members of the public' });
  await expect(count).toHaveValue('1');
  await count.press('Control+a');
  await count.pressSequentially('1x2');
  await expect(count).toHaveValue('12');
  await expect(page.getByTestId('minutes-heading')).toContainText('There were 12 members of the public present at the meeting.');

  await choose(choiceNamed(panel, 'Members of the public'), 'In my own words');
  const words = panel.getByLabel('Public attendance in your words');
  await words.press('Control+a');
  await words.press('Backspace');
  await expect(words).toHaveValue('');
  await words.pressSequentially('Two residents attended for item 2.');

  const heading = page.getByTestId('minutes-heading');
  await expect(heading.locator('dd')).toHaveText([
    'LICENSING COMMITTEE',
    '15 June 2022',
    'Councillor B Young (in the Chair)',
    'Councillor C Xavier',
    'Councillor C Xavier arrived at 6.20 pm during item 2.',
    'Two residents attended for item 2.',
    'Councillor A Zephyr',
  ]);

  // One click marks a person too: C Xavier did not come after all.
  await panel.getByRole('button', { name: 'Absent: C Xavier' }).click();
  await expect(heading.locator('dt').last()).toHaveText('Absent:');
  await expect(heading.locator('dd').last()).toHaveText('Councillor C Xavier');
  await expect(heading).not.toContainText('arrived at');

  // All of it survives save and reopen.
  const before = await headingTexts(page);
  const filePath = path.join(app.workDir, 'licensing.minutes');
  app.dialogs.answerNextSave(filePath);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await app.reload();
  app.dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('licensing');
  expect(await headingTexts(page)).toEqual(before);
  expect(before.map((line) => line.text)).toContain('Councillor B Young (in the Chair)');
  await page.keyboard.press('Control+Shift+A');

  await panel.getByLabel('New template name').fill('Licensing');
  await panel.getByRole('button', { name: 'Save as template' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'template' })).toHaveText('Saved the template “Licensing”. It is offered for new meetings.');
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await choose(choiceNamed(dialog, 'Template'), 'Licensing (your own)');
  await expect(dialog.locator('.mb-template-outline')).toHaveText(
    'Apologies for absence · Declarations of interest · Public questions · Member questions · … · Urgent business',
  );
});

test('a meeting of a known committee starts in under 30 keys, from its own template and venue, with the caret ready under the first item', async ({ app }) => {
  const { page, table } = app;
  const known = (name: string, defaultVenue: string) => ({
    id: '',
    name,
    councilName: 'Bury Council',
    roster: [],
    quorum: 0,
    glossary: [],
    snippets: [],
    numberingPrefix: '',
    lastMinuteNumber: 0,
    lastMeetingDate: '',
    defaultVenue,
    defaultTemplateId: 'committee',
    houseStyleId: null,
  });
  await table['meeting/save-committee']({ committee: known('Finance Committee', 'Committee Room 1') }, { windowId: 1 });
  const { committee } = await table['meeting/save-committee']({ committee: known('Licensing Committee', 'Bury Town Hall') }, { windowId: 1 });

  // Every key the clerk presses or types is counted.
  let keys = 0;
  const press = async (key: string) => {
    keys += 1;
    await page.keyboard.press(key);
  };
  const type = async (text: string) => {
    keys += [...text].length;
    await page.keyboard.type(text);
  };

  await press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  const chooser = choiceNamed(dialog, 'Committee');
  await expect(chooser).toBeFocused();
  // The committee by its first letter, without opening the list.
  await press('L');
  await expect(chooser).toHaveText('Licensing Committee');
  expect(await chosenValue(chooser)).toBe(committee.id);
  await expect(chooser).toHaveAttribute('aria-expanded', 'false');
  // The committee's own template comes with it; Enter on the choice goes on to the date, which has the focus.
  await expect(choiceNamed(dialog, 'Template')).toHaveText('Committee');
  expect(await chosenValue(choiceNamed(dialog, 'Template'))).toBe('committee');
  await press('Enter');
  const date = dialog.getByLabel('Date', { exact: true });
  await expect(date).toBeFocused();
  // And its venue.
  await expect(dialog.getByLabel('Venue')).toHaveValue('Bury Town Hall');
  await press('Control+a');
  await type('23/03/2022');
  // The items of business are optional: Ctrl+Enter starts the meeting from any step.
  await press('Control+Enter');
  await expect(dialog).toBeHidden();
  expect(keys).toBeLessThan(30);
  await expect(page.getByTestId('minutes-heading')).toContainText('23 March 2022');

  // Typing straight away lands under the first item, not at the top of the minutes or nowhere.
  const editor = editorOf(page);
  await expect(editor).toBeFocused();
  await page.keyboard.type(' Councillor Young sent apologies.');
  const firstItem = editor.locator('h2.mb-agenda-item').first();
  await expect(firstItem).toHaveText('Apologies for absence');
  await expect(firstItem.locator('xpath=following-sibling::*[1]')).toHaveText('Apologies for absence are noted above. Councillor Young sent apologies.');
});

test('Shift+P in the register marks everyone not yet marked as present, leaving those already marked as they are', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'register.minutes'), seed000Document(), 'register');
  await page.keyboard.press('Control+Shift+A');
  const register = page.getByRole('grid', { name: 'Attendance' });
  await expect(register).toBeFocused();
  // The first sent apologies; the rest are all in the room.
  await page.keyboard.press('A');
  await page.keyboard.press('Shift+P');
  const rows = register.getByRole('row');
  await expect(rows.first()).toHaveClass(/mb-attendee-apologies/);
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  for (let index = 1; index < count; index += 1) await expect(rows.nth(index)).toHaveClass(/mb-attendee-present/);
});

test('Ctrl+Shift+A gives the register the keyboard at once, on the first person not yet marked', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'register-opens.minutes'), seed000Document(), 'register-opens');
  await page.keyboard.press('Control+Shift+A');
  const register = page.getByRole('grid', { name: 'Attendance' });
  await expect(register).toBeFocused();
  const rows = register.getByRole('row');
  await expect(rows.first()).toHaveClass(/mb-attendee-unmarked/);
  // The first letter marks, no Tab first.
  await page.keyboard.press('P');
  await page.keyboard.press('A');
  await expect(rows.nth(0)).toHaveClass(/mb-attendee-present/);
  await expect(rows.nth(1)).toHaveClass(/mb-attendee-apologies/);
  // Away to the minutes and another panel; back in the register, the next person to call is chosen.
  await page.keyboard.press('Escape');
  await expect(editorOf(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+Y');
  await expect(page.getByRole('tabpanel', { name: 'Actions' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editorOf(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+A');
  await expect(register).toBeFocused();
  await expect(register.getByRole('row', { selected: true })).toHaveCount(1);
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('P');
  await expect(rows.nth(2)).toHaveClass(/mb-attendee-present/);
  // F7 does the same in one key: a late arrival marked mid-sentence.
  await page.keyboard.press('Escape');
  await expect(editorOf(page)).toBeFocused();
  await page.keyboard.press('F7');
  await expect(register).toBeFocused();
  await expect(rows.nth(3)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('P');
  await expect(rows.nth(3)).toHaveClass(/mb-attendee-present/);
});
