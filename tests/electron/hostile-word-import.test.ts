// Every file in the hostile Word corpus (scripts/hostile-word/corpus.ts) is
// read the way "Import comments from Word" reads it — in the untrusted-parse
// worker — and must end within the budget, either imported or refused with a
// sentence that names the file and holds no jargon, while this (the main)
// thread's event loop never stalls for more than 100 ms.
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/ipc/ipc-result';
import { runUntrusted } from '../../electron/main/workers/run-untrusted';
import { hostileWordCorpus, type HostileWordCase } from '../../scripts/hostile-word/corpus';
import { watchLoop } from '../../scripts/hostile-word/loop-watch';
import { jargonIn } from './clerk-words';

type Outcome = { case: HostileWordCase; imported: boolean; message: string; comments: number };

async function importOf(item: HostileWordCase): Promise<Outcome> {
  try {
    const review = await runUntrusted({ kind: 'word-review', bytes: item.bytes, fileName: item.name }, { fileName: item.name, milliseconds: 30_000 });
    return { case: item, imported: true, message: '', comments: review.comments.length };
  } catch (error) {
    // Anything but a clerk-facing refusal (a crash of the reader, an internal fault) fails the case.
    if (!(error instanceof AppError)) return { case: item, imported: false, message: `NOT A REFUSAL: ${String(error)}`, comments: 0 };
    return { case: item, imported: false, message: error.message, comments: 0 };
  }
}

describe('the hostile Word corpus', () => {
  const outcomes: Outcome[] = [];
  let worstStallMs = 0;

  beforeAll(async () => {
    const corpus = hostileWordCorpus();
    const loop = watchLoop();
    // Two at a time: the machine running the tests has two cores.
    for (let next = 0; next < corpus.length; next += 2) outcomes.push(...(await Promise.all(corpus.slice(next, next + 2).map(importOf))));
    worstStallMs = loop.stop().blockedMs;
  }, 240_000);

  it('imports what is harmless and refuses the rest, naming the file in plain words', () => {
    const wrong = outcomes.filter(({ case: item, imported, message }) => {
      if (message.startsWith('NOT A REFUSAL')) return true;
      if (item.expect === 'imported') return !imported;
      if (item.expect === 'refused') return imported;
      return false;
    });
    expect(wrong.map(({ case: item, message }) => `${item.name}: ${message || 'imported'}`)).toEqual([]);
    const unclear = outcomes.filter(({ imported, case: item, message }) => !imported && (!message.includes(`“${item.name}”`) || jargonIn(message).length > 0));
    expect(unclear.map(({ case: item, message }) => `${item.name}: ${message} ${jargonIn(message).join(' ')}`)).toEqual([]);
  });

  it('keeps comments with odd dates or long names instead of refusing the file', () => {
    expect(outcomes.find(({ case: item }) => item.name === 'odd-dates.docx')?.comments).toBe(3);
    expect(outcomes.find(({ case: item }) => item.name === 'long-author.docx')?.comments).toBe(1);
  });

  it('never holds up the main thread for more than 100 ms', () => {
    expect(worstStallMs).toBeLessThan(100);
  });
});
