// The library at scale: a synthetic library of committees × years × meetings
// of about 10,000 words each (the full size is 30 committees × 10
// years × 12 meetings, 36 million words; LIBRARY_BENCH_YEARS and
// LIBRARY_BENCH_COMMITTEES scale it — the default is smaller so it runs in
// minutes on a shared machine, and the scale is printed). Measures the full
// index build and its size, the incremental update after a save, and search
// p95 per kind of query, beside a baseline measured in the same run: reading
// every file and scanning its text for one word.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeFileStore } from '../../electron/main/adapters/node-file-store';
import { LibraryService } from '../../electron/main/library/library-service';
import type { SearchFilters } from '../../electron/main/library/library-index';
import { testMinutes, type TestBlock, type TestMeeting } from '../core/library/library-documents';
import type { BenchModule } from './run-bench';

const YEARS = Number(process.env.LIBRARY_BENCH_YEARS ?? 2);
const COMMITTEES = Number(process.env.LIBRARY_BENCH_COMMITTEES ?? 10);
const MEETINGS_A_YEAR = 12;
const ITEMS = 12;
const PARAGRAPHS_AN_ITEM = 7;
const WORDS_A_PARAGRAPH = 110;
const QUERIES = 60;

// A seeded generator: the same library every run.
let seed = 20170228;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: ReadonlyArray<T>): T => list[Math.floor(random() * list.length)]!;

const COMMON =
  'the of and to a in that be was committee council report members resolved noted agreed meeting item officer budget planning application consultation highways footpath hedge drainage school library grant contract tender housing allotment village hall parish borough county policy review scrutiny cabinet decision'.split(
    ' ',
  );
const RARE = 'bollards culvert ragwort lychgate defibrillator pinfold wayleave hedgerow dormouse streetlight bandstand cenotaph verge gritting sluice'.split(
  ' ',
);
const NAMES = ['Anderson', 'Wilkins', 'Royce', 'Walker', 'Hutter', 'Taylor', 'Clayworth', 'Mafham', 'Bennett', 'Kelly', 'Berry', 'Rennie', 'Foulkes', 'Davies'];

function sentence(words: number): string {
  const out: string[] = [];
  for (let index = 0; index < words; index += 1) out.push(random() < 0.02 ? pick(RARE) : random() < 0.01 ? pick(NAMES) : pick(COMMON));
  return `${out.join(' ')}.`;
}

function meeting(committee: number, year: number, month: number): TestMeeting {
  const date = `${2010 + year}-${String(month + 1).padStart(2, '0')}-${String(10 + (committee % 15)).padStart(2, '0')}`;
  return {
    committeeId: `committee-${committee}`,
    committeeName: `Committee ${committee}`,
    date,
    prefix: `C${committee}`,
    firstNumber: month * ITEMS + 1,
    items: Array.from({ length: ITEMS }, (_, item) => ({
      title: `${pick(COMMON)} ${pick(COMMON)} ${pick(RARE)}`,
      blocks: [
        ...Array.from({ length: PARAGRAPHS_AN_ITEM }, (): TestBlock => ({ kind: 'text', text: sentence(WORDS_A_PARAGRAPH) })),
        { kind: 'resolution', text: sentence(25) },
        ...(item % 3 === 0 ? [{ kind: 'action' as const, text: sentence(12), owner: `Councillor ${pick(NAMES)}` }] : []),
        ...(item === 1 ? [{ kind: 'declaration' as const, member: `Councillor ${pick(NAMES)}`, text: sentence(10) }] : []),
      ],
    })),
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function folderBytes(folder: string): Promise<number> {
  const names = await readdir(folder);
  const sizes = await Promise.all(names.map(async (name) => (await stat(path.join(folder, name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

const bench: BenchModule = {
  title: 'Library: index build, update on save, search',
  async run() {
    const root = await mkdtemp(path.join(tmpdir(), 'mb-library-bench-'));
    try {
      const minutesFolder = path.join(root, 'minutes');
      const files: Array<{ filePath: string; meeting: TestMeeting }> = [];
      let words = 0;
      for (let committee = 0; committee < COMMITTEES; committee += 1) {
        const folder = path.join(minutesFolder, `Committee ${committee}`);
        await mkdir(folder, { recursive: true });
        for (let year = 0; year < YEARS; year += 1) {
          for (let month = 0; month < MEETINGS_A_YEAR; month += 1) {
            const planned = meeting(committee, year, month);
            const filePath = path.join(folder, `${planned.date}.minutes`);
            const document = testMinutes(planned);
            const text = JSON.stringify(document);
            words += text.split(/\s+/).length;
            await writeFile(filePath, text);
            files.push({ filePath, meeting: planned });
          }
        }
      }
      const meetings = files.length;
      console.log(
        `scale: ${COMMITTEES} committees × ${YEARS} years × ${MEETINGS_A_YEAR} meetings = ${meetings} meetings, about ${(words / 1e6).toFixed(1)} million words`,
      );
      console.log(`machine load (1-minute average) at the start: ${loadavg()[0]!.toFixed(1)}`);
      console.log(`(the issue's full library is 3,600 meetings and 36 million words: LIBRARY_BENCH_YEARS=10 LIBRARY_BENCH_COMMITTEES=30)`);

      const library = new LibraryService(nodeFileStore, path.join(root, 'app-data'));
      let started = performance.now();
      const report = await library.addFolder(minutesFolder);
      const buildMs = performance.now() - started;
      const indexBytes = await folderBytes(path.join(root, 'app-data', 'library'));
      console.log(
        `full index build: ${(buildMs / 1000).toFixed(1)} s for ${report.indexed} files (${(meetings / (buildMs / 1000)).toFixed(0)} meetings a second)`,
      );
      console.log(
        `index size: ${(indexBytes / 1e6).toFixed(1)} MB (files: ${((await Promise.all(files.map((file) => stat(file.filePath)))).reduce((sum, info) => sum + info.size, 0) / 1e6).toFixed(1)} MB)`,
      );

      // The library idle after the build, as the app leaves it: the service merges the text index's segments then.
      started = performance.now();
      await library.read((index) => {
        while (index.tidy()) {
          // one bounded step at a time, as the idle timer runs them
        }
      });
      console.log(`merging the index's segments once idle after the build: ${(performance.now() - started).toFixed(0)} ms in bounded steps`);

      // A save: the index replaces one meeting (the handler has answered by then; this is the work after it).
      const updates: number[] = [];
      for (let run = 0; run < 20; run += 1) {
        const target = files[Math.floor(random() * files.length)]!;
        const document = testMinutes({ ...target.meeting, items: target.meeting.items.map((item) => ({ ...item, title: `${item.title} ${run}` })) });
        started = performance.now();
        await library.indexSaved(target.filePath, document);
        updates.push(performance.now() - started);
      }
      console.log(
        `incremental update on save: median ${ms(percentile(updates, 50))}, p95 ${ms(percentile(updates, 95))} (target under 50 ms, off the typing path)`,
      );

      started = performance.now();
      await library.refresh();
      console.log(`refresh with nothing changed (every file's time and size looked at): ${ms(performance.now() - started)}`);

      const kinds: Array<[string, () => [string, SearchFilters]]> = [
        ['word', () => [pick(RARE), {}]],
        ['common word', () => [pick(COMMON), {}]],
        ['name', () => [pick(NAMES), {}]],
        ['minute number', () => [`C${Math.floor(random() * COMMITTEES)}.${1 + Math.floor(random() * ITEMS * MEETINGS_A_YEAR)}`, {}]],
        [
          'phrase with filters',
          () => [
            `"${pick(COMMON)} ${pick(COMMON)}"`,
            { committeeId: `committee-${Math.floor(random() * COMMITTEES)}`, from: '2010-01-01', to: `${2010 + Math.max(0, YEARS - 1)}-06-30`, kind: 'all' },
          ],
        ],
        ['resolutions only', () => [pick(RARE), { kind: 'resolutions' }]],
      ];
      for (const [kind, next] of kinds) {
        const times: number[] = [];
        for (let run = 0; run < QUERIES; run += 1) {
          const [query, filters] = next();
          started = performance.now();
          await library.search(query, filters);
          times.push(performance.now() - started);
        }
        console.log(`search ${kind}: p95 ${ms(percentile(times, 95))} (median ${ms(percentile(times, 50))})`);
      }

      // Baseline: without an index, finding one word means reading and scanning every file.
      const word = pick(RARE);
      started = performance.now();
      let hits = 0;
      for (const file of files) if ((await readFile(file.filePath, 'utf8')).includes(word)) hits += 1;
      console.log(`baseline, no index: reading every file for one word: ${ms(performance.now() - started)} (${hits} files)`);
      library.close();
    } finally {
      await rm(root, { recursive: true, force: true, maxRetries: 5 });
    }
  },
};

export default bench;
