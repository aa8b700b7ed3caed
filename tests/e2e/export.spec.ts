// The clerk exports from the File menu's shortcut (Ctrl+E): the dialog shows
// the checks and a preview of the first page; Enter exports; main asks where
// to save each file. The command-line exporter then makes the same files from
// the saved document: identical DOCX parts (save for the timestamps) and the
// same PDF text and properties.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { seed000Document } from '../fixtures/export/seed-000-document';
import { expect, test } from './harness/app-test';
import { openDocument } from './fixtures/seed-000-meeting';

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

  await dialog.getByLabel('Attendance record').check();
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
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/export-cli.ts', source, '--docx', cliDocx, '--pdf', cliPdf, '--public', '--appendix', 'attendance'], { stdio: 'pipe' });

  expect(await docxParts(menuDocx)).toEqual(await docxParts(cliDocx));
  expect(pdfText(menuPdf)).toBe(pdfText(cliPdf));
  expect(pdfText(menuPdf)).toContain('Appendix A: Attendance record');
  expect(pdfInfo(menuPdf)).toBe(pdfInfo(cliPdf));
});
