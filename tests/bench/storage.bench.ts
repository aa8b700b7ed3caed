// How much saving a full meeting costs. End to end in main: serialise a
// 40,000-word meeting and write it durably (temp file, fsync, backup, rename,
// folder fsync), beside a plain writeFile without fsync. On the renderer: the
// main-thread time one autosave costs (reading the editor state and the
// structured clone IPC makes of it), beside the per-keystroke cost of noting a change.
import { createHeadlessEditor } from '@lexical/headless';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode } from '@lexical/rich-text';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEmptyMinutesDocument, serializeMinutesDocument, type MinutesDocument } from '../../core/storage/minutes-document';
import { backupPathOf, writeFileAtomic } from '../../electron/main/adapters/atomic-write';
import { nodeFileStore } from '../../electron/main/adapters/node-file-store';
import { DocumentStorage } from '../../electron/main/storage/document-storage';
import { AutosaveScheduler } from '../../renderer/state/autosave-scheduler';
import type { BenchModule } from './run-bench';

const WORDS = 40_000;
const RUNS = 25;
const WORDS_OF_MINUTES =
  'the committee considered the report of the director and resolved that the recommendations be agreed subject to the amendments moved by councillor walsh'.split(
    ' ',
  );

function text(value: string) {
  return { type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' };
}

/** A meeting of about 40,000 words: 100 agenda headings, paragraphs of 20 words, some lists. */
export function fortyThousandWordMeeting(): MinutesDocument {
  const document = createEmptyMinutesDocument();
  const children: Array<Record<string, unknown>> = [];
  let words = 0;
  for (let index = 0; words < WORDS; index += 1) {
    if (index % 20 === 0) {
      children.push({ type: 'heading', version: 1, tag: 'h2', direction: null, format: '', indent: 0, children: [text(`ITEM ${index / 20 + 1}`)] });
    }
    const sentence = Array.from({ length: 20 }, (_, word) => WORDS_OF_MINUTES[(index + word) % WORDS_OF_MINUTES.length]).join(' ');
    words += 20;
    const paragraph = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(`${sentence}.`)] };
    if (index % 10 === 5) {
      children.push({
        type: 'list',
        version: 1,
        listType: 'number',
        start: 1,
        tag: 'ol',
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'listitem', version: 1, value: 1, checked: undefined, direction: null, format: '', indent: 0, children: [text(sentence)] }],
      });
    } else children.push(paragraph);
  }
  document.content.root.children = children as MinutesDocument['content']['root']['children'];
  return document;
}

async function time(runs: number, action: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

function report(label: string, samples: number[], target?: number): void {
  const median = samples[Math.floor(samples.length / 2)]!;
  const p95 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))]!;
  const verdict = target === undefined ? '' : median < target ? `  (target < ${target} ms: met)` : `  (target < ${target} ms: MISSED)`;
  console.log(`${label.padEnd(62)} median ${median.toFixed(2).padStart(8)} ms   p95 ${p95.toFixed(2).padStart(8)} ms${verdict}`);
}

const bench: BenchModule = {
  title: 'Saving a 40,000-word meeting',
  async run() {
    const document = fortyThousandWordMeeting();
    const serialised = serializeMinutesDocument(document);
    console.log(`document: ${(serialised.length / 1024 / 1024).toFixed(2)} MB of JSON, ${document.content.root.children.length} top-level blocks`);
    const directory = await mkdtemp(path.join(tmpdir(), 'minute-book-bench-'));
    const target = path.join(directory, 'Meeting.minutes');
    try {
      report(
        'baseline: JSON + plain writeFile, no fsync',
        await time(RUNS, () => writeFile(path.join(directory, 'plain.minutes'), serializeMinutesDocument(document))),
      );
      report(
        'serialise + durable write (temp, fsync, backup, rename)',
        await time(RUNS, () => writeFileAtomic(target, serializeMinutesDocument(document), { backupPath: backupPathOf(target) })),
        50,
      );

      const clock = { now: () => new Date() };
      const storage = new DocumentStorage({
        dataDirectory: path.join(directory, 'app-data'),
        files: nodeFileStore,
        clock,
        lockIdentity: { owner: () => 'bench', machine: 'bench', pid: process.pid, now: clock.now, isProcessAlive: () => true },
      });
      const entry = { id: 'doc-bench', filePath: target, windowId: 1 };
      storage.track(entry.id, false);
      report('whole autosave in main (journal + file, both durable)', await time(RUNS, () => storage.autosave(entry, 'Meeting', document)));

      const editor = createHeadlessEditor({
        nodes: [HeadingNode, ListNode, ListItemNode],
        onError: (error) => {
          throw error;
        },
      });
      editor.setEditorState(editor.parseEditorState(JSON.stringify(document.content)));
      report('baseline: structured clone of the plain document (IPC only)', await time(RUNS, () => structuredClone(document)));
      report(
        'renderer per autosave: read editor state, JSON text, IPC copy',
        await time(RUNS, () => structuredClone(JSON.stringify({ ...document, content: editor.getEditorState().toJSON() }))),
        5,
      );

      const scheduler = new AutosaveScheduler(
        async () => ({ ok: true }),
        () => undefined,
        {
          now: () => performance.now(),
          setTimeout: () => 0,
          clearTimeout: () => undefined,
          whenIdle: () => undefined,
        },
      );
      const keystrokes = await time(1, () => {
        for (let key = 0; key < 10_000; key += 1) scheduler.noteChange();
      });
      console.log(`${'typing path: noting one change'.padEnd(62)} ${((keystrokes[0]! / 10_000) * 1000).toFixed(2)} µs per keystroke`);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  },
};

export default bench;
