// The clerk takes seed 000's minutes (Children and Young People Scrutiny
// Committee, 23 March 2022) from the keyboard alone: shortcuts, the slash
// menu, field prompts and name completion. The saved file is read back with
// readMinutes and must hold the structured blocks, then the file is reopened.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { plainText } from '../../core/minutes/rich-text-json';
import { answer, slash, takeVote } from './fixtures/clerk-keys';
import { typeSegments } from './fixtures/clerk-typing';
import { discussion, resolutions, segmentText } from './fixtures/seed-000-script';
import { openDocument, seed000Document } from './fixtures/seed-000-meeting';
import { editorOf, expect, test } from './harness/app-test';
import { saveAndReadBack } from './fixtures/saved-minutes';

async function item(page: Page, title: string) {
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

async function declaration(page: Page, member: string, choice: string, reason: string) {
  await page.keyboard.press('Control+Alt+d');
  await answer(page, 'Member declaring', member, choice);
  await answer(page, 'Kind of interest', '', 'personal');
  await answer(page, 'Agenda item it concerns', '', 'The meeting as a whole');
  await page.keyboard.type(reason);
  await page.keyboard.press('Enter');
}

test('seed 000 taken from the keyboard alone, saved as structured blocks and reopened', async ({ app }) => {
  test.setTimeout(240_000);
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'cyp-2022-03-23.minutes');
  const meetingDocument = seed000Document();
  await openDocument(page, dialogs, filePath, meetingDocument, 'cyp-2022-03-23');
  await editorOf(page).focus();

  await item(page, 'APOLOGIES FOR ABSENCE');
  await page.keyboard.type('Apologies for absence are noted above.');
  await page.keyboard.press('Enter');

  await slash(page, 'agenda', 'Agenda item');
  await page.keyboard.type('DECLARATIONS OF INTEREST');
  await page.keyboard.press('Enter');
  await declaration(page, 'Lanc', 'Councillor J Lancaster', 'as she is a member of Bury2gether.');
  await declaration(page, 'Wright', 'Councillor S Wright', 'as his wife works with SEN Children in a local school.');
  await declaration(page, 'Boles', 'Councillor C Boles', 'as he works at a school, which also has a site in Bury.');

  await item(page, 'PUBLIC QUESTIONS');
  await page.keyboard.press('Control+Alt+Shift+q');
  await page.keyboard.press('Enter');
  await item(page, 'MEMBER QUESTION');
  await slash(page, 'no member', 'There were no member questions');
  await page.keyboard.press('Enter');

  await item(page, 'DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN');
  for (const paragraph of discussion) {
    await typeSegments(page, paragraph);
    await page.keyboard.press('Enter');
  }

  // The vote, with its result computed from the counts.
  await takeVote(page, ['Wright', 'Councillor S Wright'], ['Quinn', 'Councillor D Quinn'], [9, 1, 0]);
  await page.keyboard.type('That the final plan is to be sent to all councillors.');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Alt+a');
  for (const resolution of resolutions) {
    await page.keyboard.type(resolution);
    // "Jeanette Richards to provide…" is also an action: one keystroke, owner found in the words.
    if (resolution.startsWith('Jeanette Richards to provide')) {
      await page.keyboard.press('Control+Alt+Shift+t');
      await answer(page, 'By when (e.g. 30 April 2022; blank for no date)', '30 April 2022');
    }
    await page.keyboard.press('Enter');
  }
  // Enter on the empty resolution leaves the list.
  await page.keyboard.press('Enter');
  const editor = editorOf(page);
  await expect(editor.locator('.mb-action')).toHaveAttribute('data-lead', 'Action (Jeanette Richards):');

  await item(page, 'URGENT BUSINESS');
  await page.keyboard.press('Control+Alt+Shift+u');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Alt+e');
  // The chair (present) signs and the scheduled start comes from the meeting: only the end is asked.
  await page.keyboard.press('Control+a');
  await answer(page, 'Meeting ended at', '6.45 pm');
  await expect(editor.locator('.mb-close')).toContainText('(Note: The meeting started at 5.30 pm and ended at 6.45 pm)');

  const { minutes } = await saveAndReadBack(page, filePath);
  expect(minutes.items.map((entry) => `${entry.number} ${entry.title}`)).toEqual([
    '1 APOLOGIES FOR ABSENCE',
    '2 DECLARATIONS OF INTEREST',
    '3 PUBLIC QUESTIONS',
    '4 MEMBER QUESTION',
    '5 DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN',
    '6 URGENT BUSINESS',
  ]);
  const [apologies, declarations, publicQuestions, memberQuestions, plan, urgent] = minutes.items;
  expect(apologies!.blocks).toEqual([{ kind: 'paragraph', text: [{ text: 'Apologies for absence are noted above.' }] }]);
  expect(declarations!.blocks).toEqual([
    {
      kind: 'declarations',
      entries: [
        ['lancaster', 'Councillor Lancaster', 'as she is a member of Bury2gether.'],
        ['wright', 'Councillor Wright', 'as his wife works with SEN Children in a local school.'],
        ['boles', 'Councillor Boles', 'as he works at a school, which also has a site in Bury.'],
      ].map(([personId, name, reason]) => ({ member: { personId, name }, itemId: null, kind: 'personal', reason: [{ text: reason }], leftRoom: false })),
    },
  ]);
  expect(publicQuestions!.blocks).toEqual([{ kind: 'no-questions', audience: 'public' }]);
  expect(memberQuestions!.blocks).toEqual([{ kind: 'no-questions', audience: 'member' }]);

  const paragraphs = plan!.blocks.filter((block) => block.kind === 'paragraph').map((block) => plainText(block.text));
  expect(paragraphs).toEqual(discussion.map(segmentText));
  expect(paragraphs.join(' ')).not.toContain('Tarig');
  const vote = plan!.blocks.find((block) => block.kind === 'vote');
  expect(vote).toMatchObject({
    vote: {
      mover: { personId: 'wright', name: 'Councillor Wright' },
      seconder: { personId: 'quinn', name: 'Councillor Quinn' },
      counts: { for: 9, against: 1, abstain: 0 },
      result: 'carried',
    },
  });
  const agreed = plan!.blocks.find((block) => block.kind === 'resolutions');
  expect(agreed && agreed.kind === 'resolutions' && { heading: agreed.heading, texts: agreed.resolutions.map(plainText) }).toEqual({
    heading: 'It was agreed:',
    texts: resolutions,
  });
  const action = plan!.blocks.find((block) => block.kind === 'action');
  expect(action).toMatchObject({
    action: { owner: { personId: 'richards', name: 'Jeanette Richards' }, description: [{ text: resolutions[5] }], due: '2022-04-30' },
  });
  expect(urgent!.blocks).toEqual([{ kind: 'no-urgent-business' }]);
  expect(minutes.close).toEqual({ chair: { personId: 'wright', name: 'Councillor S Wright' }, startedAt: '17:30', endedAt: '18:45' });

  // Reopen: the same structure comes back on the page, numbered.
  await app.reload();
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('cyp-2022-03-23');
  const headings = editorOf(page).locator('h2.mb-agenda-item');
  await expect(headings).toHaveCount(6);
  await expect(headings.nth(4)).toHaveAttribute('data-minute-number', '5');
  await expect(editorOf(page).locator('.mb-declaration').first()).toHaveAttribute('data-lead', 'Councillor Lancaster declared a personal interest');
  await expect(editorOf(page).locator('.mb-resolution')).toHaveCount(8);
  await expect(editorOf(page).locator('.mb-vote')).toHaveAttribute('data-result', 'carried');
});
