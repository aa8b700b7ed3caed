// The CLI's and tests' PDF printer keeps one page for every print: prints
// asked for at once must each get their own document, and a print that fails
// must not spoil the next one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfPrinter } from '../../scripts/chromium-pdf-printer';

const printer = createChromiumPdfPrinter();
afterAll(() => printer.close());

function textOf(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(process.env.TMPDIR ?? os.tmpdir(), 'printer-')), 'out.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

const page = (words: string) => `<!DOCTYPE html><html lang="en-GB"><title>${words}</title><p>${words}</p>`;

describe('Chromium PDF printer', () => {
  it('prints documents asked for at the same time each with its own text', async () => {
    const words = ['Alpha minutes', 'Bravo minutes', 'Charlie minutes', 'Delta minutes'];
    const printed = await Promise.all(words.map((text) => printer.print(page(text))));
    printed.forEach((bytes, index) => {
      const text = textOf(bytes);
      expect(text).toContain(words[index]);
      for (const other of words.filter((_, at) => at !== index)) expect(text).not.toContain(other);
    });
  }, 60_000);

  it('prints again after a print that failed', async () => {
    // An over-long page size makes Chromium refuse the print.
    await expect(printer.print(`<!DOCTYPE html><style>@page { size: 100000in 100000in }</style><p>too big</p>`)).rejects.toThrow();
    expect(textOf(await printer.print(page('Echo minutes')))).toContain('Echo minutes');
  }, 60_000);
});
