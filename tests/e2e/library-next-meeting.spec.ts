// Three consecutive meetings of one committee: the open actions of the first
// are matters arising at the second (with the minute that raised them), one is
// closed there and one carried to the third; the minutes whose approval was
// deferred keep their own date; the action log export lists them all.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { PersonRole } from '../../core/model/person';
import { editorOf, expect, test } from './harness/app-test';
import { docxParagraphs } from './fixtures/exported-text';
import { testMinutesText } from '../core/library/library-documents';

async function libraryPanel(page: Page) {
  await editorOf(page).click();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: 'Search past minutes' })).toBeFocused();
}

/** Which agenda item the caret is in (0 for the first), or -1 when it is before them all or nowhere. */
function caretItemIndex(page: Page): Promise<number> {
  return page.evaluate(() => {
    const anchor = window.getSelection()?.anchorNode;
    if (!anchor) return -1;
    const headings = [...document.querySelectorAll('h2.mb-agenda-item')];
    return headings.filter((heading) => heading.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING).length - 1;
  });
}

async function createNextMeeting(page: Page, date: string, requested: ReadonlyArray<unknown>) {
  const before = requested.length;
  const form = page.locator('.mb-library-next');
  await form.getByLabel('Date of the next meeting').fill(date);
  await form.getByRole('button', { name: 'Create the next meeting' }).click();
  // Main asks for the meeting's own window once it is saved.
  await expect.poll(() => requested.length).toBe(before + 1);
}

test('three meetings in a row: actions carried, one closed, one carried again; deferred minutes keep their date; the action log lists them', async ({
  app,
}) => {
  const { page, dialogs, workDir, table } = app;
  const folder = path.join(workDir, 'Planning');
  await mkdir(folder, { recursive: true });
  const { committee } = await table['meeting/save-committee'](
    {
      committee: {
        id: '',
        name: 'Planning and Development',
        councilName: 'Gotham Parish Council',
        roster: [],
        quorum: 0,
        glossary: [],
        snippets: [],
        numberingPrefix: 'PD',
        lastMinuteNumber: 44,
        lastMeetingDate: '2017-02-28',
        defaultVenue: '',
        defaultTemplateId: 'parish-council',
        houseStyleId: null,
      },
    },
    { windowId: 1 },
  );
  const first = path.join(folder, 'Planning 28 February 2017.minutes');
  await writeFile(
    first,
    testMinutesText({
      committeeId: committee.id,
      committeeName: 'Planning and Development',
      templateId: 'parish-council',
      date: '2017-02-28',
      previousMeetingDate: '2017-02-21',
      prefix: 'PD',
      firstNumber: 40,
      items: [
        { title: 'Apologies', standing: 'apologies', blocks: [{ kind: 'text', text: 'There were no apologies.' }] },
        { title: 'Minutes', standing: 'previous-minutes', blocks: [{ kind: 'resolution', text: 'Approval of the minutes of 21 February was deferred.' }] },
        {
          title: 'Rushcliffe local plan',
          blocks: [
            { kind: 'action', text: 'Score the sites', owner: 'Ken Mafham', due: '2017-03-31', actionId: 'action-score' },
            { kind: 'action', text: 'Assist with the scoring', owner: 'Councillor J.P. Anderson', actionId: 'action-assist' },
          ],
        },
        { title: 'Date of the next meeting', standing: 'next-meeting', blocks: [{ kind: 'text', text: '21 March 2017.' }] },
      ],
    }),
  );

  // Meeting 1 open; its folder goes into the library.
  dialogs.answerNextOpen(first);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('Planning 28 February 2017');
  await libraryPanel(page);
  await page.getByText('in the library').click();
  await page.getByRole('button', { name: 'Add this meeting’s folder' }).click();
  await expect(page.getByText('1 meeting in the library')).toBeVisible();

  // What meeting 2 will carry over is shown before anything is made.
  await page.getByText('New meeting of this committee').click();
  const offer = page.getByLabel('What the next meeting carries over');
  await expect(offer).toContainText('Score the sites — Ken Mafham, by 31 March 2017 (minute PD.42, 28 February 2017)');
  await expect(offer).toContainText('Assist with the scoring — Councillor J.P. Anderson (minute PD.42, 28 February 2017)');
  await expect(offer).toContainText('Minutes still to approve: 21 February 2017 (deferred) and 28 February 2017.');
  dialogs.answerNextSave(path.join(folder, 'Planning 21 March 2017.minutes'));
  await createNextMeeting(page, '2017-03-21', app.windows.requested);
  const second = await app.openRequestedWindow();
  await expect(second.getByTestId('document-name')).toHaveText('Planning 21 March 2017');
  const secondOutline = second.getByRole('navigation', { name: 'Agenda outline' });
  // Standing items as the clerk left them (the parish template's others are not brought back); the parish numbers its minutes plainly.
  await expect(secondOutline.getByRole('option')).toHaveText(['1 Apologies', '2 Minutes', '3 Matters arising', '4 Date of the next meeting']);
  const secondEditor = editorOf(second);
  // The new window opens with the caret in the first item, ready to type, as Start the meeting does in this window.
  await expect(secondEditor).toBeFocused();
  await expect.poll(() => caretItemIndex(second)).toBe(0);
  await expect(secondEditor).toContainText(
    'The minutes of the meetings held on 21 February 2017 (approval deferred at the last meeting) and 28 February 2017 were approved',
  );
  await expect(second.locator('.mb-action')).toHaveText([
    /Score the sites \(minute PD\.42, 28 February 2017\)/,
    /Assist with the scoring \(minute PD\.42, 28 February 2017\)/,
  ]);

  // At meeting 2 the clerk notes one action completed and the other carried forward.
  await second.locator('.mb-action', { hasText: 'Assist with the scoring' }).click();
  await second.keyboard.press('End');
  await second.keyboard.type(' – completed');
  await second.locator('.mb-action', { hasText: 'Score the sites' }).click();
  await second.keyboard.press('End');
  await second.keyboard.type(' – carried forward');
  await expect(second.getByTestId('save-state')).toHaveText('Saved');

  // Meeting 3 from meeting 2: only the open action, still with the minute that raised it; no deferral now.
  await libraryPanel(second);
  await second.getByText('New meeting of this committee').click();
  const secondOffer = second.getByLabel('What the next meeting carries over');
  await expect(secondOffer).toContainText('Score the sites — Ken Mafham, by 31 March 2017 (minute PD.42, 28 February 2017, carried forward)');
  await expect(secondOffer).not.toContainText('Assist with the scoring');
  await expect(secondOffer).not.toContainText('Minutes still to approve');
  dialogs.answerNextSave(path.join(folder, 'Planning 25 April 2017.minutes'));
  await createNextMeeting(second, '2017-04-25', app.windows.requested);
  const third = await app.openRequestedWindow();
  await expect(third.getByTestId('document-name')).toHaveText('Planning 25 April 2017');
  await expect(third.locator('.mb-action')).toHaveText([/^.*Score the sites \(minute PD\.42, 28 February 2017\)$/]);
  await expect(editorOf(third)).toContainText('The minutes of the previous meeting were approved');

  // The action log across the three meetings, and its export.
  await libraryPanel(third);
  await third.getByText('Action log').click();
  const log = third.getByRole('table', { name: 'Action log of Planning and Development' });
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(log.getByRole('row', { name: /Score the sites/ })).toContainText('minute PD.42, 28 February 2017Score the sitesKen Mafham31 March 2017open');
  await expect(log.getByRole('row', { name: /Assist with the scoring/ })).toContainText('completed');
  const exported = path.join(workDir, 'action log.docx');
  dialogs.answerNextSave(exported);
  await third.getByRole('button', { name: 'Export as Word (DOCX)' }).click();
  await expect(third.getByText('Saved “action log.docx”.')).toBeVisible();
  const text = (await docxParagraphs(exported)).map((paragraph) => paragraph.text);
  expect(text).toEqual(
    expect.arrayContaining([
      'Planning and Development: action log',
      'minute PD.42, 28 February 2017',
      'Score the sites',
      'Open',
      'minute PD.42, 28 February 2017: open; minute 3, 21 March 2017: carried forward; minute 3, 25 April 2017: open',
      'Assist with the scoring',
      'Completed',
    ]),
  );
});

test('the next meeting shows how the committee’s roster differs from the last meeting’s, and can start from the last one’s without its substitute', async ({
  app,
}) => {
  const { page, dialogs, workDir, table } = app;
  const folder = path.join(workDir, 'Planning');
  await mkdir(folder, { recursive: true });
  const person = (id: string, name: string, role: PersonRole) => ({ id, title: 'Councillor', name, role, jobTitle: '', voting: true, retired: false });
  const { committee } = await table['meeting/save-committee'](
    {
      committee: {
        id: '',
        name: 'Planning and Development',
        councilName: 'Gotham Parish Council',
        roster: [person('p-hutter', 'A Hutter', 'chair'), person('p-anderson', 'J.P. Anderson', 'member')],
        quorum: 2,
        glossary: [],
        snippets: [],
        numberingPrefix: 'PD',
        lastMinuteNumber: 44,
        lastMeetingDate: '2017-02-28',
        defaultVenue: '',
        defaultTemplateId: 'parish-council',
        houseStyleId: null,
      },
    },
    { windowId: 1 },
  );
  // At the last meeting the clerk made Anderson chair in the meeting's own copy, added Kelly, and Royce substituted.
  const last = JSON.parse(
    testMinutesText({
      committeeId: committee.id,
      committeeName: 'Planning and Development',
      templateId: 'parish-council',
      date: '2017-02-28',
      prefix: 'PD',
      firstNumber: 40,
      items: [{ title: 'Apologies', standing: 'apologies', blocks: [{ kind: 'text', text: 'There were no apologies.' }] }],
    }),
  );
  last.meeting.roster = [
    person('p-hutter', 'A Hutter', 'member'),
    person('p-anderson', 'J.P. Anderson', 'chair'),
    person('p-kelly', 'M Kelly', 'member'),
    person('p-royce', 'T Royce', 'substitute'),
  ];
  const first = path.join(folder, 'Planning 28 February 2017.minutes');
  await writeFile(first, JSON.stringify(last));
  dialogs.answerNextOpen(first);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('Planning 28 February 2017');
  await libraryPanel(page);

  await page.getByText('New meeting of this committee').click();
  const offer = page.getByLabel('What the next meeting carries over');
  await expect(offer.getByRole('list', { name: 'Roster changes' }).getByRole('listitem')).toHaveText([
    'Councillor A Hutter is chair (member last time).',
    'Councillor J.P. Anderson is member (chair last time).',
    'Councillor M Kelly is not on it (member last time).',
  ]);
  await expect(offer).toContainText('At the last meeting only, not carried: Councillor T Royce (substitute).');
  await offer.getByLabel('Start from the last meeting’s roster instead (and keep it for the committee)').check();
  const second = path.join(folder, 'Planning 21 March 2017.minutes');
  dialogs.answerNextSave(second);
  await createNextMeeting(page, '21/03/2017', app.windows.requested);

  const carried = JSON.parse(await readFile(second, 'utf8')).meeting.roster.map((entry: { name: string; role: string }) => `${entry.name} ${entry.role}`);
  expect(carried).toEqual(['A Hutter member', 'J.P. Anderson chair', 'M Kelly member']);
  const { committees } = await table['meeting/setup']({}, { windowId: 1 });
  expect(committees.find((entry) => entry.id === committee.id)?.roster.map((entry) => `${entry.name} ${entry.role}`)).toEqual(carried);
});
