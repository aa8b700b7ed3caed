// The clerk exports from the File menu's shortcut (Ctrl+E): the dialog shows
// the checks and a preview of the first page; Enter exports; main asks where
// to save each file. The command-line exporter then makes the same files from
// the saved document: identical DOCX parts (save for the timestamps) and the
// same PDF text and properties.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { action, item, para } from '../fixtures/export/lexical-builders';
import { seed000Document } from '../fixtures/export/seed-000-document';
import { SEED_003_EXEMPT_TEXT, seed003Document } from '../fixtures/export/seed-003-document';
import { editorOf, expect, test } from './harness/app-test';
import { openDocument } from './fixtures/seed-000-meeting';
import { setTicked } from './fixtures/ticks';

const stripDates = (xml: string) => xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');

async function docxParts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) parts[name] = stripDates((await zip.file(name)?.async('string')) ?? '');
  return parts;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }).replace(/^(CreationDate|ModDate):.*$/gm, '');

test('Ctrl+E exports DOCX and PDF with checks and a preview, and the CLI makes the same files', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const source = path.join(workDir, 'seed-000.minutes');
  await openDocument(page, dialogs, source, seed000Document(), 'seed-000');

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  await expect(dialog).toBeVisible();
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toContainText('CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE');
  await expect(preview).toContainText('1 APOLOGIES FOR ABSENCE');
  await expect(dialog.getByTestId('export-warnings')).toContainText('“Tarig” looks like a misspelling of “Tariq”');

  await setTicked(dialog, 'Attendance record', true);
  const menuDocx = path.join(workDir, 'menu.docx');
  const menuPdf = path.join(workDir, 'menu.pdf');
  dialogs.answerNextSave(menuDocx);
  dialogs.answerNextSave(menuPdf);
  await dialog.getByLabel('Public version (exempt items left out)').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-status')).toContainText('Exported menu.docx and menu.pdf', { timeout: 30_000 });
  await expect(dialog).toBeHidden();
  expect(dialogs.asked.slice(-2)).toEqual([
    'save:Children and Young People Scrutiny Committee 23 March 2022 minutes (public).docx',
    'save:Children and Young People Scrutiny Committee 23 March 2022 minutes (public).pdf',
  ]);

  const cliDocx = path.join(workDir, 'cli.docx');
  const cliPdf = path.join(workDir, 'cli.pdf');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/export-cli.ts', source, '--docx', cliDocx, '--pdf', cliPdf, '--public', '--appendix', 'attendance'],
    { stdio: 'pipe' },
  );

  expect(await docxParts(menuDocx)).toEqual(await docxParts(cliDocx));
  expect(pdfText(menuPdf)).toBe(pdfText(cliPdf));
  expect(pdfText(menuPdf)).toContain('Appendix A: Attendance record');
  expect(pdfInfo(menuPdf)).toBe(pdfInfo(cliPdf));
});

test('the Checks panel lists warnings as the clerk works and Enter goes to the item', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'seed-000.minutes'), seed000Document(), 'seed-000');
  await page.keyboard.press('Control+Shift+X');
  // Tarig is misspelt in two paragraphs of item 5: each gets its own warning.
  const warning = page.getByRole('button', { name: /“Tarig” looks like a misspelling of “Tariq”/ }).first();
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Minute 5:');
  await warning.focus();
  await page.keyboard.press('Enter');
  await expect(editorOf(page)).toBeFocused();
  // The caret is in minute 5: the nearest item heading above the block it sits in (the editor holds each item's
  // blocks in a section of their own).
  const caretMinute = () =>
    editorOf(page).evaluate((root) => {
      const anchor = window.getSelection()?.anchorNode ?? null;
      let block = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
      while (block && block.parentElement !== root && !block.parentElement?.matches('section.mb-section')) block = block.parentElement;
      while (block && !block.matches('h2.mb-agenda-item')) block = block.previousElementSibling;
      return block?.getAttribute('data-minute-number') ?? null;
    });
  await expect.poll(caretMinute).toBe('5');
});

test('a full version exported as PDF only is marked “Not for publication” and keeps the exempt item', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  await openDocument(page, dialogs, path.join(workDir, 'cabinet.minutes'), seed003Document(), 'cabinet');
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  await setTicked(dialog, 'Full version, marked “Not for publication”', true);
  await setTicked(dialog, 'Word document (DOCX)', false);
  await expect(dialog.getByTestId('export-preview')).toContainText('Not for publication');
  const pdf = path.join(workDir, 'full.pdf');
  dialogs.answerNextSave(pdf);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('export-status')).toContainText('Exported full.pdf', { timeout: 30_000 });
  const pages = pdfText(pdf)
    .split('\f')
    .filter((text) => text.trim());
  for (const text of pages) expect(text).toContain('Not for publication');
  expect(pages.join('\n').replace(/\s+/g, ' ')).toContain(SEED_003_EXEMPT_TEXT[1]);
});

test('the public version waits for an action with no owner until the clerk answers it or publishes anyway', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const document = seed000Document();
  (document.content.root.children as unknown[]).push(
    item('Highways update'),
    para('The update was noted.'),
    action(null, '', 'Report back on the pothole programme', null),
  );
  await openDocument(page, dialogs, path.join(workDir, 'ownerless.minutes'), document, 'ownerless');
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  await setTicked(dialog, 'PDF (tagged, for the website)', false);
  await expect(dialog.getByTestId('export-warnings')).toContainText('has no owner. Answer before publishing.');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The public version waits until the checks marked “answer before publishing” are answered');
  expect(dialogs.asked).toEqual(['open']);

  await setTicked(dialog, /Publish anyway/, true);
  const docx = path.join(workDir, 'public.docx');
  dialogs.answerNextSave(docx);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('export-status')).toContainText('Exported public.docx', { timeout: 30_000 });
  // The full version is never held back.
  await page.keyboard.press('Control+e');
  await setTicked(dialog, 'Full version, marked “Not for publication”', true);
  await expect(dialog.getByLabel(/Publish anyway/)).toHaveCount(0);
});
