// Mutation fuzzing with a fixed seed (scripts/hostile-word/mutate.ts): damaged
// and hostile .minutes files through "Open", and damaged Word documents
// through the Word import's reader. No crash, no hang (each test has a time
// limit), no file modified, and every refusal in plain words. `npm run soak`
// runs the same with more cases and changing seeds.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/ipc/ipc-result';
import { readWordReview } from '../../electron/main/workers/untrusted-parse-jobs';
import { mutateBytes, mutateText, seededRandom } from '../../scripts/hostile-word/mutate';
import { writeZip } from '../../scripts/hostile-word/zip-writer';
import { jargonIn } from './clerk-words';
import { createStorageRig } from './storage/storage-harness';

const SEED = 13;
const REFUSALS = new Set(['invalid-file', 'file-too-large', 'io-error']);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('.minutes files, mutated, through Open', () => {
  it('opens or refuses each cleanly, never changes the file, and says why in plain words', async () => {
    const rig = await createStorageRig();
    const seed = new Uint8Array(await readFile('tests/fixtures/minutes-v1.minutes'));
    const random = seededRandom(SEED);
    const problems: string[] = [];
    let refused = 0;
    for (let n = 0; n < 400; n += 1) {
      const text = new TextDecoder().decode(seed);
      const bytes = random() < 0.5 ? mutateBytes(random, seed) : new TextEncoder().encode(mutateText(random, text, 'json'));
      const file = path.join(rig.directory, `case-${n}.minutes`);
      await writeFile(file, bytes);
      const before = sha(bytes);
      rig.dialogs.answerNextOpen(file);
      const windowId = 100 + n;
      await rig.call('document/open', { replaceCurrent: true }, windowId).catch((error: Error & { code?: string }) => {
        refused += 1;
        if (!REFUSALS.has(error.code ?? '')) problems.push(`case ${n}: ${error.code} ${error.message}`);
        else if (!error.message.includes(`“case-${n}.minutes”`) || jargonIn(error.message).length > 0) problems.push(`case ${n}: ${error.message}`);
      });
      rig.registry.release(windowId);
      await rig.storage.whenReleased();
      if (sha(new Uint8Array(await readFile(file))) !== before) problems.push(`case ${n}: the file was changed`);
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(100); // the mutations really did damage files
  }, 120_000);
});

describe('Word documents, mutated, through the import reader', () => {
  const parts: Record<string, string> = {};
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await readFile('tests/fixtures/review/chair-comments.docx'));
    for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) parts[name] = await zip.files[name]!.async('string');
  });

  it('imports or refuses each with a sentence naming the file, never an internal error', async () => {
    const random = seededRandom(SEED);
    const problems: string[] = [];
    let refused = 0;
    for (let n = 0; n < 800; n += 1) {
      const target = random() < 0.6 ? 'word/document.xml' : 'word/comments.xml';
      const mutated = { ...parts, [target]: mutateText(random, parts[target]!, 'xml') };
      let bytes = writeZip(Object.entries(mutated).map(([name, data]) => ({ name, data })));
      if (random() < 0.25) bytes = mutateBytes(random, bytes);
      const fileName = `case-${n}.docx`;
      try {
        await readWordReview(bytes, fileName);
      } catch (error) {
        refused += 1;
        if (!(error instanceof AppError)) problems.push(`case ${n}: ${String(error)}`);
        else if (!error.message.includes(`“${fileName}”`) || jargonIn(error.message).length > 0) problems.push(`case ${n}: ${error.message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(100);
  }, 120_000);
});
