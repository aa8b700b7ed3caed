// The chair's review as a chair and a clerk actually take it, keyboard first:
// what they would trip over beyond the happy path in review.spec.ts.
import path from 'node:path';
import { editorOf, expect, test } from './harness/app-test';
import { draftDocument, openReviewPanel, selectWords } from './fixtures/review-steps';
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
  await openReviewPanel(page);
  await page.getByLabel('Your name').fill('Councillor S Wright');
  await page.keyboard.press('Escape');

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
