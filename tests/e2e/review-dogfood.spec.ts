// The chair's review as a chair and a clerk actually take it, keyboard first:
// what they would trip over beyond the happy path in review.spec.ts.
import path from 'node:path';
import { textJson } from '../../core/minutes/serialized-nodes';
import type { LexicalState } from '../../core/storage/lexical-state';
import { editorOf, expect, test } from './harness/app-test';
import { holdFramesBack } from './fixtures/clerk-keys';
import { draftDocument, openReviewPanel, selectWords, signReviewPanel } from './fixtures/review-steps';
import { openDocument } from './fixtures/seed-000-meeting';

const HOUSING = 'The Cabinet Member for Housing presented the report on rent levels for 2022/23.';
const NO_BUSINESS = 'There was no urgent business.';

function reviewCopyDocument() {
  const draft = draftDocument();
  return { ...draft, review: { sentForReview: { sentAt: '2022-03-24T09:00:00.000Z', copyName: 'cabinet - for review.minutes', reviewCopy: true } } };
}

test('the chair comments from the keyboard alone: select, Ctrl+Shift+E, type, Ctrl+Enter; the caret in a paragraph comments on all of it', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'cabinet - for review.minutes'), reviewCopyDocument(), 'cabinet - for review');
  await signReviewPanel(page, 'Councillor S Wright');

  await selectWords(page, HOUSING, 'rent levels');
  await openReviewPanel(page);
  await page.keyboard.type('Give the percentage increase.');
  await page.keyboard.press('Control+Enter');
  const comments = page.getByTestId('review-comment');
  await expect(comments).toHaveCount(1);
  await expect(comments.locator('blockquote')).toHaveText('rent levels');
  await expect(comments).toContainText('Give the percentage increase.');

  await page.keyboard.press('Escape');
  await expect(editorOf(page)).toBeFocused();
  await editorOf(page).getByText(NO_BUSINESS, { exact: true }).click();
  await openReviewPanel(page);
  await page.keyboard.type('Was any urgent business notified?');
  await page.keyboard.press('Control+Enter');
  await expect(comments).toHaveCount(2);
  await expect(comments.nth(1).locator('blockquote')).toHaveText(NO_BUSINESS);
});

/** A suggestion in the draft as a returned review copy brings it: replace `quote` (in `paragraph`) with `replacement`. */
function suggestion(id: string, itemId: string, index: number, paragraph: string, quote: string, replacement: string) {
  const start = paragraph.indexOf(quote);
  return {
    id,
    author: 'Councillor S Wright',
    createdAt: '2022-03-24T10:00:00.000Z',
    anchor: {
      itemId,
      index,
      start,
      quote,
      prefix: paragraph.slice(Math.max(0, start - 32), start),
      suffix: paragraph.slice(start + quote.length, start + quote.length + 32),
      wholeBlock: false,
    },
    replacement,
  };
}

test('accepting or rejecting a suggestion from the keyboard leaves the keyboard on the next one, not lost on the page', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const apologies = 'Apologies were received from Councillor Smith.';
  const draft = {
    ...draftDocument(),
    review: {
      suggestions: [
        suggestion('s1', 'a1', 1, apologies, 'Councillor Smith', 'Councillors Smith and Khan'),
        suggestion('s2', 'a2', 1, HOUSING, '2022/23', '2023/24'),
        suggestion('s3', 'a3', 1, NO_BUSINESS, 'urgent ', ''),
      ],
    },
  };
  await openDocument(page, dialogs, path.join(workDir, 'cabinet.minutes'), draft, 'cabinet');
  await openReviewPanel(page);
  await page.getByLabel('Your name').fill('Kelly Barnett');
  const suggestions = page.getByTestId('review-suggestion');
  await suggestions.nth(0).getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
  await expect(editorOf(page)).toContainText('Apologies were received from Councillors Smith and Khan.');
  await expect(suggestions).toHaveCount(2);
  // The keyboard is on the next suggestion's Accept: Tab reaches its Reject.
  await expect(suggestions.nth(0).getByRole('button', { name: 'Accept' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(suggestions.nth(0).getByRole('button', { name: 'Reject' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(suggestions).toHaveCount(1);
  await expect(editorOf(page)).toContainText(HOUSING);
  await expect(suggestions.nth(0).getByRole('button', { name: 'Accept' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editorOf(page)).toContainText('There was no business.');
  await expect(suggestions).toHaveCount(0);
  // None left: the keyboard is on the list's heading, still in the panel.
  await expect(page.getByRole('heading', { name: 'Suggested edits (0 waiting)' })).toBeFocused();
});

test('approving or amending with a field left empty says which, in words, and puts the keyboard there', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'cabinet.minutes'), draftDocument(), 'cabinet');
  await openReviewPanel(page);
  const message = page.getByTestId('review-message');
  await page.getByLabel('At the meeting of').fill('Cabinet, 20 April 2022');
  await page.getByLabel('At the meeting of').press('Enter');
  await expect(message).toHaveText('Enter who approved the minutes (Approved by).');
  await expect(page.getByLabel('Approved by')).toBeFocused();
  await page.keyboard.type('Councillor S Wright');
  await page.getByLabel('At the meeting of').fill('');
  await page.getByLabel('Approved by').press('Enter');
  await expect(message).toHaveText('Enter the meeting at which the minutes were approved (At the meeting of).');
  await expect(page.getByLabel('At the meeting of')).toBeFocused();
  await page.keyboard.type('Cabinet, 20 April 2022');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-approval')).toContainText('Approved as a correct record by Councillor S Wright');

  // The amendment is signed with "Your name": without it, the clerk is told so.
  await page.getByLabel('Your name').fill('');
  await page.getByLabel('Reason for a correction').press('Enter');
  await expect(message).toHaveText('Give the reason for the correction first.');
  await expect(page.getByLabel('Reason for a correction')).toBeFocused();
  await page.keyboard.type('Councillor Khan’s apologies were left out.');
  await page.keyboard.press('Enter');
  await expect(message).toHaveText('Enter your name first (Your name), so the amendment says who recorded it.');
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Kelly Barnett');
  await page.getByLabel('Reason for a correction').press('Enter');
  await expect(page.getByTestId('review-banner')).toContainText('Amendment open: Councillor Khan’s apologies were left out.');
});

test('Tab leaves the review copy’s text for the panels, as in any page the reader cannot type in', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'cabinet - for review.minutes'), reviewCopyDocument(), 'cabinet - for review');
  // As the reader sees it: the page says it is a review copy (its guard is on) before they press a key.
  await expect(page.getByTestId('review-banner')).toContainText('Review copy: the text cannot be changed here.');
  const before = await editorOf(page).innerText();
  await editorOf(page).getByText(NO_BUSINESS, { exact: true }).click();
  await expect(editorOf(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editorOf(page)).not.toBeFocused();
  expect(await editorOf(page).innerText()).toBe(before);
  await expect(page.getByTestId('review-refused')).toHaveCount(0);
});

test('an edit suggested across two points of a list is refused when it is made, not when the clerk comes to accept it', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const copy = reviewCopyDocument();
  const point = (text: string, value: number) => ({ type: 'listitem', version: 1, value, direction: 'ltr', format: '', indent: 0, children: [textJson(text)] });
  const list = {
    type: 'list',
    version: 1,
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [point('Rents rise by 4.1%.', 1), point('Service charges are frozen.', 2)],
  };
  const content = copy.content as LexicalState;
  content.root.children.splice(5, 0, list as unknown as LexicalState['root']['children'][number]);
  await openDocument(page, dialogs, path.join(workDir, 'cabinet - for review.minutes'), copy, 'cabinet - for review');
  await signReviewPanel(page, 'Councillor S Wright');

  // From "4.1%." into the next point: one block for review, two paragraphs for the text.
  await editorOf(page).getByText('Rents rise by 4.1%.', { exact: true }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowDown');
  await openReviewPanel(page);
  await page.getByLabel('Replace the selected words with').fill('4.5%.');
  await page.getByLabel('Replace the selected words with').press('Enter');
  await expect(page.getByTestId('review-message')).toHaveText(
    'The selected words run across two points of a list: suggest the edit for each point on its own.',
  );
  await expect(page.getByTestId('review-suggestion')).toHaveCount(0);

  // Within one point it is taken.
  await editorOf(page).getByText('Rents rise by 4.1%.', { exact: true }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await openReviewPanel(page);
  await page.getByLabel('Replace the selected words with').fill('4.5%.');
  await page.getByLabel('Replace the selected words with').press('Enter');
  await expect(page.getByTestId('review-suggestion')).toContainText('suggests replacing 4.1%. with 4.5%.');
});

test('undo in an amendment does not reach back past the approval: the approved text is where it starts', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'cabinet.minutes'), draftDocument(), 'cabinet');
  await editorOf(page).getByText(NO_BUSINESS, { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' None was notified.');
  const approvedText = `${NO_BUSINESS} None was notified.`;
  await expect(editorOf(page).getByText(approvedText, { exact: true })).toBeVisible();
  await openReviewPanel(page);
  await page.getByLabel('Your name').fill('Kelly Barnett');
  await page.getByLabel('Approved by').fill('Councillor S Wright');
  await page.getByLabel('At the meeting of').fill('Cabinet, 20 April 2022');
  await page.getByLabel('At the meeting of').press('Enter');
  await expect(page.getByTestId('review-approval')).toBeVisible();

  await page.getByLabel('Reason for a correction').fill('A typing error in item 3.');
  await page.getByLabel('Reason for a correction').press('Enter');
  await expect(page.getByTestId('review-banner')).toContainText('Amendment open');
  await editorOf(page).getByText(approvedText, { exact: true }).click();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+z');
  await expect(editorOf(page).getByText(approvedText, { exact: true })).toBeVisible();
  // The correction's own typing still undoes.
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed in error.');
  await expect(editorOf(page).getByText(`${approvedText} Typed in error.`, { exact: true })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(editorOf(page).getByText(approvedText, { exact: true })).toBeVisible();
});

test('restoring an earlier version keeps the review: the chair’s comments stay, and approved minutes are not un-approved by it', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const filePath = path.join(workDir, 'cabinet.minutes');
  await openDocument(page, dialogs, filePath, draftDocument(), 'cabinet');
  await editorOf(page).getByText(NO_BUSINESS, { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' None was notified.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // A comment after that version was kept, then the version restored: the comment stays.
  await signReviewPanel(page, 'Kelly Barnett');
  await selectWords(page, HOUSING, 'rent levels');
  await openReviewPanel(page);
  await page.keyboard.type('Check the figure.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('review-comment')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+H');
  const versions = page.getByTestId('version');
  await expect(versions).toHaveCount(1);
  await versions
    .first()
    .getByRole('button', { name: /^Restore/ })
    .press('Enter');
  await expect(page.getByText(/^Restored the version/)).toBeVisible();
  await openReviewPanel(page);
  await expect(page.getByTestId('review-comment')).toHaveCount(1);

  // Approved: restoring is refused until an amendment is begun, and the approval stands.
  await page.getByLabel('Approved by').fill('Councillor S Wright');
  await page.getByLabel('At the meeting of').fill('Cabinet, 20 April 2022');
  await page.getByLabel('At the meeting of').press('Enter');
  await expect(page.getByTestId('review-approval')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.keyboard.press('Control+Shift+H');
  await page.getByRole('button', { name: 'Refresh' }).press('Enter');
  await versions
    .last()
    .getByRole('button', { name: /^Restore/ })
    .press('Enter');
  await expect(
    page.getByText(
      'These minutes are approved and locked. To restore an earlier version, begin an amendment with its reason in the Review panel (Ctrl+Shift+E).',
    ),
  ).toBeVisible();
  await openReviewPanel(page);
  await expect(page.getByTestId('review-approval')).toBeVisible();
  await expect(page.getByTestId('review-banner')).toContainText('and are unchanged since. The minutes are locked.');
});

test('resolving a comment is signed with the name of whoever resolved it, never a stand-in', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const copy = reviewCopyDocument();
  const anchor = { itemId: 'a3', index: 1, start: 0, quote: NO_BUSINESS, prefix: '', suffix: '', wholeBlock: true };
  const comment = { id: 'c1', author: 'Kelly Barnett', createdAt: '2022-03-24T09:00:00.000Z', body: 'Chair: was anything notified?', anchor };
  await openDocument(
    page,
    dialogs,
    path.join(workDir, 'cabinet - for review.minutes'),
    { ...copy, review: { ...copy.review, comments: [comment] } },
    'cabinet - for review',
  );
  await openReviewPanel(page);
  await page.getByLabel('Your name').fill('');
  const listed = page.getByTestId('review-comment');
  await listed.getByRole('button', { name: 'Resolve' }).press('Enter');
  await expect(page.getByTestId('review-message')).toHaveText('Enter your name first, so the comment says who resolved it.');
  await expect(page.getByLabel('Your name')).toBeFocused();
  await expect(listed).not.toContainText('Resolved by');
  await page.keyboard.type('Councillor S Wright');
  await listed.getByRole('button', { name: 'Resolve' }).press('Enter');
  await expect(listed).toContainText('Resolved by Councillor S Wright.');
});

test('a comment on a whole apology shows whose apology it is, not only the reason typed after the name', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const copy = reviewCopyDocument();
  const apology = {
    type: 'apology',
    version: 1,
    personId: 'smith',
    name: 'Councillor Smith',
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [textJson('illness')],
  };
  (copy.content as LexicalState).root.children.splice(2, 0, apology as unknown as LexicalState['root']['children'][number]);
  await openDocument(page, dialogs, path.join(workDir, 'cabinet - for review.minutes'), copy, 'cabinet - for review');
  await signReviewPanel(page, 'Councillor S Wright');
  await editorOf(page).getByText('illness', { exact: true }).click();
  await openReviewPanel(page);
  await page.keyboard.type('It was Councillor Smyth.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('review-comment').locator('blockquote')).toHaveText('Apologies: Councillor Smith — illness');
});

test('a comment typed straight after Ctrl+Shift+E keeps its first letters, even when frames come late', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'cabinet - for review.minutes'), reviewCopyDocument(), 'cabinet - for review');
  await signReviewPanel(page, 'Councillor S Wright');
  await selectWords(page, HOUSING, 'rent levels');
  // Frames held back a second, as on a busy laptop: the panel must not wait for one to take the keyboard.
  await holdFramesBack(page);
  await page.keyboard.press('Control+Shift+E');
  await page.keyboard.type('Give the percentage increase.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('review-comment')).toContainText('Give the percentage increase.');
});
