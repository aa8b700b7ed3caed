// SIGKILL at random moments while autosaving, hundreds of times: after every
// kill the file parses and is no older than the last acknowledged autosave,
// and the recovery journal holds at least as much, restorable exactly.
// (A kill is not a power cut — the OS cache survives — but it proves the
// write order and atomic rename never expose a half-written file.)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { parseRecoveryJournal } from '../../../core/storage/recovery-journal';
import { crashTestDocument, revisionOf } from './crash-document';

const TIME_BUDGET_MS = 40_000;
const MAX_KILLS = 200;
const MIN_KILLS = 100;
/** One half-written file per place a write can be cut short (file, backup, journal, version), whatever the number of kills. */
const MOST_TEMPORARY_FILES = 4;

/** Every `.tmp` file under the test folder (beside the document, in recovery/ and versions/). */
async function temporaryFilesIn(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true });
  return entries.filter((name) => name.endsWith('.tmp')).length;
}

/** Bundled once, so each restart costs a Node start-up, not a TypeScript compile. */
function bundleChild(outDirectory: string): string {
  const outfile = path.join(outDirectory, 'autosave-child.cjs');
  buildSync({ entryPoints: [path.join(__dirname, 'autosave-child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
  return outfile;
}

interface Life {
  lastAck: number;
  problem: string | null;
}

/** `first`: the revision to continue from; `acknowledged`: the newest revision any child has acknowledged. */
function runAndKill(child: string, dataDirectory: string, filePath: string, first: number, acknowledged: number): Promise<Life> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [child, dataDirectory, filePath, String(first)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const life: Life = { lastAck: acknowledged, problem: null };
    let buffered = '';
    process_.stdout.setEncoding('utf8');
    process_.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'READY') setTimeout(() => process_.kill('SIGKILL'), Math.random() * 90);
        else if (line.startsWith('ACK ')) life.lastAck = Number(line.slice(4));
        else if (line.startsWith('PROBLEM ')) life.problem = line;
      }
    });
    process_.on('error', reject);
    process_.on('exit', () => resolve(life));
  });
}

describe('autosave under SIGKILL', () => {
  it('never leaves a damaged or stale file, and the journal restores the rest', { timeout: 180_000 }, async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'minute-book-crash-'));
    const dataDirectory = path.join(directory, 'app-data');
    const filePath = path.join(directory, 'Crash test.minutes');
    const child = bundleChild(directory);
    const started = Date.now();
    let kills = 0;
    let acknowledged = 0;
    let resumeFrom = 0;
    let journalAhead = 0;

    let backupsChecked = 0;
    let mostTemporaryFiles = 0;
    // At least MIN_KILLS whatever the machine's speed (a slow machine takes longer, it does not fail);
    // beyond that, more while the time budget lasts.
    while (kills < MIN_KILLS || (kills < MAX_KILLS && Date.now() - started < TIME_BUDGET_MS)) {
      const life = await runAndKill(child, dataDirectory, filePath, resumeFrom, acknowledged);
      acknowledged = life.lastAck;
      kills += 1;
      expect(life.problem).toBeNull();
      if (!existsSync(filePath)) {
        expect(life.lastAck).toBe(0); // killed before the first autosave finished
        continue;
      }
      const onDisk = parseMinutesFile(await readFile(filePath));
      if (!onDisk.ok) throw new Error(`kill ${kills}: the file does not parse: ${onDisk.problem}`);
      const fileRevision = revisionOf(onDisk.document);
      expect(fileRevision).toBeGreaterThanOrEqual(life.lastAck);

      const journals = (await readdir(path.join(dataDirectory, 'recovery'))).filter((name) => name.endsWith('.journal.json'));
      expect(journals).toHaveLength(1);
      const journal = parseRecoveryJournal(await readFile(path.join(dataDirectory, 'recovery', journals[0]!), 'utf8'));
      if (!journal.ok) throw new Error(`kill ${kills}: the journal does not parse: ${journal.problem}`);
      const journalRevision = revisionOf(journal.journal.document);
      // The journal is written first, so it is never behind the file; restoring it gives that revision exactly.
      expect(journalRevision).toBeGreaterThanOrEqual(fileRevision);
      expect(journal.journal.document).toEqual(crashTestDocument(journalRevision));
      if (journalRevision > fileRevision) journalAhead += 1;

      const backup = path.join(directory, 'Crash test.backup.minutes');
      if (existsSync(backup)) {
        expect(parseMinutesFile(await readFile(backup)).ok).toBe(true);
        backupsChecked += 1;
      }
      // Each kill may leave a half-written temporary file or two; the next start clears them, so they never pile up.
      mostTemporaryFiles = Math.max(mostTemporaryFiles, await temporaryFilesIn(directory));
      // The next run continues from the recovered text, as the clerk would after accepting recovery.
      resumeFrom = journalRevision;
    }
    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(acknowledged).toBeGreaterThan(kills / 4); // the child really was saving, not just starting up
    expect(backupsChecked).toBeGreaterThan(0); // the backup beside the file was really read back, not skipped every time
    expect(mostTemporaryFiles).toBeLessThanOrEqual(MOST_TEMPORARY_FILES);
    console.log(
      `crash test: ${kills} kills, ${acknowledged} revisions acknowledged, journal ahead of the file after ${journalAhead} kills, at most ${mostTemporaryFiles} temporary files left`,
    );
  });
});
