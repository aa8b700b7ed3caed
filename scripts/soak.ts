// `npm run soak`: the hostile Word corpus, the .minutes and Word mutation
// fuzzers (a new seed each round) and the SIGKILL crash test, for a bounded
// few minutes (SOAK_SECONDS, default 240). Ends with exactly one line:
//   soak: <N> cases, <n> crashes, <n> hangs, <n> silent failures, main loop blocked at most <ms> ms
// A crash is an error that is not a clerk-facing refusal; a hang, a read
// stopped by its time budget; a silent failure, a hostile file accepted, a
// file changed by reading it, a refusal in jargon or without the file's name,
// or the crash test failing. "Blocked" is the most CPU this (main) thread
// spent at once while a worker read an untrusted file.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { AppError } from '../core/ipc/ipc-result';
import { nodeFileStore } from '../electron/main/adapters/node-file-store';
import { parseMinutesOffMain } from '../electron/main/workers/parse-minutes-off-main';
import { runUntrusted } from '../electron/main/workers/run-untrusted';
import { readWordReview } from '../electron/main/workers/untrusted-parse-jobs';
import { jargonIn } from '../tests/electron/clerk-words';
import { hostileWordCorpus } from './hostile-word/corpus';
import { watchLoop } from './hostile-word/loop-watch';
import { mutateBytes, mutateText, seededRandom } from './hostile-word/mutate';
import { writeZip } from './hostile-word/zip-writer';

const seconds = Number(process.env.SOAK_SECONDS ?? 240);
const deadline = Date.now() + seconds * 1000;
const tally = { cases: 0, crashes: 0, hangs: 0, silent: 0, blockedMs: 0 };
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Sorts one outcome into the tally; `expectRefusal` marks a file that must not be accepted. */
function judge(label: string, fileName: string, outcome: unknown, expectRefusal = false): void {
  tally.cases += 1;
  if (outcome === 'accepted') {
    if (expectRefusal) {
      tally.silent += 1;
      log(`silent: ${label} was accepted`);
    }
    return;
  }
  if (!(outcome instanceof AppError)) {
    tally.crashes += 1;
    log(`crash: ${label}: ${String(outcome)}`);
  } else if (/took more than \d+ seconds/.test(outcome.message)) {
    tally.hangs += 1;
    log(`hang: ${label}`);
  } else if (!outcome.message.includes(`“${fileName}”`) || jargonIn(outcome.message).length > 0) {
    tally.silent += 1;
    log(`unclear: ${label}: ${outcome.message}`);
  }
}

async function watched<T>(work: () => Promise<T>): Promise<T> {
  const loop = watchLoop();
  try {
    return await work();
  } finally {
    tally.blockedMs = Math.max(tally.blockedMs, loop.stop().blockedMs);
  }
}

async function corpus(): Promise<void> {
  for (const item of hostileWordCorpus()) {
    const outcome = await watched(() =>
      runUntrusted({ kind: 'word-review', bytes: item.bytes, fileName: item.name }, { fileName: item.name }).then(
        () => 'accepted' as const,
        (error: unknown) => error,
      ),
    );
    judge(item.name, item.name, outcome, item.expect === 'refused');
    if (item.expect === 'imported' && outcome !== 'accepted') {
      tally.silent += 1;
      log(`refused a harmless file: ${item.name}`);
    }
  }
}

async function fuzzRound(round: number, folder: string, wordParts: Record<string, string>): Promise<void> {
  const random = seededRandom(1000 + round);
  const seed = readFileSync('tests/fixtures/minutes-v1.minutes');
  for (let n = 0; n < 50 && Date.now() < deadline; n += 1) {
    const fileName = `round-${round}-case-${n}.minutes`;
    const file = path.join(folder, fileName);
    const bytes = random() < 0.5 ? mutateBytes(random, seed) : new TextEncoder().encode(mutateText(random, seed.toString('utf8'), 'json'));
    writeFileSync(file, bytes);
    const before = createHash('sha256').update(bytes).digest('hex');
    const outcome = await watched(async () => {
      try {
        const parsed = await parseMinutesOffMain(await nodeFileStore.read(file, 64 * 1024 * 1024), fileName);
        return parsed.ok ? ('accepted' as const) : new AppError('invalid-file', `“${fileName}” could not be opened because ${parsed.problem}.`);
      } catch (error) {
        return error;
      }
    });
    judge(fileName, fileName, outcome);
    if (createHash('sha256').update(readFileSync(file)).digest('hex') !== before) {
      tally.silent += 1;
      log(`changed by reading: ${fileName}`);
    }
  }
  for (let n = 0; n < 100 && Date.now() < deadline; n += 1) {
    const target = random() < 0.6 ? 'word/document.xml' : 'word/comments.xml';
    let bytes = writeZip(Object.entries({ ...wordParts, [target]: mutateText(random, wordParts[target]!, 'xml') }).map(([name, data]) => ({ name, data })));
    if (random() < 0.25) bytes = mutateBytes(random, bytes);
    const fileName = `round-${round}-case-${n}.docx`;
    // Every tenth through the worker, as the app reads it; the rest in this thread, for numbers.
    const read =
      n % 10 === 0 ? () => watched(() => runUntrusted({ kind: 'word-review', bytes, fileName }, { fileName })) : () => readWordReview(bytes, fileName);
    judge(
      fileName,
      fileName,
      await read().then(
        () => 'accepted' as const,
        (error: unknown) => error,
      ),
    );
  }
}

/** The SIGKILL crash test in its own process, alongside the fuzzers (it mostly waits on child processes). */
function crashTest(): Promise<void> {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/electron/storage/storage-crash.test.ts'], {
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    run.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    run.on('exit', (status) => {
      tally.cases += Number(/crash test: (\d+) kills/.exec(output)?.[1] ?? 0);
      if (status !== 0) {
        tally.silent += 1;
        log(`the SIGKILL crash test failed:\n${output.slice(-2000)}`);
      }
      resolve();
    });
  });
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-soak-'));
  const zip = await JSZip.loadAsync(readFileSync('tests/fixtures/review/chair-comments.docx'));
  const wordParts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) wordParts[name] = await zip.files[name]!.async('string');
  const crashed = crashTest();
  await corpus();
  for (let round = 0; Date.now() < deadline; round += 1) await fuzzRound(round, folder, wordParts);
  await crashed;
  console.log(
    `soak: ${tally.cases} cases, ${tally.crashes} crashes, ${tally.hangs} hangs, ${tally.silent} silent failures, main loop blocked at most ${Math.round(tally.blockedMs)} ms`,
  );
}

void main();
