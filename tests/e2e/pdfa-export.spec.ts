// The archival PDF/A copy from the export dialog and from the command line:
// the clerk ticks “Archival PDF/A copy” with the keyboard, main asks where to
// save it (suggesting “… (PDF-A).pdf”), and the copy declares PDF/A-2u, keeps
// every font embedded, stays tagged and reads exactly like the ordinary PDF.
// The command-line exporter's --pdfa makes the same copy.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { seed000Document } from '../fixtures/export/seed-000-document';
import { expect, test } from './harness/app-test';
import { openDocument } from './fixtures/seed-000-meeting';
import { setTicked } from './fixtures/ticks';

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const pdfText = (file: string) => run('pdftotext', '-layout', file, '-');
/** The XMP without its dates, which differ between two exports. */
const xmpWithoutDates = (file: string) => run('pdfinfo', '-meta', file).replace(/<xmp:\w+Date>[^<]*<\/xmp:\w+Date>/g, '');

function expectArchival(file: string, ordinaryPdf: string) {
  const xmp = run('pdfinfo', '-meta', file);
  expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
  expect(xmp).toContain('<pdfaid:conformance>U</pdfaid:conformance>');
  expect(xmp).toContain('<rdf:li xml:lang="x-default">Minutes of the Children and Young People Scrutiny Committee, 23 March 2022</rdf:li>');
  expect(run('pdfinfo', file)).toMatch(/^Tagged:\s+yes$/m);
  const fonts = run('pdffonts', file).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
  expect(pdfText(file)).toBe(pdfText(ordinaryPdf));
}

test('Ctrl+E with “Archival PDF/A copy” ticked saves a PDF/A-2u copy beside the PDF, as the CLI --pdfa option does', async ({ app }) => {
  const { page, dialogs, workDir } = app;
  const source = path.join(workDir, 'seed-000.minutes');
  await openDocument(page, dialogs, source, seed000Document(), 'seed-000');
  await page.keyboard.press('Control+e');
  const archival = page.getByRole('dialog', { name: 'Export minutes' }).getByLabel('Archival PDF/A copy (PDF/A-2u, for the records)');
  await expect(archival).not.toBeChecked();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  await archival.focus();
  await page.keyboard.press('Space');
  await expect(archival).toBeChecked();
  await setTicked(dialog, 'Word document (DOCX)', false);

  const menuPdf = path.join(workDir, 'menu.pdf');
  const menuArchival = path.join(workDir, 'menu (PDF-A).pdf');
  dialogs.answerNextSave(menuPdf);
  dialogs.answerNextSave(menuArchival);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-status')).toContainText('Exported menu.pdf and menu (PDF-A).pdf', { timeout: 30_000 });
  expect(dialogs.asked.slice(-2)).toEqual([
    'save:Children and Young People Scrutiny Committee 23 March 2022 minutes (public).pdf',
    'save:Children and Young People Scrutiny Committee 23 March 2022 minutes (public) (PDF-A).pdf',
  ]);
  expectArchival(menuArchival, menuPdf);

  const cliPdf = path.join(workDir, 'cli.pdf');
  const cliArchival = path.join(workDir, 'cli (PDF-A).pdf');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/export-cli.ts', source, '--pdf', cliPdf, '--pdfa', cliArchival, '--public'], { stdio: 'pipe' });
  expectArchival(cliArchival, cliPdf);
  expect(xmpWithoutDates(cliArchival)).toBe(xmpWithoutDates(menuArchival));
});
