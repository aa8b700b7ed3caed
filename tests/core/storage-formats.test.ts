// The small storage formats and rules: version file names, pruning, lock
// staleness, retry pauses, journal round trips and UK times in messages.
import { describe, expect, it } from 'vitest';
import { ukMomentOf, ukTimeOf } from '../../core/storage/describe-time';
import { describeLockOwner, judgeLock, parseLockFile, type LockFile } from '../../core/storage/lock-file';
import { createEmptyMinutesDocument, serializeMinutesDocument } from '../../core/storage/minutes-document';
import { countWords, parseRecoveryJournal, serializeRecoveryJournal, serializeRecoveryJournalAround } from '../../core/storage/recovery-journal';
import { retryDelayMs } from '../../core/storage/save-retry';
import { parseVersionFileName, versionFileName, versionsToPrune } from '../../core/storage/version-snapshot';

describe('version snapshot names', () => {
  it('carry the time and reason, sort by time, and parse back', () => {
    const at = new Date('2022-03-23T18:45:07.123Z');
    const name = versionFileName(at, 3, 'save');
    expect(name).toBe('20220323T184507123Z-0003-save.minutes');
    expect(parseVersionFileName(name)).toEqual({ versionId: '20220323T184507123Z-0003-save', savedAt: at, reason: 'save' });
    expect(parseVersionFileName('notes.txt')).toBeNull();
    expect(parseVersionFileName('20221399T999999999Z-0001-save.minutes')).toBeNull();
  });

  it('prunes the oldest beyond the limit, per reason', () => {
    const names = Array.from({ length: 5 }, (_, index) =>
      parseVersionFileName(versionFileName(new Date(Date.UTC(2022, 2, 23, 10, index)), index, 'interval'))!,
    );
    const saves = [parseVersionFileName(versionFileName(new Date(Date.UTC(2022, 0, 1)), 9, 'save'))!];
    expect(versionsToPrune([...names, ...saves], 3).map((name) => name.savedAt.getUTCMinutes())).toEqual([1, 0]);
  });
});

describe('lock staleness', () => {
  const lock: LockFile = {
    app: 'Minute Book',
    owner: 'Sam Jones',
    machine: 'TOWN-HALL-PC',
    pid: 4242,
    session: 's',
    lockedAt: '2022-03-23T18:00:00.000Z',
    refreshedAt: '2022-03-23T18:40:00.000Z',
  };
  const now = new Date('2022-03-23T18:45:00.000Z');

  it('is live while refreshed recently by a running owner', () => {
    expect(judgeLock(lock, { machine: 'CLERK-LAPTOP', now, isProcessAlive: () => false })).toBe('live'); // other machine: pid means nothing here
    expect(judgeLock(lock, { machine: 'TOWN-HALL-PC', now, isProcessAlive: () => true })).toBe('live');
  });

  it('is stale when its process died on this machine, or it has not been refreshed for ten minutes', () => {
    expect(judgeLock(lock, { machine: 'TOWN-HALL-PC', now, isProcessAlive: () => false })).toBe('stale');
    expect(judgeLock(lock, { machine: 'CLERK-LAPTOP', now: new Date('2022-03-23T18:50:01.000Z'), isProcessAlive: () => true })).toBe('stale');
  });

  it('reads only well-formed locks and names the owner', () => {
    expect(parseLockFile(JSON.stringify(lock))).toEqual(lock);
    expect(parseLockFile('{"app":"Other"}')).toBeNull();
    expect(parseLockFile('')).toBeNull();
    expect(describeLockOwner(lock)).toBe('Sam Jones on TOWN-HALL-PC');
    expect(describeLockOwner({ owner: ' ', machine: 'PC' })).toBe('someone on PC');
  });
});

describe('retry pauses', () => {
  it('double from one second up to thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(retryDelayMs)).toEqual([0, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});

describe('recovery journal', () => {
  it('round-trips a document and refuses a cut-short one', () => {
    const document = createEmptyMinutesDocument();
    document.meeting.title = 'Cabinet';
    const text = serializeRecoveryJournal({
      documentId: 'doc-1',
      displayName: 'Cabinet',
      filePath: '/x/Cabinet.minutes',
      savedAt: '2022-03-23T18:45:00.000Z',
      document,
    });
    expect(parseRecoveryJournal(text)).toMatchObject({ ok: true, journal: { displayName: 'Cabinet', filePath: '/x/Cabinet.minutes', document } });
    expect(parseRecoveryJournal(text.slice(0, text.length / 2))).toEqual({ ok: false, problem: 'the recovery copy is damaged (it is not complete JSON)' });
  });

  it("reads back the same from the text built around the file's own text as from a whole new one", () => {
    const document = createEmptyMinutesDocument();
    document.meeting.title = 'Cabinet "budget" \u2028 meeting';
    const journal = { documentId: 'doc-1', displayName: 'Cabinet', filePath: null, savedAt: '2022-03-23T18:45:00.000Z', document };
    const around = serializeRecoveryJournalAround(journal, serializeMinutesDocument(document));
    expect(JSON.parse(around)).toEqual(JSON.parse(serializeRecoveryJournal(journal)));
    expect(parseRecoveryJournal(around)).toEqual(parseRecoveryJournal(serializeRecoveryJournal(journal)));
    expect(around.endsWith('}\n')).toBe(true);
  });

  it('counts the words typed', () => {
    const content = { root: { children: [{ children: [{ text: 'Apologies were  received' }, { text: '' }] }, { children: [{ text: 'Agreed.' }] }] } };
    expect(countWords(content)).toBe(4);
  });
});

describe('times in messages', () => {
  it('are UK style, saying "today" only on the same day', () => {
    const at = new Date(2022, 2, 23, 14, 32);
    expect(ukTimeOf(at)).toBe('2.32 pm');
    expect(ukMomentOf(at, new Date(2022, 2, 23, 18, 0))).toBe('2.32 pm today');
    expect(ukMomentOf(at, new Date(2022, 2, 24, 9, 0))).toBe('2.32 pm on 23 March 2022');
  });
});
