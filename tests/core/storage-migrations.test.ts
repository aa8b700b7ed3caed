// The migration mechanism: steps applied in order before validation, a clear
// refusal where no step exists, and every fixture an earlier version wrote
// still opening. Format 1 is the first released format, so the 0 → 1 step
// here is synthetic (see tests/fixtures/synthetic-v0.minutes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateToVersion, minutesMigrations, type JsonObject, type Migration } from '../../core/storage/migrations';
import { serializeMinutesDocument } from '../../core/storage/minutes-document';
import { parseMinutesFile } from '../../core/storage/parse-minutes-file';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures', name)));

/** What a real step looks like: rename fields, build Lexical paragraphs, keep everything else. */
const syntheticZeroToOne: Migration = {
  from: 0,
  summary: 'meeting.council/committee renamed; paragraphs[] became Lexical content',
  migrate(document) {
    const { meeting, paragraphs, ...rest } = document as { meeting: Record<string, unknown>; paragraphs: string[] } & JsonObject;
    const { council, committee, ...meetingRest } = meeting;
    return {
      ...rest,
      formatVersion: 1,
      meeting: { ...meetingRest, councilName: council, committeeName: committee },
      content: {
        root: {
          type: 'root',
          version: 1,
          children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })),
        },
      },
    };
  },
};

describe('migrations', () => {
  it('opens every fixture written by format 1', () => {
    for (const name of ['minutes-v1.minutes', 'minutes-v1-newer-fields.minutes']) {
      const outcome = parseMinutesFile(fixture(name));
      expect(outcome.ok, name).toBe(true);
    }
  });

  it('keeps fields added by a newer version when the file is written back', () => {
    const outcome = parseMinutesFile(fixture('minutes-v1-newer-fields.minutes'));
    if (!outcome.ok) throw new Error(outcome.problem);
    const written = JSON.parse(serializeMinutesDocument(outcome.document));
    expect(written.reviewComments).toEqual([{ id: 'c1', author: 'Chair', text: 'Check the spelling of Grimshaw' }]);
    expect(written.meeting.webcastUrl).toBe('https://example.invalid/webcast');
  });

  it('applies a step before validation (synthetic format 0)', () => {
    const outcome = parseMinutesFile(fixture('synthetic-v0.minutes'), [syntheticZeroToOne]);
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.document.formatVersion).toBe(1);
    expect(outcome.document.meeting).toMatchObject({ councilName: 'Bury Council', committeeName: 'Audit Committee' });
    expect(JSON.stringify(outcome.document.content)).toContain('Apologies for absence were received from Councillor Walsh.');
    expect((outcome.document as Record<string, unknown>).clerkNotes).toBe('kept as an unknown field');
  });

  it('refuses an old format it has no step for, saying which', () => {
    expect(minutesMigrations).toEqual([]);
    expect(parseMinutesFile(fixture('synthetic-v0.minutes'))).toEqual({
      ok: false,
      problem: 'it uses file format 0, which this version of Minute Book cannot read',
    });
  });

  it('chains steps in order and reports a broken or missing one', () => {
    const step = (from: number): Migration => ({ from, summary: '', migrate: (document) => ({ ...document, formatVersion: from + 1, [`v${from}`]: true }) });
    expect(migrateToVersion({ formatVersion: 1 }, 3, [step(2), step(1)])).toEqual({
      ok: true,
      document: { formatVersion: 3, v1: true, v2: true },
      applied: [1, 2],
    });
    expect(migrateToVersion({ formatVersion: 1 }, 3, [step(1)])).toMatchObject({ ok: false, problem: expect.stringContaining('file format 2') });
    const throwing: Migration = {
      from: 1,
      summary: '',
      migrate: () => {
        throw new Error('no meeting');
      },
    };
    expect(migrateToVersion({ formatVersion: 1 }, 2, [throwing])).toEqual({ ok: false, problem: 'it could not be converted from file format 1 (no meeting)' });
    const skipping: Migration = { from: 1, summary: '', migrate: (document) => ({ ...document, formatVersion: 5 }) };
    expect(migrateToVersion({ formatVersion: 1 }, 2, [skipping])).toMatchObject({ ok: false });
  });
});
