// "Import agenda…" through dispatch(), as ipcMain calls it: main's Open
// dialog (scripted here) chooses the file, the untrusted-file worker reads
// it, and the answer is what was understood — compared item by item with the
// fixtures modelled on the reference councils' agendas. Hostile and wrong
// files are refused with a sentence naming the file and holding no jargon.
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgendaImportOutcome } from '../../core/ipc/channels/agenda-channels';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { hostileWordCorpus } from '../../scripts/hostile-word/corpus';
import type { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { docxFixtures, pdfFixtures } from '../fixtures/agenda/agenda-fixtures';
import { jargonIn } from './clerk-words';
import { dispatcher } from './dispatch-kit';
import { handlerRig } from './support/handler-rig';
import { fixedClock } from './support/test-deps';

const FIXTURES = path.join(__dirname, '../fixtures/agenda');
let directory: string;
let dialogs: ScriptedDialogs;
let table: HandlerTable;
const { call, refusal } = dispatcher(() => table);

beforeEach(async () => {
  ({ directory, dialogs, table } = await handlerRig('agenda', { deps: { clock: fixedClock('2024-05-01T09:00:00Z') } }));
});

async function importFile(filePath: string): Promise<AgendaImportOutcome> {
  dialogs.answerNextOpen(filePath);
  return call<AgendaImportOutcome>('agenda/import', {});
}

async function refusalOf(name: string, bytes: Uint8Array) {
  const filePath = path.join(directory, name);
  await writeFile(filePath, bytes);
  dialogs.answerNextOpen(filePath);
  return refusal('agenda/import', {});
}

describe('importing a published agenda', () => {
  for (const fixture of [...docxFixtures.map((f) => ({ f, ext: 'docx' })), ...pdfFixtures.map((f) => ({ f, ext: 'pdf' }))]) {
    it(`${fixture.f.file}.${fixture.ext}: date, time, venue and each item as published`, async () => {
      const outcome = await importFile(path.join(FIXTURES, `${fixture.f.file}.${fixture.ext}`));
      if (outcome.status !== 'read') throw new Error('not read');
      expect(outcome.fileName).toBe(`${fixture.f.file}.${fixture.ext}`);
      const { agenda } = outcome;
      expect({ date: agenda.date, startTime: agenda.startTime, venue: agenda.venue }).toEqual({
        date: fixture.f.expected.date,
        startTime: fixture.f.expected.startTime,
        venue: fixture.f.expected.venue,
      });
      expect(agenda.items.map((item) => item.title)).toEqual(fixture.f.expected.items.map((item) => item.title));
      fixture.f.expected.items.forEach((expected, index) => expect(agenda.items[index], `item ${index + 1}`).toEqual(expected));
      expect(agenda.notes).toEqual([]);
    }, 30_000);
  }

  it('changes nothing when the clerk cancels the Open dialog', async () => {
    dialogs.answerNextOpen(null);
    expect(await call('agenda/import', {})).toEqual({ status: 'cancelled' });
  });

  it('takes nothing from the page: a path sent with the request is refused', async () => {
    const error = await refusal('agenda/import', { filePath: '/etc/passwd' });
    expect(error.code).toBe('invalid-payload');
  });
});

describe('a file that is not an agenda Minute Book can read', () => {
  const hostileWord = hostileWordCorpus().filter(({ name }) =>
    [
      'bomb-by-ratio.docx',
      'bomb-lying-about-size.docx',
      'billion-laughs.docx',
      'encrypted.docx',
      'not-a-zip.docx',
      'malformed-mismatched.docx',
      'empty.docx',
    ].includes(name),
  );

  it.each(hostileWord.map((item) => [item.name, item] as const))(
    '%s is refused in plain words naming the file',
    async (name, item) => {
      const error = await refusalOf(name, item.bytes);
      expect(['invalid-file', 'file-too-large']).toContain(error.code);
      expect(error.message).toContain(`“${name}”`);
      expect(jargonIn(error.message)).toEqual([]);
    },
    60_000,
  );

  it('a PDF that is not one, or is cut short, is refused', async () => {
    const whole = await PDFDocument.create();
    whole.addPage().drawText('1. Apologies');
    const bytes = await whole.save();
    for (const [name, content] of [
      ['letter.pdf', new TextEncoder().encode('This is a letter, not a PDF.')],
      ['cut-short.pdf', bytes.slice(0, 200)],
    ] as const) {
      const error = await refusalOf(name, content);
      expect(error.code).toBe('invalid-file');
      expect(error.message).toContain(`“${name}” is not a PDF Minute Book can read`);
      expect(jargonIn(error.message)).toEqual([]);
    }
  }, 60_000);

  it('a scanned PDF (no text) is refused with what to ask for', async () => {
    const scanned = await PDFDocument.create();
    scanned.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
    const error = await refusalOf('scanned.pdf', await scanned.save());
    expect(error.message).toBe(
      '“scanned.pdf” has no text Minute Book can read: it may be a scanned image. Ask for the agenda as a Word document or a PDF saved from Word.',
    );
  }, 30_000);

  it('a file of another kind is refused before it is read', async () => {
    const error = await refusalOf('agenda.doc', new TextEncoder().encode('old Word'));
    expect(error.message).toMatch(/^“agenda\.doc” is not a Word document \(\.docx\) or a PDF/);
  });

  it('a file larger than any agenda is refused without being read', async () => {
    const filePath = path.join(directory, 'huge.pdf');
    await writeFile(filePath, '');
    await truncate(filePath, 40 * 1024 * 1024);
    dialogs.answerNextOpen(filePath);
    const error = await refusal('agenda/import', {});
    expect(error.code).toBe('file-too-large');
    expect(error.message).toBe(
      '“huge.pdf” is larger than any agenda (over 30 MB), so it was not read. Import the agenda on its own, without the reports attached.',
    );
  });
});
