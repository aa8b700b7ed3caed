// Structured blocks from the keyboard: slash menu, shortcuts, field prompts,
// minute numbers that follow reordering, undo/redo and paste across blocks.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { editorOf, expect, test } from './harness/app-test';
import { answer, holdFramesBack, slash } from './fixtures/clerk-keys';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { readMinutes } from '../../core/minutes/read-minutes';
import { plainText } from '../../core/minutes/rich-text-json';
import { createEmptyLexicalState, lexicalStateSchema } from '../../core/storage/lexical-state';
import { committeeDraftSchema } from '../../core/ipc/channels/meeting-channels';
import { meetingSchema } from '../../core/model/meeting';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { agendaItemJson, paragraphJson } from '../../core/minutes/serialized-nodes';

test('agenda items get minute numbers that follow reordering', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'order.minutes'), seed000Document(), 'order');
  const editor = editorOf(page);
  await editor.click();
  for (const title of ['Apologies for absence', 'Declarations of interest', 'Urgent business']) {
    await slash(page, 'agenda', 'Agenda item');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Notes under ${title}.`);
    await page.keyboard.press('Enter');
  }
  const headings = editor.locator('h2.mb-agenda-item');
  await expect(headings).toHaveText(['Apologies for absence', 'Declarations of interest', 'Urgent business']);
  await expect(headings.nth(2)).toHaveAttribute('data-minute-number', '3');

  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(headings).toHaveText(['Apologies for absence', 'Urgent business', 'Declarations of interest']);
  await expect(headings.nth(1)).toHaveAttribute('data-minute-number', '2');
  await expect(editor.locator('p').nth(1)).toHaveText('Notes under Urgent business.');

  await page.keyboard.press('Control+z');
  await expect(headings).toHaveText(['Apologies for absence', 'Declarations of interest', 'Urgent business']);
  await page.keyboard.press('Control+Shift+z');
  await expect(headings).toHaveText(['Apologies for absence', 'Urgent business', 'Declarations of interest']);
});

test('a copied declaration pastes as a declaration with its member and kind', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'paste.minutes'), seed000Document(), 'paste');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Alt+d');
  await answer(page, 'Member declaring', 'Boles', 'Councillor C Boles');
  await answer(page, 'Kind of interest', 'prej', 'prejudicial');
  await answer(page, 'Agenda item it concerns', '', 'The meeting as a whole');
  await page.keyboard.type('as a governor of the school.');
  await page.keyboard.press('Shift+Home');
  // The copy and paste events carry their own clipboard data, as a browser's would,
  // without depending on the system clipboard of the machine running the test.
  const copied = await editor.evaluate((element) => {
    const data = new DataTransfer();
    element.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return { json: data.getData('application/x-lexical-editor'), html: data.getData('text/html'), text: data.getData('text/plain') };
  });
  expect(copied.json).toContain('"type":"declaration"');
  expect(copied.html).toContain('data-block-fields');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await editor.evaluate((element, payload) => {
    const data = new DataTransfer();
    data.setData('application/x-lexical-editor', payload.json);
    data.setData('text/html', payload.html);
    data.setData('text/plain', payload.text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, copied);

  const declarations = editor.locator('.mb-declaration');
  await expect(declarations).toHaveCount(2);
  for (const index of [0, 1]) {
    await expect(declarations.nth(index)).toHaveText('as a governor of the school.');
    await expect(declarations.nth(index)).toHaveAttribute('data-lead', 'Councillor Boles declared a prejudicial interest');
    await expect(declarations.nth(index)).toHaveAttribute('data-left-room', 'true');
  }
  await page.keyboard.press('Control+z');
  await expect(declarations).toHaveCount(1);
});

test('Enter straight after the selection collapses keeps the words, before the browser reports the caret move', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'caret.minutes'), seed000Document(), 'caret');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.type('Members noted the report.');
  await page.keyboard.press('Shift+Home');
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe('Members noted the report.');
  await page.waitForTimeout(100);
  // Collapse and press Enter in one task, so no selectionchange event can reach the editor in between.
  await editor.evaluate((root) => {
    window.getSelection()!.collapseToEnd();
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  });
  await page.keyboard.type('Next paragraph.');
  await expect(editor.locator('p')).toHaveText(['Members noted the report.', 'Next paragraph.']);
});

test('an item typed just before a declaration is offered as the item it concerns, before the outline catches up', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'fresh.minutes'), seed000Document(), 'fresh');
  const editor = editorOf(page);
  await editor.focus();
  // The outline panel's store is refreshed once a frame; frames held back a second, as on a busy laptop.
  await holdFramesBack(page);
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('SCHOOL ADMISSIONS');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+d');
  await answer(page, 'Member declaring', 'Boles', 'Councillor C Boles');
  await answer(page, 'Kind of interest', 'personal', 'personal');
  await answer(page, 'Agenda item it concerns', 'admissions', '1 SCHOOL ADMISSIONS');
});

test('a key pressed straight after the caret moves to another paragraph acts there, not where the caret was', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'moved.minutes'), seed000Document(), 'moved');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.type('The first paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The second paragraph.');
  await page.waitForTimeout(100);
  // As a click does: the browser's caret moves to the end of the first paragraph, and Backspace
  // comes in the same task, before any selectionchange reaches the editor.
  await editor.evaluate((root) => {
    const text = [...root.querySelectorAll('p')].find((p) => p.textContent === 'The first paragraph.')!.firstChild!.firstChild!;
    window.getSelection()!.collapse(text, text.textContent!.length);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', keyCode: 8, bubbles: true, cancelable: true }));
  });
  await page.keyboard.type('!');
  await expect(editor.locator('p')).toHaveText(['The first paragraph!', 'The second paragraph.']);
});

test('the outline reorders items from the keyboard; actions and name checks list what the minutes say', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'panels.minutes'), seed000Document(), 'panels');
  const editor = editorOf(page);
  await editor.focus();
  for (const title of ['PUBLIC QUESTIONS', 'URGENT BUSINESS', 'DRAFT IMPROVEMENT PLAN']) {
    await page.keyboard.press('Control+Alt+i');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('Councillor Tarig explained the plan.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+t');
  await answer(page, 'Who will do it', 'Jean', 'Jeanette Richards');
  await answer(page, 'By when (e.g. 30 April 2022; blank for no date)', '30/4/2022');
  await page.keyboard.type('provide the cost of the campaign video');

  // Outline: the current item is highlighted; Alt+ArrowUp moves it and the numbers follow.
  await page.keyboard.press('Control+Shift+o');
  const outline = page.getByRole('navigation', { name: 'Agenda outline' });
  await expect(outline.locator('[aria-current="true"]')).toHaveText('3 DRAFT IMPROVEMENT PLAN');
  await outline.getByRole('option', { name: '3 DRAFT IMPROVEMENT PLAN' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(outline.getByRole('option')).toHaveText(['1 PUBLIC QUESTIONS', '2 DRAFT IMPROVEMENT PLAN', '3 URGENT BUSINESS']);
  await expect(editor.locator('h2.mb-agenda-item').nth(1)).toHaveAttribute('data-minute-number', '2');
  await expect(editor.locator('h2.mb-agenda-item').nth(2)).toHaveText('URGENT BUSINESS');
  await expect(editor.locator('h2.mb-agenda-item').nth(2)).toHaveAttribute('data-minute-number', '3');
  // The keyboard stays on the item moved; End, Home and the arrows walk the outline.
  const moved = outline.getByRole('option', { name: '2 DRAFT IMPROVEMENT PLAN' });
  await expect(moved).toBeFocused();
  await page.keyboard.press('End');
  await expect(outline.getByRole('option', { name: '3 URGENT BUSINESS' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(outline.getByRole('option', { name: '1 PUBLIC QUESTIONS' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(moved).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  // Dragging works too: the last item dropped on the first.
  await outline.getByRole('option').nth(2).dragTo(outline.getByRole('option').nth(0));
  await expect(outline.getByRole('option')).toHaveText(['1 URGENT BUSINESS', '2 PUBLIC QUESTIONS', '3 DRAFT IMPROVEMENT PLAN']);
  await page.keyboard.press('Control+z');
  await expect(outline.getByRole('option')).toHaveText(['1 PUBLIC QUESTIONS', '2 DRAFT IMPROVEMENT PLAN', '3 URGENT BUSINESS']);
  await editor.focus();

  await page.keyboard.press('Control+Shift+y');
  const actions = page.getByRole('table', { name: 'Actions' });
  await expect(actions.locator('tbody tr')).toHaveCount(1);
  await expect(actions.locator('tbody td')).toHaveText(['2', 'Jeanette Richards', 'provide the cost of the campaign video', '30 April 2022']);

  await page.keyboard.press('Control+Shift+k');
  const names = page.getByRole('list', { name: 'Name spellings to check' });
  await expect(names.getByRole('listitem')).toHaveText(['“Tarig” — did you mean “Tariq”? Change to Tariq']);
  await names.getByRole('button', { name: 'Change to Tariq' }).click();
  await expect(editor).toContainText('Councillor Tariq explained the plan.');
  await expect(names.getByRole('listitem')).toHaveCount(0);
});

test('a prejudicial interest records leaving the room and re-checks quorum for the item', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const document = seed000Document();
  const members = document.meeting.roster.filter((person) => person.voting);
  Object.assign(document.meeting, { quorum: members.length, attendance: members.map((person) => ({ personId: person.id, status: 'present' })) });
  await openDocument(page, dialogs, path.join(workDir, 'quorum.minutes'), document, 'quorum');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('SCHOOL ADMISSIONS');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+d');
  await answer(page, 'Member declaring', 'Boles', 'Councillor C Boles');
  await answer(page, 'Kind of interest', 'dpi', 'disclosable pecuniary');
  await answer(page, 'Agenda item it concerns', 'admissions', '1 SCHOOL ADMISSIONS');
  await page.keyboard.type('as his employer is the admissions authority.');
  await expect(editor.locator('.mb-declaration')).toHaveAttribute('data-left-room', 'true');

  await page.keyboard.press('Control+Shift+j');
  await expect(page.getByRole('table', { name: 'Register of interests' }).locator('tbody td')).toHaveText([
    'Councillor Boles',
    'disclosable pecuniary',
    '1 SCHOOL ADMISSIONS',
    'Yes',
  ]);
  await expect(page.getByRole('alert')).toContainText('1 SCHOOL ADMISSIONS: Councillor Boles leaves the room. For this item the meeting is not quorate');

  // The clerk records that he stayed after all (Ctrl+Alt+F): the register and the quorum follow.
  await editor.focus();
  await page.keyboard.press('Control+Alt+f');
  await answer(page, 'Member declaring', '', 'Councillor C Boles');
  await answer(page, 'Kind of interest', 'dpi', 'disclosable pecuniary');
  await answer(page, 'Agenda item it concerns', 'admissions', '1 SCHOOL ADMISSIONS');
  await answer(page, 'Did the member leave the room for the item?', 'stayed', 'Stayed in the room');
  await expect(editor.locator('.mb-declaration')).toHaveAttribute('data-left-room', 'false');
  await expect(page.getByRole('table', { name: 'Register of interests' }).locator('tbody td')).toHaveText([
    'Councillor Boles',
    'disclosable pecuniary',
    '1 SCHOOL ADMISSIONS',
    'No',
  ]);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a recorded vote asks each member present in turn; the result follows the names and the chair’s casting vote', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const document = seed000Document();
  const present = ['wright', 'boles', 'quinn'];
  Object.assign(document.meeting, {
    attendance: document.meeting.roster.map((person) => ({ personId: person.id, status: present.includes(person.id) ? 'present' : 'apologies' })),
  });
  await openDocument(page, dialogs, path.join(workDir, 'recorded.minutes'), document, 'recorded');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Alt+Shift+v');
  await answer(page, 'Moved by', 'Wright', 'Councillor S Wright');
  await answer(page, 'Seconded by', 'Quinn', 'Councillor D Quinn');
  await answer(page, 'Councillor Wright voted', 'f', 'For');
  await answer(page, 'Councillor Boles voted', 'ag', 'Against');
  await answer(page, 'Councillor Quinn voted', 'ab', 'Abstained');
  await answer(page, 'Chair’s casting vote (only on a tie)', 'for', 'For');
  await page.keyboard.type('That the report be noted.');
  const vote = editor.locator('.mb-vote');
  await expect(vote).toHaveText('That the report be noted.');
  await expect(vote).toHaveAttribute(
    'data-summary',
    'Moved by Councillor Wright, seconded by Councillor Quinn. For 1, against 1, abstentions 1: carried on the chair’s casting vote.',
  );

  // Editing (Ctrl+Alt+F) offers each member's vote as it stands; Quinn changes to against.
  await page.keyboard.press('Control+Alt+f');
  await answer(page, 'Moved by', '', 'Councillor S Wright');
  await answer(page, 'Seconded by', '', 'Councillor D Quinn');
  await answer(page, 'Councillor Wright voted', '', 'For');
  await answer(page, 'Councillor Boles voted', '', 'Against');
  await answer(page, 'Councillor Quinn voted', 'ag', 'Against');
  await page.keyboard.press('Escape');
  await expect(vote).toHaveAttribute('data-result', 'lost');
  await expect(vote).toHaveAttribute('data-summary', /For 1, against 2, abstentions 0: lost\.$/);
});

test('wording snippets fill what the meeting knows and ask for the rest from the keyboard', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const document = seed000Document();
  // The committee's own wording comes with the meeting's template wording.
  Object.assign(document.meeting, {
    wording: { resolutionsHeading: 'It was agreed:', snippets: [{ name: 'Call-in', text: 'The decision was called in by {member}.' }] },
  });
  await openDocument(page, dialogs, path.join(workDir, 'snippets.minutes'), document, 'snippets');
  const editor = editorOf(page);
  await editor.focus();
  // The meeting does not know when the previous meeting was: the clerk is asked.
  await slash(page, 'previous minutes', 'Wording: Previous minutes approved');
  await answer(page, 'Previous date (e.g. 19 January 2022)', '19/13/2022');
  await expect(page.locator('.mb-field-prompt-hint')).toHaveText('Type a date such as 19 January 2022 or 19/1/2022, or leave it blank.');
  await page.keyboard.press('Control+a');
  await answer(page, 'Previous date (e.g. 19 January 2022)', '19/1/2022');
  await expect(editor.locator('p').first()).toHaveText('The minutes of the meeting held on 19 January 2022 were approved as a correct record.');

  await page.keyboard.press('Enter');
  await slash(page, 'wording in response', 'Wording: In response to a question');
  await answer(page, 'Member', 'Lanc', 'Councillor J Lancaster');
  await answer(page, 'Topic', 'agile working');
  await answer(page, 'Officer', 'Jean', 'Jeanette Richards');
  await page.keyboard.type('staff were consulted.');
  await expect(editor.locator('p').nth(1)).toHaveText(
    'In response to Councillor Lancaster’s question around agile working, Jeanette Richards explained that staff were consulted.',
  );

  await page.keyboard.press('Enter');
  await slash(page, 'call', 'Wording: Call-in');
  await answer(page, 'Member', 'Boles', 'Councillor C Boles');
  await expect(editor.locator('p').nth(2)).toHaveText('The decision was called in by Councillor Boles.');
});

test('questions and a cabinet decision by their parts; next and previous item and the time stamp from the keyboard', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'parts.minutes');
  await openDocument(page, dialogs, filePath, seed000Document(), 'parts');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('PUBLIC QUESTIONS');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+q');
  // Someone not on the roster asks; the answer comes from an officer who is.
  await answer(page, 'Asked by', 'Mr A Resident');
  await answer(page, 'Answered by', 'Richards', 'Jeanette Richards');
  for (const line of ['When will the car park reopen?', 'In the spring.']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('IMPROVEMENT PLAN');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+c');
  // Enter on an empty part moves on: decision, reasons, other options, then ordinary text.
  for (const part of ['To approve the plan.', 'It answers the inspection.', 'To defer the plan.']) {
    await page.keyboard.type(part);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('The meeting moved on.');

  await page.keyboard.press('Control+Alt+p');
  await page.keyboard.type(' (sent by email)');
  await page.keyboard.press('Control+Alt+n');
  await page.keyboard.type(' Agreed at ');
  await page.keyboard.press('Control+Alt+s');
  await page.keyboard.type('.');

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(filePath, 'utf8'));
  const [questions, plan] = readMinutes(lexicalStateSchema.parse(saved.content), saved.meeting).items;
  expect(questions!.blocks).toEqual([
    {
      kind: 'question',
      audience: 'public',
      askedBy: { personId: null, name: 'Mr A Resident' },
      question: [{ text: 'When will the car park reopen? (sent by email)' }],
      response: [{ text: 'In the spring.' }],
      respondent: { personId: 'richards', name: 'Jeanette Richards' },
    },
  ]);
  const decision = plan!.blocks[0]!;
  expect(decision).toMatchObject({
    kind: 'cabinet-decision',
    reasons: [[{ text: 'It answers the inspection.' }]],
    alternatives: [[{ text: 'To defer the plan.' }]],
  });
  expect(decision.kind === 'cabinet-decision' && decision.decision.map(plainText)).toEqual([
    expect.stringMatching(/^To approve the plan\. Agreed at \d{1,2}(\.\d{2})? (am|pm)\.$/),
  ]);
  expect(plan!.blocks.slice(1)).toEqual([{ kind: 'paragraph', text: [{ text: 'The meeting moved on.' }] }]);
});

test('the shortcut sheet lists every block shortcut; items are marked exempt and urgent from the keyboard', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'sheet.minutes'), seed000Document(), 'sheet');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Ctrl+Alt+DDeclaration of interest');
  await expect(sheet).toContainText('Ctrl+Alt+Shift+QThere were no public questions');
  await expect(sheet).toContainText('Ctrl+Alt+NGo to the next agenda item');
  await expect(sheet).toContainText('Ctrl+Alt+Shift+YThere were no apologies for absence');
  await expect(sheet).toContainText('Ctrl+Alt+Shift+VRecorded (named) vote');
  // Every command the editor answers to by a shortcut has its row, keys then title.
  const rows = await sheet.locator('tbody tr').evaluateAll((cells) => cells.map((row) => row.textContent));
  const blockShortcuts = minutesCommands(meetingSchema.parse(seed000Document().meeting)).filter((command) => command.shortcut !== null);
  expect(blockShortcuts.length).toBeGreaterThan(20);
  expect(rows).toEqual(expect.arrayContaining(blockShortcuts.map((command) => `${command.shortcut}${command.title}`)));
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Alt+Shift+y');
  await expect(editor.locator('p').first()).toHaveText('There were no apologies for absence.');

  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('STAFFING RESTRUCTURE');
  await page.keyboard.press('Control+Alt+x');
  await answer(page, 'Exempt: Schedule 12A paragraph (e.g. 3; blank for a public item)', '9');
  await expect(page.locator('.mb-field-prompt-hint')).toHaveText('Type the paragraph number, 1 to 7.');
  await page.keyboard.press('Control+a');
  await answer(page, 'Exempt: Schedule 12A paragraph (e.g. 3; blank for a public item)', '1');
  await page.keyboard.press('Control+Alt+u');
  const heading = editor.locator('h2.mb-agenda-item');
  await expect(heading).toHaveAttribute('data-exempt', '1');
  await expect(heading).toHaveAttribute('data-urgent', 'true');
  await page.keyboard.press('Control+z');
  await expect(heading).toHaveAttribute('data-urgent', 'false');
});

test('apologies come from the attendance roll with their reasons, editable as text', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const document = seed000Document();
  document.meeting.roster.push({
    id: 'murphy',
    title: '',
    name: 'Georgia Murphy',
    role: 'youth-representative',
    jobTitle: 'Youth Cabinet Chair',
    voting: false,
    retired: false,
  });
  Object.assign(document.meeting, {
    attendance: [
      { personId: 'murphy', status: 'apologies', reason: 'school exams' },
      { personId: 'quinn', status: 'apologies' },
    ],
  });
  await openDocument(page, dialogs, path.join(workDir, 'apologies.minutes'), document, 'apologies');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('APOLOGIES FOR ABSENCE');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+y');
  const apologies = editor.locator('.mb-apology');
  await expect(apologies).toHaveText(['school exams', '']);
  await expect(apologies.first()).toHaveAttribute('data-lead', 'Apologies: Georgia Murphy — Youth Cabinet Chair\u00a0—');
  await expect(apologies.nth(1)).toHaveAttribute('data-lead', 'Apologies: Councillor Quinn\u00a0—');
  await page.keyboard.type('work commitments');
  await expect(apologies.nth(1)).toHaveText('work commitments');
});

test('an undefined acronym is listed until the clerk adds it to the glossary, which is saved with the meeting and its committee, and spelt right', async ({
  app,
}) => {
  const { page, dialogs, workDir, table } = app;
  const filePath = path.join(workDir, 'acronyms.minutes');
  const { committee } = await table['meeting/save-committee'](
    { committee: committeeDraftSchema.parse({ id: '', name: 'Children and Young People Scrutiny Committee' }) },
    { windowId: 1 },
  );
  const document = seed000Document();
  Object.assign(document.meeting, { committeeId: committee.id });
  await openDocument(page, dialogs, filePath, document, 'acronyms');
  // The roster's names are words to the spellchecker, not misspellings.
  await expect.poll(() => app.spellingWords).toEqual(expect.arrayContaining(['Tariq', 'Jeanette', 'Richards']));
  expect(app.spellingWords).not.toContain('ILAC');
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.type('The ILAC inspection and the DfE advisor were discussed.');
  await page.keyboard.press('Control+Shift+k');
  const acronyms = page.getByRole('list', { name: 'Undefined acronyms' });
  await expect(acronyms.getByRole('listitem')).toHaveText(['ILAC Define…', 'DfE Define…']);
  await acronyms.getByRole('button', { name: 'Define…' }).first().click();
  await page.keyboard.type('Inspection of Local Authority Children’s Services');
  await page.keyboard.press('Enter');
  await expect(acronyms.getByRole('listitem')).toHaveText(['DfE Define…']);
  await expect.poll(() => app.spellingWords).toEqual(expect.arrayContaining(['ILAC', 'ILACs']));
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(filePath, 'utf8'));
  expect(saved.meeting.glossary).toEqual([{ acronym: 'ILAC', meaning: 'Inspection of Local Authority Children’s Services' }]);
  // The committee's next meeting starts with the definition.
  const { committees } = await table['meeting/setup']({}, { windowId: 1 });
  expect(committees.find((entry) => entry.id === committee.id)?.glossary).toEqual(saved.meeting.glossary);
});

test('a prompt opens with its starting value selected, so the figure typed replaces it', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'counts.minutes'), seed000Document(), 'counts');
  await editorOf(page).focus();
  await page.keyboard.press('Control+Alt+v');
  await answer(page, 'Moved by', 'Boles', 'Councillor C Boles');
  await answer(page, 'Seconded by', 'Lanc', 'Councillor J Lancaster');
  const votesFor = page.getByRole('dialog', { name: 'Votes for' }).locator('input');
  await expect(votesFor).toHaveValue('0');
  // No Ctrl+A first: "12" replaces the "0" the count starts at (before, it read "012").
  await page.keyboard.type('12');
  await expect(votesFor).toHaveValue('12');
  await page.keyboard.press('Enter');
  const against = page.getByRole('dialog', { name: 'Votes against' }).locator('input');
  await expect(against).toHaveValue('0');
  await page.keyboard.type('3');
  await expect(against).toHaveValue('3');
});

test('the next item’s caret lands after its standing wording, so a block shortcut there leaves the wording alone', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const wording = 'Members were asked whether they had any interests to declare.';
  const content = {
    root: {
      ...createEmptyLexicalState().root,
      children: [
        agendaItemJson({ itemId: 'item-minutes', title: 'Minutes', standing: 'previous-minutes' }),
        paragraphJson('The minutes were approved.'),
        agendaItemJson({ itemId: 'item-declarations', title: 'Declarations of interest', standing: 'declarations' }),
        paragraphJson(wording),
        agendaItemJson({ itemId: 'item-school', title: 'School admissions' }),
        paragraphJson(''),
      ],
    },
  };
  await openDocument(page, dialogs, path.join(workDir, 'standing.minutes'), seed000Document(content), 'standing');
  const editor = editorOf(page);
  await editor.locator('p', { hasText: 'The minutes were approved.' }).click();
  await page.keyboard.press('Control+Alt+n');
  // Typing goes on a fresh line under the wording, not into its sentence.
  await page.keyboard.press('Control+Alt+d');
  await answer(page, 'Member declaring', 'Boles', 'Councillor C Boles');
  await answer(page, 'Kind of interest', '', 'personal');
  await answer(page, 'Agenda item it concerns', '3', '3 School admissions');
  await page.keyboard.type('as a governor of the school.');
  await expect(editor.locator('p:not(.mb-block)', { hasText: wording })).toHaveText(wording);
  await expect(editor.locator('.mb-declaration')).toHaveCount(1);
  await expect(editor.locator('.mb-declaration')).not.toContainText(wording);
});
