// Export speed for a 40,000-word meeting: our DOCX (layout + docx library)
// beside pandoc converting the same content from Markdown to DOCX, and our
// PDF (layout + HTML + Chromium print, browser warm) beside LibreOffice
// headless converting our DOCX to PDF — all measured in this run. Targets:
// DOCX at most half pandoc's time, PDF at most half LibreOffice's.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildMinutesLayout } from '../../core/export/build-layout';
import { writeDocx } from '../../core/export/docx-writer';
import { renderLayoutHtml } from '../../core/export/html-writer';
import type { LayoutDocument } from '../../core/export/layout-model';
import type { AgendaItemMinutes, MinutesContent } from '../../core/minutes/minutes-model';
import { meetingSchema } from '../../core/model/meeting';
import { createChromiumPdfPrinter } from '../../scripts/chromium-pdf-printer';
import type { BenchModule } from './run-bench';

const WORDS = 40_000;
const VOCABULARY =
  'the committee considered the report of the director and resolved that the recommendations be agreed subject to the amendments moved by councillor walsh'.split(
    ' ',
  );

function sentence(seed: number, length: number): string {
  return Array.from({ length }, (_, index) => VOCABULARY[(seed + index) % VOCABULARY.length]).join(' ');
}

/** About 40,000 words: 80 items of paragraphs and numbered resolutions. */
export function syntheticMinutes(): MinutesContent {
  const items: AgendaItemMinutes[] = [];
  let words = 0;
  for (let index = 0; words < WORDS; index += 1) {
    const paragraphs = Array.from({ length: 6 }, (_, at) => ({ kind: 'paragraph' as const, text: [{ text: `${sentence(index + at, 75)}.` }] }));
    const resolutions = Array.from({ length: 4 }, (_, at) => [{ text: `${sentence(index * 3 + at, 12)}.` }]);
    words += 6 * 75 + 4 * 12;
    items.push({
      id: `item-${index}`,
      number: String(index + 1),
      title: `Item of business ${index + 1}`,
      exempt: null,
      urgent: false,
      blocks: [...paragraphs, { kind: 'resolutions', heading: 'It was agreed:', resolutions }],
    });
  }
  return { preamble: [], items, close: { chair: { personId: null, name: 'Councillor S Wright' }, startedAt: '17:30', endedAt: '21:45' } };
}

function syntheticLayout(): LayoutDocument {
  const meeting = meetingSchema.parse({ councilName: 'Bury Council', committeeName: 'Synthetic Committee', title: 'Synthetic', date: '2022-03-23', venue: '' });
  return buildMinutesLayout({
    meeting,
    heading: [{ label: 'Present:', text: 'Councillor S Wright (in the Chair)' }],
    minutes: syntheticMinutes(),
    options: { version: 'public', appendices: [] },
  });
}

function markdownOf(minutes: MinutesContent): string {
  return minutes.items
    .map((item) => {
      const body = item.blocks.map((block) =>
        block.kind === 'paragraph'
          ? block.text[0]!.text
          : block.kind === 'resolutions'
            ? `${block.heading}\n\n${block.resolutions.map((text, at) => `${at + 1}. ${text[0]!.text}`).join('\n')}`
            : '',
      );
      return `# ${item.number} ${item.title.toUpperCase()}\n\n${body.join('\n\n')}`;
    })
    .join('\n\n');
}

async function median(runs: number, task: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function ensureTool(command: string, aptPackage: string): void {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0) return;
  console.log(`Installing ${aptPackage} from Debian…`);
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', aptPackage], { stdio: 'inherit' });
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

const bench: BenchModule = {
  title: 'Export of a 40,000-word meeting: DOCX vs pandoc, PDF vs LibreOffice',
  async run() {
    ensureTool('pandoc', 'pandoc');
    ensureTool('soffice', 'libreoffice-writer-nogui');
    const dir = mkdtempSync(path.join(process.env.TMPDIR ?? tmpdir(), 'export-bench-'));
    const printer = createChromiumPdfPrinter();
    try {
      const minutes = syntheticMinutes();
      const ours = await median(5, async () => writeDocx(syntheticLayout()));
      const docxFile = path.join(dir, 'minutes.docx');
      writeFileSync(docxFile, await writeDocx(syntheticLayout()));
      const markdownFile = path.join(dir, 'minutes.md');
      writeFileSync(markdownFile, markdownOf(minutes));
      const pandoc = await median(3, () => execFileSync('pandoc', [markdownFile, '-o', path.join(dir, 'pandoc.docx')]));

      await printer.print('<!DOCTYPE html><title>warm</title><p>warm</p>');
      const pdf = await median(5, async () => printer.print(renderLayoutHtml(syntheticLayout())));
      const profile = `-env:UserInstallation=file://${dir}/profile`;
      execFileSync('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', dir, docxFile], { stdio: 'pipe' }); // first start creates the profile
      const libreOffice = await median(3, () =>
        execFileSync('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', dir, docxFile], { stdio: 'pipe' }),
      );

      console.log(`DOCX  Minute Book ${ms(ours)}   pandoc (Markdown → DOCX) ${ms(pandoc)}   ratio ${(ours / pandoc).toFixed(2)} (target ≤ 0.50)`);
      console.log(`PDF   Minute Book ${ms(pdf)}   LibreOffice (DOCX → PDF) ${ms(libreOffice)}   ratio ${(pdf / libreOffice).toFixed(2)} (target ≤ 0.50)`);
    } finally {
      await printer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
