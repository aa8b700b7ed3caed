// Wirral Council's Planning Committee (the published extract) minuted from the
// keyboard by a returning clerk: started with New meeting for the known
// committee (its roster, house style and own template), saved, reopened, the
// public PDF exported; the saved structure is checked and the PDF's text is
// compared with the published minutes sentence by sentence.
import path from 'node:path';
import { plainText } from '../../core/minutes/rich-text-json';
import { compareWithReference, typedButNotPrinted, type KnownDifference } from '../support/reference-sentences';
import { countKeys } from './fixtures/counted-keys';
import { exportPublicPdf, knowCommittee, startKnownMeeting } from './fixtures/reference-meeting';
import { WIRRAL_CONDITIONS, WIRRAL_DECISION, WIRRAL_DECLARATIONS, WIRRAL_ITEMS, WIRRAL_REFERENCE, wirral } from './fixtures/reference-wirral-script';
import { saveAndReadBack } from './fixtures/saved-minutes';
import { editorOf, expect, test } from './harness/app-test';

/** Sentences the keyboard session does not yet print as the council did, with why. */
const knownDifferences: KnownDifference[] = [];

test('Wirral Planning Committee minuted from the keyboard: the public PDF says what the council published', async ({ app }) => {
  test.slow();
  const { page, dialogs, table, workDir } = app;
  const committeeId = await knowCommittee(table, path.join(workDir, '..', 'app-data'), wirral);
  const count = countKeys(page);
  await startKnownMeeting(page, wirral, committeeId);
  const setUpKeys = count.keys;
  expect(setUpKeys).toBeLessThan(30);
  await wirral.minute(page);

  const filePath = path.join(workDir, 'wirral-2020-06-18.minutes');
  dialogs.answerNextSave(filePath);
  const { minutes } = await saveAndReadBack(page, filePath);
  expect(minutes.items.map((item) => `${item.number} ${item.title}`)).toEqual([
    '1 Minutes',
    '2 MEMBERS’ CODE OF CONDUCT - DECLARATIONS OF INTEREST',
    ...WIRRAL_ITEMS.map((title, index) => `${index + 3} ${title}`),
  ]);
  const [previous, declarations, application] = minutes.items;
  expect(previous!.blocks.map((block) => block.kind)).toEqual(['paragraph', 'resolutions']);
  expect(declarations!.blocks.find((block) => block.kind === 'declarations')).toMatchObject({
    entries: WIRRAL_DECLARATIONS.map(([, , kind, item, reason]) => ({
      kind,
      itemId: minutes.items[item - 1]!.id,
      reason: [{ text: reason }],
      leftRoom: kind === 'prejudicial',
    })),
  });
  const decision = application!.blocks.find((block) => block.kind === 'planning-decision');
  expect(decision).toMatchObject({
    outcome: 'approve-agreement',
    wording: [{ text: WIRRAL_DECISION }],
    conditions: WIRRAL_CONDITIONS.map((condition) => [{ text: condition }]),
    motion: {
      moved: {
        mover: { personId: 'kelly' },
        seconder: { personId: 'berry' },
        counts: { for: 7, against: 7, abstain: 0 },
        castingVote: 'for',
        result: 'carried',
      },
      amendments: [],
    },
  });
  expect(application!.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.kind === 'paragraph' && plainText(block.text))).toEqual(
    WIRRAL_REFERENCE.slice(6, 9),
  );

  await app.reload();
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('wirral-2020-06-18');
  await expect(editorOf(page).locator('.mb-planning[data-part="condition"]')).toHaveText([...WIRRAL_CONDITIONS]);

  const printed = await exportPublicPdf(page, app, 'wirral');
  const comparison = compareWithReference(printed, WIRRAL_REFERENCE, knownDifferences);
  expect(typedButNotPrinted(printed, count.proseTyped), 'typed by the clerk but not printed verbatim').toEqual([]);
  expect(comparison.notInReference, 'known differences not in the reference').toEqual([]);
  expect(comparison.missing, 'reference sentences not printed').toEqual([]);
  expect(comparison.nowMatching, 'known differences that now match: take them off the list').toEqual([]);
});
