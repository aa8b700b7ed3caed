// The chair's review, end to end in Chromium: the clerk sends the draft for
// review, the chair opens the review copy in a window of its own (text locked,
// comments and suggestions only), comments on words chosen with the keyboard,
// replies and suggests an edit; the clerk imports the returned copy, sees the
// comment in place, accepts the edit, approves; the approved minutes refuse
// typing and the export carries the approval. Also: comments from a Word
// document made by LibreOffice arrive anchored to their words, and its
// tracked changes arrive as suggested edits.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { editorOf, expect, test } from './harness/app-test';
import { draftDocument, exportDocx, highlighted, openReviewPanel, pageText, selectWords } from './fixtures/review-steps';
import { openDocument } from './fixtures/seed-000-meeting';

const WORD_FIXTURE = path.resolve(__dirname, '../fixtures/review/chair-comments.docx');
const TRACKED_FIXTURE = path.resolve(__dirname, '../fixtures/review/chair-tracked-changes.docx');

/** Clicks into a paragraph and tries every way a clerk might change it from the keyboard. */
async function tryToEdit(page: Page, paragraph: string) {
  await editorOf(page).getByText(paragraph, { exact: true }).click();
  await page.keyboard.type('Typed by mistake');
  // Not Tab: it moves the keyboard out of the text (review-dogfood.spec.ts).
  for (const key of ['Backspace', 'Delete', 'Enter', 'Control+b', 'Control+z']) await page.keyboard.press(key);
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Control+x');
  await page.keyboard.press('Control+v');
}

test('clerk sends for review, chair comments and suggests, clerk accepts and approves; locked, and the export shows the approval', async ({ app }) => {
  const { page, dialogs, windows, workDir } = app;
  const draftPath = path.join(workDir, 'cabinet.minutes');
  const copyPath = path.join(workDir, 'cabinet - for review.minutes');
  await openDocument(page, dialogs, draftPath, draftDocument(), 'cabinet');

  // The clerk sends the draft for review.
  await openReviewPanel(page);
  await page.getByLabel('Your name').fill('Kelly Barnett');
  dialogs.answerNextSave(copyPath);
  await page.getByRole('button', { name: 'Send for review…' }).press('Enter');
  await expect(page.getByTestId('review-message')).toContainText('Sent for review: the review copy is “cabinet - for review.minutes”');
  await expect(page.getByTestId('review-sent')).toContainText('Out for review since');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const sentDraft = JSON.parse(await readFile(draftPath, 'utf8'));
  expect(sentDraft.meeting.status).toBe('out-for-review');
  expect(sentDraft.review.sentForReview).toMatchObject({ copyName: 'cabinet - for review.minutes', reviewCopy: false });

  // The chair opens the review copy: its own window, since the clerk's draft is open here.
  dialogs.answerNextOpen(copyPath);
  await page.keyboard.press('Control+o');
  await expect.poll(() => windows.requested).toEqual([copyPath]);
  const chair = await app.openRequestedWindow();
  const chairErrors: string[] = [];
  chair.on('pageerror', (error) => chairErrors.push(error.message));
  chair.on('console', (message) => message.type() === 'error' && chairErrors.push(message.text()));
  await expect(chair.getByTestId('review-banner')).toContainText('Review copy: the text cannot be changed here');

  // Nothing has been refused yet: opening the copy changes nothing on its own.
  await expect(chair.getByTestId('review-refused')).toHaveCount(0);
  // Typing, deleting, cutting and pasting change nothing in the review copy.
  const copyText = await pageText(chair);
  await tryToEdit(chair, 'There was no urgent business.');
  expect(await pageText(chair)).toBe(copyText);
  await expect(chair.getByTestId('review-refused')).toContainText('suggest an edit in the Review panel instead');

  // A comment on words chosen with the keyboard, and a reply to it.
  const housing = 'The Cabinet Member for Housing presented the report on rent levels for 2022/23.';
  await selectWords(chair, housing, 'rent levels');
  await openReviewPanel(chair);
  await chair.getByLabel('Your name').fill('Councillor S Wright');
  await chair.getByLabel('Comment on the selected words').fill('Give the percentage increase.');
  await chair.getByRole('button', { name: 'Add comment' }).press('Enter');
  const chairComment = chair.getByTestId('review-comment');
  await expect(chairComment).toHaveCount(1);
  await expect(chairComment.locator('blockquote')).toHaveText('rent levels');
  await expect(chairComment).toContainText('Councillor S Wright');
  await expect(chairComment).toContainText('Give the percentage increase.');
  await chairComment.getByLabel('Reply to Councillor S Wright').fill('It was 4.1%.');
  await chairComment.getByLabel('Reply to Councillor S Wright').press('Enter');
  await expect(chairComment.getByTestId('review-reply')).toHaveText(/^Councillor S Wright \(\d{1,2}\.\d{2} [ap]m today\): It was 4\.1%\.$/);
  expect(await highlighted(chair, 'mb-review-comment')).toEqual(['rent levels']);
  await chair.keyboard.press('Escape');
  await expect(editorOf(chair)).toBeFocused();

  // A suggested edit: the words to replace struck through in the page, the new words shown at their place.
  const apologies = 'Apologies were received from Councillor Smith.';
  await selectWords(chair, apologies, 'Councillor Smith');
  await openReviewPanel(chair);
  await chair.getByLabel('Replace the selected words with').fill('Councillors Smith and Khan');
  await chair.getByLabel('Replace the selected words with').press('Enter');
  await expect(chair.getByTestId('review-suggestion')).toContainText('suggests replacing Councillor Smith with Councillors Smith and Khan');
  await expect(chair.getByTestId('review-inline-insert')).toHaveText('Councillors Smith and Khan');
  expect(await highlighted(chair, 'mb-review-deletion')).toEqual(['Councillor Smith']);
  // An insertion at the caret: nothing selected, the new words shown where they would go.
  const credit = 'Members asked whether the increase would affect tenants on universal credit.';
  await editorOf(chair).getByText(credit, { exact: true }).click();
  await chair.keyboard.press('End');
  await chair.keyboard.press('ArrowLeft');
  await openReviewPanel(chair);
  await chair.getByLabel('Replace the selected words with').fill(' and housing benefit');
  await chair.getByLabel('Replace the selected words with').press('Enter');
  await expect(chair.getByTestId('review-suggestion').nth(1)).toContainText('suggests inserting and housing benefit');
  await expect(chair.getByTestId('review-inline-insert')).toHaveText(['Councillors Smith and Khan', ' and housing benefit']);
  expect(await pageText(chair)).toBe(copyText);
  // The chair cannot decide on suggestions or approve: those are the clerk's.
  await expect(chair.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await expect(chair.getByRole('heading', { name: 'Approval' })).toHaveCount(0);
  await chair.keyboard.press('Control+s');
  await expect(chair.getByTestId('save-state')).toHaveText('Saved');
  const returned = JSON.parse(await readFile(copyPath, 'utf8'));
  expect(returned.review.comments).toHaveLength(1);
  expect(returned.review.comments[0].replies).toHaveLength(1);
  expect(returned.review.suggestions[0]).toMatchObject({ replacement: 'Councillors Smith and Khan', status: 'pending', anchor: { quote: 'Councillor Smith' } });
  expect(returned.review.suggestions[1]).toMatchObject({
    replacement: ' and housing benefit',
    status: 'pending',
    anchor: { quote: '', prefix: expect.stringMatching(/universal credit$/) },
  });
  expect(chairErrors).toEqual([]);

  // The clerk imports the returned copy and sees the comment in place.
  await page.bringToFront();
  dialogs.answerNextOpen(copyPath);
  await page.getByRole('button', { name: 'Import review copy…' }).press('Enter');
  await expect(page.getByTestId('review-message')).toHaveText('From “cabinet - for review.minutes”: 1 comment, 1 reply and 2 suggested edits.');
  const comment = page.getByTestId('review-comment');
  await expect(comment.locator('blockquote')).toHaveText('rent levels');
  await expect(comment.getByTestId('review-reply')).toContainText('): It was 4.1%.');
  expect(await highlighted(page, 'mb-review-comment')).toEqual(['rent levels']);
  await comment.getByRole('button', { name: 'Go to the words' }).press('Enter');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('rent levels');

  // Accepting the suggestion changes the text; the comment is resolved.
  // Rejecting one suggestion leaves the text; accepting the other changes it.
  await openReviewPanel(page);
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
  await page.getByTestId('review-suggestion').filter({ hasText: 'inserting' }).getByRole('button', { name: 'Reject' }).press('Enter');
  await expect(page.getByTestId('review-suggestion')).toHaveCount(1);
  await expect(editorOf(page)).toContainText(credit);
  await page.getByTestId('review-suggestion').getByRole('button', { name: 'Go to the words' }).press('Enter');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Councillor Smith');
  await openReviewPanel(page);
  await page.getByTestId('review-suggestion').getByRole('button', { name: 'Accept' }).press('Enter');
  await expect(editorOf(page)).toContainText('Apologies were received from Councillors Smith and Khan.');
  await expect(page.getByTestId('review-suggestion')).toHaveCount(0);
  await expect(page.getByTestId('review-inline-insert')).toHaveCount(0);
  // Undo cannot take back an accepted edit behind the review's back.
  await editorOf(page).getByText('There was no urgent business.', { exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(editorOf(page)).toContainText('Apologies were received from Councillors Smith and Khan.');
  await openReviewPanel(page);
  await comment.getByRole('button', { name: 'Resolve' }).press('Enter');
  await expect(comment).toContainText('Resolved by Kelly Barnett.');

  // Approval: approver, date and meeting; the banner says the minutes are sealed and locked.
  await page.getByLabel('Approved by').fill('Councillor S Wright');
  await page.getByLabel('Date approved').fill('2022-04-20');
  await page.getByLabel('At the meeting of').fill('Cabinet, 20 April 2022');
  await page.getByLabel('At the meeting of').press('Enter');
  await expect(page.getByTestId('review-approval')).toHaveText(
    'Approved as a correct record by Councillor S Wright on 20 April 2022 at Cabinet, 20 April 2022.',
  );
  await expect(page.getByTestId('review-banner')).toContainText(
    'These minutes were approved as a correct record by Councillor S Wright on 20 April 2022 (Cabinet, 20 April 2022), and are unchanged since. The minutes are locked.',
  );
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The locked minutes refuse typing.
  const approvedText = await pageText(page);
  await tryToEdit(page, 'There was no urgent business.');
  expect(await pageText(page)).toBe(approvedText);
  await expect(editorOf(page)).toHaveAttribute('contenteditable', 'false');

  // The export carries the approval.
  const exported = await exportDocx(app, 'approved.docx');
  expect(exported).toContain('Approved as a correct record by Councillor S Wright at the meeting of Cabinet on 20 April 2022.');
  expect(exported).toContain('Apologies were received from Councillors Smith and Khan.');
});

test('an approved file changed outside Minute Book says so on opening; an amendment records its reason', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'cabinet.minutes');
  await openDocument(page, dialogs, filePath, draftDocument(), 'cabinet');
  await openReviewPanel(page);
  await page.getByLabel('Your name').fill('Kelly Barnett');
  await page.getByLabel('Approved by').fill('Councillor S Wright');
  await page.getByLabel('At the meeting of').fill('Cabinet, 20 April 2022');
  await page.getByRole('button', { name: 'Approve as a correct record' }).press('Enter');
  await expect(page.getByTestId('review-banner')).toContainText('and are unchanged since. The minutes are locked.');

  // The meeting details are sealed too: marking attendance is refused, and says why.
  await page.keyboard.press('Control+Shift+A');
  await page.getByRole('button', { name: 'Present: S Wright' }).click();
  await expect(page.getByTestId('notice')).toContainText('These minutes are approved and locked.');
  await expect(page.getByRole('button', { name: 'Present: S Wright' })).toHaveAttribute('aria-pressed', 'false');
  await openReviewPanel(page);

  // Amendment: begin with a reason, correct the text, seal again.
  await page.getByLabel('Reason for a correction').fill('Councillor Khan’s apologies were left out.');
  await page.getByRole('button', { name: 'Begin amendment' }).press('Enter');
  await expect(page.getByTestId('review-banner')).toContainText('Amendment open: Councillor Khan’s apologies were left out.');
  await editorOf(page).getByText('Apologies were received from Councillor Smith.', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' and Councillor Khan');
  await expect(editorOf(page)).toContainText('Apologies were received from Councillor Smith and Councillor Khan.');
  await page.getByRole('button', { name: 'Seal the amendment' }).press('Enter');
  await expect(page.getByTestId('review-banner')).toContainText('with one amendment, and are unchanged since. The minutes are locked.');
  await expect(page.getByTestId('review-amendment')).toContainText('by Kelly Barnett: Councillor Khan’s apologies were left out.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The (public) export prints the approval (approved today, at the meeting named) and then the amendment's date;
  // its reason and who recorded it are a note between clerk and chair, printed only in the full version.
  const exported = await exportDocx(app, 'amended.docx');
  expect(exported).toMatch(
    /Approved as a correct record by Councillor S Wright at the meeting of Cabinet, 20 April 2022\.\s+Amendments made after approval:\s+Amended on \d{1,2} [A-Z][a-z]+ \d{4}\./,
  );
  expect(exported).not.toContain('apologies were left out');
  expect(exported).not.toContain('Kelly Barnett');
  expect(exported).toContain('Apologies were received from Councillor Smith and Councillor Khan.');

  // The saved file opens again as sealed and locked; a copy edited by hand says it no longer matches its seal.
  const saved = await readFile(filePath, 'utf8');
  expect(saved).toContain('Councillor Smith and Councillor Khan');
  const untouched = path.join(workDir, 'untouched.minutes');
  const tampered = path.join(workDir, 'tampered.minutes');
  await writeFile(untouched, saved);
  await writeFile(tampered, saved.replace('Councillor Smith and Councillor Khan', 'Councillor Khan'));
  for (const [file, banner] of [
    [untouched, 'with one amendment, and are unchanged since. The minutes are locked.'],
    [tampered, 'they have been changed since outside Minute Book: they no longer match their seal.'],
  ] as const) {
    dialogs.answerNextOpen(file);
    await page.keyboard.press('Control+o');
    await expect.poll(() => app.windows.requested.at(-1)).toBe(file);
    const reopened = await app.openRequestedWindow();
    await expect(reopened.getByTestId('review-banner')).toContainText(banner);
    await reopened.close();
  }
});

test('comments made in Word (a LibreOffice .docx) arrive anchored to their words', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'cabinet.minutes'), draftDocument(), 'cabinet');
  await openReviewPanel(page);
  dialogs.answerNextOpen(WORD_FIXTURE);
  await page.getByRole('button', { name: 'Import comments from Word…' }).press('Enter');
  await expect(page.getByTestId('review-message')).toHaveText(
    'Imported 4 comments from “chair-comments.docx”. 1 could not be matched to the text and is listed with its words.',
  );
  const comments = page.getByTestId('review-comment');
  await expect(comments).toHaveCount(4);
  await expect(comments.nth(0).locator('blockquote')).toHaveText('Councillor Smith');
  await expect(comments.nth(0)).toContainText('Councillor O’Brien');
  await expect(comments.nth(0)).toContainText('from Word');
  await expect(comments.nth(1).locator('blockquote')).toHaveText('rent levels for 2022/23');
  await expect(comments.nth(2).locator('blockquote')).toHaveText('There was no urgent business.');
  await expect(comments.nth(3).locator('blockquote')).toContainText('Words no longer in the minutes');
  expect((await highlighted(page, 'mb-review-comment')).sort()).toEqual(['Councillor Smith', 'There was no urgent business.', 'rent levels for 2022/23']);

  // Words selected across two paragraphs cannot be commented on; nothing is added.
  await editorOf(page).getByText('Members asked whether the increase would affect tenants on universal credit.', { exact: true }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowUp');
  await openReviewPanel(page);
  await page.getByLabel('Your name').fill('Kelly Barnett');
  await page.getByLabel('Comment on the selected words').fill('Across two paragraphs.');
  await page.getByLabel('Comment on the selected words').press('Control+Enter');
  await expect(page.getByTestId('review-message')).toHaveText(/^Select the words the comment is about, within one paragraph/);
  await expect(comments).toHaveCount(4);
});

test('the chair’s Track Changes in Word (a LibreOffice .docx) arrive as suggested edits, shown in the page; the clerk accepts one', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'cabinet.minutes');
  await openDocument(page, dialogs, filePath, draftDocument(), 'cabinet');
  await openReviewPanel(page);
  await page.getByLabel('Your name').fill('Kelly Barnett');
  dialogs.answerNextOpen(TRACKED_FIXTURE);
  await page.getByRole('button', { name: 'Import comments from Word…' }).press('Enter');
  const notFound = '1 tracked change was not made into suggested edits; make it by hand if needed: deleting “since ” (Jeanette Richards).';
  await expect(page.getByTestId('review-message')).toHaveText(
    `Imported 0 comments from “chair-tracked-changes.docx”. 3 suggested edits made from the chair’s tracked changes. ${notFound} 1 formatting change was not imported.`,
  );
  const suggestions = page.getByTestId('review-suggestion');
  await expect(suggestions).toHaveCount(3);
  await expect(suggestions.nth(0)).toContainText('Councillor O’Brien suggests inserting and Councillor Khan');
  await expect(suggestions.nth(1)).toContainText('Councillor O’Brien suggests replacing 2022/23 with 2023/24');
  await expect(suggestions.nth(2)).toContainText('Jeanette Richards suggests deleting urgent');
  // In the page: the words to go struck through, the new words at their place.
  await expect(page.getByTestId('review-inline-insert')).toHaveText(['and Councillor Khan', '2023/24']);
  expect((await highlighted(page, 'mb-review-deletion')).sort()).toEqual(['2022/23', 'urgent ']);

  await suggestions.nth(1).getByRole('button', { name: 'Accept' }).press('Enter');
  await expect(editorOf(page).getByText('The Cabinet Member for Housing presented the report on rent levels for 2023/24.', { exact: true })).toBeVisible();
  await expect(suggestions).toHaveCount(2);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(filePath, 'utf8'));
  expect(saved.review.suggestions.map((s: { status: string; decidedBy: string | null }) => [s.status, s.decidedBy])).toEqual([
    ['pending', null],
    ['accepted', 'Kelly Barnett'],
    ['pending', null],
  ]);

  // The same file again adds nothing, not even the edit already accepted.
  dialogs.answerNextOpen(TRACKED_FIXTURE);
  await page.getByRole('button', { name: 'Import comments from Word…' }).press('Enter');
  await expect(page.getByTestId('review-message')).toContainText('3 changed paragraphs were already imported.');
  await expect(suggestions).toHaveCount(2);
});

test('a review field this version cannot read is reported, and left as it is', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'cabinet.minutes');
  const damaged = { ...draftDocument(), review: { comments: 'not a list', approval: { approvedBy: 'Councillor S Wright' } } };
  await openDocument(page, dialogs, filePath, damaged, 'cabinet');
  await expect(page.getByTestId('review-banner')).toContainText('The review comments in this file could not be read at comments');
  await expect(page.getByTestId('review-banner')).toContainText('If these minutes were approved, their seal cannot be checked.');
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('review-problem')).toContainText('The comments cannot be shown or added to here');
  await expect(page.getByRole('button', { name: 'Add comment' })).toHaveCount(0);
  await editorOf(page).getByText('There was no urgent business.', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' None was raised.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(filePath, 'utf8'));
  expect(saved.review).toEqual(damaged.review);
});
