// The library index on real temp folders with node:sqlite: files are the
// source of truth, and the index follows them.
import { mkdtemp, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileStore } from '../../../electron/main/adapters/node-file-store';
import { LibraryIndex } from '../../../electron/main/library/library-index';
import { LibraryService } from '../../../electron/main/library/library-service';
import { libraryMeetingOf } from '../../../core/library/library-meeting';
import { INLINE_MINUTES_BYTES } from '../../../electron/main/workers/parse-minutes-off-main';
import { testMinutes, testMinutesText, type TestMeeting } from '../../core/library/library-documents';

const planning = (date: string, firstNumber: number, words: string): TestMeeting => ({
  committeeId: 'planning',
  committeeName: 'Planning',
  date,
  prefix: 'CA',
  firstNumber,
  items: [
    { title: 'Apologies', blocks: [{ kind: 'text', text: 'There were no apologies.' }] },
    {
      title: 'Planning applications',
      itemId: `item-${date}`,
      blocks: [
        { kind: 'text', text: words },
        { kind: 'resolution', text: 'The application be refused.' },
      ],
    },
  ],
});

describe('the library index', () => {
  let root: string;
  let folder: string;
  let library: LibraryService;
  const write = async (name: string, meeting: TestMeeting) => writeFile(path.join(folder, name), testMinutesText(meeting));
  const found = async (query: string) => (await library.search(query, {})).map((hit) => `${path.basename(hit.filePath)} ${hit.minuteNumber} ${hit.kind}`);

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'mb-library-'));
    folder = path.join(root, 'Planning minutes');
    await mkdir(path.join(folder, '2017'), { recursive: true });
    library = new LibraryService(nodeFileStore, path.join(root, 'app-data'), 5);
  });
  afterEach(async () => {
    library.close();
    await rm(root, { recursive: true, force: true });
  });

  it('indexes the minutes files in a chosen folder and its subfolders, and finds words, phrases and minute numbers', async () => {
    await write('2017/February.minutes', planning('2017-02-28', 118, 'Building plots at Hill Farm were identified.'));
    await write('March.minutes', planning('2017-03-21', 130, 'The plots on Moor Lane were discussed.'));
    const report = await library.addFolder(folder);

    expect(report).toEqual({ indexed: 2, removed: 0, unreachable: [] });
    expect(await found('plots')).toEqual(expect.arrayContaining(['February.minutes CA.119 text', 'March.minutes CA.131 text']));
    expect(await found('"building plots"')).toEqual(['February.minutes CA.119 text']);
    expect(await found('ca.119')).toEqual(['February.minutes CA.119 title']);
    // Search-engine syntax typed in the box is only words: never an error.
    for (const query of ['NEAR( "unclosed', 'AND OR NOT *', '"', '^title:x', 'plots OR"'])
      await expect(library.search(query, {})).resolves.toBeInstanceOf(Array);
    expect(await found('plots AND')).toEqual([]);
    const [hit] = await library.search('Hill Farm', {});
    expect(hit).toMatchObject({
      committeeName: 'Planning',
      date: '2017-02-28',
      minuteNumber: 'CA.119',
      itemId: 'item-2017-02-28',
      itemTitle: 'Planning applications',
    });
    expect(hit?.snippet).toEqual([
      { text: 'Building plots at ', hit: false },
      { text: 'Hill', hit: true },
      { text: ' ', hit: false },
      { text: 'Farm', hit: true },
      { text: ' were identified.', hit: false },
    ]);
  });

  it('lists the newest meetings first whatever order the files were read in, each meeting in its own minute order', async () => {
    await write('2017/May.minutes', planning('2017-05-16', 150, 'The hedgerow was noted.'));
    await write('2017/January.minutes', planning('2017-01-10', 100, 'The hedgerow was noted.'));
    await write('December.minutes', {
      ...planning('2016-12-06', 90, 'The hedgerow was noted.'),
      items: [
        { title: 'Hedgerow on Mill Lane', blocks: [{ kind: 'text', text: 'The hedgerow was noted.' }] },
        { title: 'Hedgerow at the school', blocks: [{ kind: 'text', text: 'A hedgerow was planted.' }] },
      ],
    });
    await write('March.minutes', planning('2017-03-21', 130, 'The hedgerow was noted.'));
    await library.addFolder(folder);

    expect(await found('hedgerow')).toEqual([
      'May.minutes CA.151 text',
      'March.minutes CA.131 text',
      'January.minutes CA.101 text',
      'December.minutes CA.90 title',
      'December.minutes CA.90 text',
      'December.minutes CA.91 title',
      'December.minutes CA.91 text',
    ]);
    const between = await library.search('hedgerow', { from: '2017-01-10', to: '2017-03-21' });
    expect(between.map((hit) => hit.date)).toEqual(['2017-03-21', '2017-01-10']);
    // Saved again, a meeting keeps its place by date, not by when it was indexed.
    await library.indexSaved(path.join(folder, 'December.minutes'), testMinutes(planning('2016-12-06', 90, 'The hedgerow was cut.')));
    expect((await library.search('hedgerow', {})).map((hit) => hit.date)).toEqual(['2017-05-16', '2017-03-21', '2017-01-10', '2016-12-06']);
  });

  it('merges the text index in bounded steps that come to an end, finding the same passages after as before', () => {
    const index = new LibraryIndex(':memory:');
    try {
      for (let save = 0; save < 40; save += 1) {
        const meeting = planning(`2017-02-${String(1 + (save % 28)).padStart(2, '0')}`, 100 + save, `The culvert was noted at save ${save}.`);
        index.putMeeting(`/minutes/${save % 10}.minutes`, { mtimeMs: save, size: 1 }, libraryMeetingOf(testMinutes(meeting)));
      }
      const before = index.search('culvert').map((hit) => hit.filePath);
      let steps = 0;
      while (index.tidy(8)) steps += 1;
      expect(steps).toBeGreaterThan(0);
      expect(steps).toBeLessThan(500);
      expect(index.tidy(8)).toBe(false);
      expect(index.search('culvert').map((hit) => hit.filePath)).toEqual(before);
      expect(before).toHaveLength(10);
    } finally {
      index.close();
    }
  });

  it('filters by committee, date range and kind of block', async () => {
    await write('February.minutes', planning('2017-02-28', 118, 'The application was debated.'));
    await write('March.minutes', planning('2017-03-21', 130, 'The application was debated again.'));
    await write('Finance.minutes', { ...planning('2017-03-01', 1, 'An application for a grant.'), committeeId: 'finance', committeeName: 'Finance' });
    await library.addFolder(folder);

    const files = async (filters: Parameters<LibraryService['search']>[1]) =>
      (await library.search('application', filters)).map((hit) => `${path.basename(hit.filePath)} ${hit.kind}`).sort();
    expect(await files({ committeeId: 'finance' })).toEqual(['Finance.minutes resolution', 'Finance.minutes text']);
    expect(await files({ committeeId: 'planning', from: '2017-03-01', to: '2017-03-31' })).toEqual(['March.minutes resolution', 'March.minutes text']);
    expect(await files({ kind: 'resolutions', to: '2017-02-28' })).toEqual(['February.minutes resolution']);
  });

  it('follows files added, changed (by someone else, outside the app) and deleted', async () => {
    await write('February.minutes', planning('2017-02-28', 118, 'Hedgerows were discussed.'));
    await library.addFolder(folder);
    expect(await found('hedgerows')).toHaveLength(1);

    await write('March.minutes', planning('2017-03-21', 130, 'Hedgerows again.'));
    expect((await library.refresh()).indexed).toBe(1);
    expect(await found('hedgerows')).toHaveLength(2);

    // A colleague edits February's file on the shared drive: same size is not enough to hide it (the time changes).
    await write('February.minutes', planning('2017-02-28', 118, 'Footpaths were discussed.'));
    await utimes(path.join(folder, 'February.minutes'), new Date(), new Date(Date.now() + 5000));
    expect((await library.refresh()).indexed).toBe(1);
    expect(await found('hedgerows')).toEqual(['March.minutes CA.131 text']);
    expect(await found('footpaths')).toEqual(['February.minutes CA.119 text']);

    await rm(path.join(folder, 'March.minutes'));
    expect(await library.refresh()).toMatchObject({ indexed: 0, removed: 1 });
    expect(await found('hedgerows')).toEqual([]);
    expect((await library.refresh()).indexed).toBe(0);
  });

  it('skips a damaged file with a note saying why, and leaves backups and temporary files alone', async () => {
    await write('February.minutes', planning('2017-02-28', 118, 'Drainage was discussed.'));
    await writeFile(path.join(folder, 'Damaged.minutes'), '{"formatVersion": 1, "meeting": {');
    await write('February.backup.minutes', planning('2017-02-28', 118, 'Drainage was discussed.'));
    await write('.February.minutes.1234.tmp', planning('2017-02-28', 118, 'Drainage was discussed.'));
    await library.addFolder(folder);

    expect(await found('drainage')).toEqual(['February.minutes CA.119 text']);
    const problems = await library.read((index) => index.problems());
    expect(problems).toEqual([
      { filePath: path.join(folder, 'Damaged.minutes'), problem: 'it is damaged: it ends part way through (the file may have been cut short)' },
    ]);
  });

  it('keeps what it knows of a folder that cannot be reached (a shared drive offline)', async () => {
    await write('February.minutes', planning('2017-02-28', 118, 'Allotments were discussed.'));
    await library.addFolder(folder);
    await rm(folder, { recursive: true });
    const report = await library.refresh();
    expect(report.unreachable).toEqual([{ folder, problem: 'ENOENT' }]);
    expect(await found('allotments')).toHaveLength(1);
  });

  it('indexes a meeting a moment after it is saved, from the document in hand', async () => {
    await library.addFolder(folder);
    const filePath = path.join(folder, 'April.minutes');
    const meeting = planning('2017-04-25', 140, 'Street lighting was discussed.');
    await writeFile(filePath, testMinutesText(meeting));
    library.noteSaved(filePath, testMinutes(meeting));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await library.flushSaves();
    expect(await found('lighting')).toEqual(['April.minutes CA.141 text']);

    // Saved again: waiting to settle, until something needs the latest words now.
    const later = planning('2017-04-25', 140, 'Street lighting and bollards were discussed.');
    const slow = new LibraryService(nodeFileStore, path.join(root, 'app-data-slow'), 60_000);
    await slow.addFolder(folder);
    await writeFile(filePath, testMinutesText(later));
    slow.noteSaved(filePath, testMinutes(later));
    expect(await slow.search('bollards', {})).toEqual([]);
    await slow.flushSaves();
    expect((await slow.search('bollards', {})).map((hit) => hit.minuteNumber)).toEqual(['CA.141']);
    slow.close();
  });

  it('writes a long meeting a slice at a time, and a search meanwhile sees the whole old meeting or the whole new one', async () => {
    // 300 items: more passages than one slice holds, so the write pauses many times.
    const long = (words: string): TestMeeting => ({
      ...planning('2017-05-23', 1, words),
      items: Array.from({ length: 300 }, (_, index) => ({ title: `Item ${index + 1}`, blocks: [{ kind: 'text' as const, text: `${words} ${index + 1}` }] })),
    });
    const filePath = path.join(folder, 'May.minutes');
    await writeFile(filePath, testMinutesText(long('Hedgerows were discussed')));
    await library.addFolder(folder);
    const counts = async () => ({
      old: (await library.search('hedgerows', { limit: 1000 })).length,
      new: (await library.search('verges', { limit: 1000 })).length,
    });
    expect(await counts()).toEqual({ old: 300, new: 0 });

    await writeFile(filePath, testMinutesText(long('Verges were discussed')));
    library.noteSaved(filePath, testMinutes(long('Verges were discussed')));
    const seen: Array<{ old: number; new: number }> = [];
    const indexed = library.flushSaves();
    let turns = 0;
    // Searches from other turns of the event loop while the meeting is written: main's thread was free between slices.
    while (turns < 400 && (seen.length === 0 || seen.at(-1)!.new === 0)) {
      await new Promise((resolve) => setImmediate(resolve));
      turns += 1;
      seen.push(await counts());
    }
    await indexed;
    expect(turns).toBeGreaterThan(1);
    expect(seen.every((count) => (count.old === 300 && count.new === 0) || (count.old === 0 && count.new === 300))).toBe(true);
    expect(await counts()).toEqual({ old: 0, new: 300 });
  });

  it('leaves the meeting as it was when a sliced write fails part way', async () => {
    const index = new LibraryIndex(':memory:');
    const before = libraryMeetingOf(testMinutes(planning('2017-06-20', 1, 'Allotments were discussed.')));
    index.putMeeting('/minutes/June.minutes', { mtimeMs: 1, size: 1 }, before);
    const after = libraryMeetingOf(
      testMinutes({
        ...planning('2017-06-20', 1, ''),
        items: Array.from({ length: 250 }, (_, i) => ({ title: `Item ${i}`, blocks: [{ kind: 'text' as const, text: 'Cemeteries' }] })),
      }),
    );
    let pauses = 0;
    const failing = index.putMeetingInSlices('/minutes/June.minutes', { mtimeMs: 2, size: 1 }, after, async () => {
      pauses += 1;
      if (pauses === 3) throw new Error('the disk went away');
    });
    await expect(failing).rejects.toThrow('the disk went away');
    expect(index.search('allotments').map((hit) => hit.minuteNumber)).toEqual(['CA.2']);
    expect(index.search('cemeteries')).toEqual([]);
    expect(index.knownFiles().get('/minutes/June.minutes')).toEqual({ mtimeMs: 1, size: 1 });
    index.close();
  });

  it('reads a large saved meeting for the index in a worker, from the file', async () => {
    // Over the size read on main's thread (INLINE_MINUTES_BYTES): the passages come from the file, not the document in hand.
    const big = (word: string): TestMeeting => ({
      ...planning('2017-07-18', 1, ''),
      items: Array.from({ length: 120 }, (_, index) => ({
        title: `Item ${index + 1}`,
        blocks: [{ kind: 'text' as const, text: `${word} ${'minutes '.repeat(600)}` }],
      })),
    });
    const filePath = path.join(folder, 'July.minutes');
    await writeFile(filePath, testMinutesText(big('Footpaths')));
    expect(testMinutesText(big('Footpaths')).length).toBeGreaterThan(INLINE_MINUTES_BYTES);
    await library.addFolder(folder);
    expect((await library.search('footpaths', { limit: 1000 })).length).toBe(120);
    // The document in hand says otherwise: what is indexed is what reached the file.
    library.noteSaved(filePath, testMinutes(big('Bridleways')));
    await library.flushSaves();
    expect((await library.search('footpaths', { limit: 1000 })).length).toBe(120);
    expect(await library.search('bridleways', {})).toEqual([]);
  });

  it('builds the same index again from the files', async () => {
    await write('February.minutes', planning('2017-02-28', 118, 'Bus shelters were discussed.'));
    await write('2017/March.minutes', planning('2017-03-21', 130, 'Bus routes were discussed.'));
    await writeFile(path.join(folder, 'Damaged.minutes'), 'not json');
    await library.addFolder(folder);
    const before = {
      hits: await library.search('bus', {}),
      problems: await library.read((index) => index.problems()),
      count: await library.read((index) => index.meetingCount()),
    };

    expect(await library.rebuild()).toMatchObject({ indexed: 3 });
    // And from nothing: a fresh service over a deleted index file.
    library.close();
    await rm(path.join(root, 'app-data', 'library'), { recursive: true });
    library = new LibraryService(nodeFileStore, path.join(root, 'app-data'), 5);
    await library.addFolder(folder);
    const strip = (hits: typeof before.hits) => hits.map(({ fileId: _fileId, ...rest }) => rest);
    expect(strip(await library.search('bus', {}))).toEqual(strip(before.hits));
    expect(await library.read((index) => index.problems())).toEqual(before.problems);
    expect(await library.read((index) => index.meetingCount())).toBe(before.count);
    expect(before.count).toBe(2);
  });
});
