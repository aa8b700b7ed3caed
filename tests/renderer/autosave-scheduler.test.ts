// The autosave timing rules with a fake clock: within a second of a change
// even while typing non-stop, one save at a time, nothing saved when nothing
// changed, and failures retried with growing pauses until they clear.
import { beforeEach, describe, expect, it } from 'vitest';
import { AutosaveScheduler, type AutosaveAttempt, type SchedulerStatus, type SchedulerTimers } from '../../renderer/state/autosave-scheduler';

class FakeTimers implements SchedulerTimers {
  time = 0;
  private queue: Array<{ at: number; id: number; run: () => void }> = [];
  private nextId = 1;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.nextId++;
    this.queue.push({ at: this.time + ms, id, run });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.queue = this.queue.filter((item) => item.id !== id);
  };
  whenIdle = (run: () => void, timeoutMs: number) => void this.setTimeout(run, Math.min(timeoutMs, 50));
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const next = this.queue[0];
      if (!next || next.at > end) break;
      this.queue.shift();
      this.time = next.at;
      next.run();
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    }
    this.time = end;
  }
}

let timers: FakeTimers;
let saves: number[];
/** Whether each save was asked for now (flush) rather than by the timer. */
let urgency: boolean[];
let outcomes: AutosaveAttempt[];
let statuses: SchedulerStatus[];
let scheduler: AutosaveScheduler;

beforeEach(() => {
  timers = new FakeTimers();
  saves = [];
  urgency = [];
  outcomes = [];
  statuses = [];
  scheduler = new AutosaveScheduler(
    async (urgent) => {
      saves.push(timers.time);
      urgency.push(urgent);
      return outcomes.shift() ?? { ok: true };
    },
    (status) => statuses.push(status),
    timers,
  );
});

describe('AutosaveScheduler', () => {
  it('saves once, within a second, after a burst of typing', async () => {
    for (let i = 0; i < 5; i += 1) {
      scheduler.noteChange();
      await timers.advance(100);
    }
    await timers.advance(1000);
    expect(saves).toHaveLength(1);
    expect(saves[0]! - 400).toBeLessThanOrEqual(1000); // 400 ms: the last keystroke
  });

  it('saves during non-stop typing, never leaving a change more than a second old', async () => {
    for (let i = 0; i < 60; i += 1) {
      scheduler.noteChange();
      await timers.advance(50);
    }
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect(saves[0]).toBeLessThanOrEqual(1000);
    for (let i = 1; i < saves.length; i += 1) expect(saves[i]! - saves[i - 1]!).toBeLessThanOrEqual(1000);
  });

  it('tells a save the timer started (which may spread its read out) from one asked for now, as when the window closes', async () => {
    scheduler.noteChange();
    await timers.advance(1000);
    scheduler.noteChange();
    await scheduler.flush();
    expect(urgency).toEqual([false, true]);
  });

  it('does nothing when nothing changed', async () => {
    await timers.advance(10_000);
    await scheduler.flush();
    expect(saves).toEqual([]);
  });

  it('retries a failing disk with growing pauses, and reports when it clears', async () => {
    outcomes.push({ ok: false, problem: 'the disk is full' }, { ok: false, problem: 'the disk is full' });
    scheduler.noteChange();
    await timers.advance(1000);
    expect(statuses.at(-1)).toMatchObject({ phase: 'failed', problem: 'the disk is full', failuresInARow: 1 });
    await timers.advance(1000);
    expect(statuses.at(-1)).toMatchObject({ phase: 'failed', failuresInARow: 2 });
    const secondFailure = saves.at(-1)!;
    await timers.advance(2000);
    expect(saves.at(-1)! - secondFailure).toBe(2000);
    expect(statuses.at(-1)).toMatchObject({ phase: 'clean', problem: null, failuresInARow: 0 });
    expect(saves).toHaveLength(3);
  });

  it('Retry now saves at once while failing', async () => {
    outcomes.push({ ok: false, problem: 'read-only' });
    scheduler.noteChange();
    await timers.advance(1000);
    await scheduler.flush();
    expect(saves).toHaveLength(2);
    expect(statuses.at(-1)).toMatchObject({ phase: 'clean' });
  });

  it('keeps handing new text over within a second while the disk is failing', async () => {
    outcomes.push(...Array.from({ length: 10 }, () => ({ ok: false as const, problem: 'the folder is read-only' })));
    scheduler.noteChange();
    await timers.advance(1000);
    expect(statuses.at(-1)).toMatchObject({ phase: 'failed' });
    const failedAt = saves.length;
    scheduler.noteChange();
    await timers.advance(999);
    expect(saves.length).toBe(failedAt + 1);
    expect(statuses.at(-1)).toMatchObject({ phase: 'failed', failuresInARow: 2 });
  });

  it('does not let the retry pause hold back text typed while a failing save was in flight', async () => {
    let release: (outcome: AutosaveAttempt) => void = () => undefined;
    const slow = new AutosaveScheduler(
      () => {
        saves.push(timers.time);
        return saves.length === 1 ? new Promise<AutosaveAttempt>((resolve) => (release = resolve)) : Promise.resolve({ ok: true });
      },
      (status) => statuses.push(status),
      timers,
    );
    slow.noteChange();
    await timers.advance(800); // the first save is now in flight
    slow.noteChange(); // the clerk types on
    release({ ok: false, problem: 'the disk is full' });
    await timers.advance(999);
    expect(saves).toHaveLength(2);
    expect(statuses.at(-1)).toMatchObject({ phase: 'clean' });
  });

  it('with a slow disk, saves typing that goes on during a save on the usual schedule, not back to back', async () => {
    const slow = new AutosaveScheduler(
      async () => {
        saves.push(timers.time);
        await new Promise<void>((resolve) => timers.setTimeout(() => resolve(), 300)); // each save takes 300 ms to land
        return { ok: true };
      },
      (status) => statuses.push(status),
      timers,
    );
    const typedAt: number[] = [];
    for (let key = 0; key < 120; key += 1) {
      typedAt.push(timers.time);
      slow.noteChange();
      await timers.advance(45);
    }
    await timers.advance(2000);
    // One save each time the oldest unsaved change is 0.7 s old (and the page idle), not one on every landing.
    for (let i = 1; i < saves.length; i += 1) expect(saves[i]! - saves[i - 1]!).toBeGreaterThanOrEqual(700);
    // Every key is handed to a save begun within a second of it.
    for (const at of typedAt) expect(saves.find((start) => start > at)! - at).toBeLessThanOrEqual(1000);
  });

  it('saves non-stop typing once per wait, though keys arrive between the timer and the idle moment it waits for', async () => {
    // The fake idle callback comes 50 ms after it is asked for; keys come every 45 ms.
    for (let key = 0; key < 120; key += 1) {
      scheduler.noteChange();
      await timers.advance(45);
    }
    const whileTyping = saves.filter((start) => start < timers.time);
    expect(whileTyping.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < whileTyping.length; i += 1) expect(whileTyping[i]! - whileTyping[i - 1]!).toBeGreaterThanOrEqual(700);
  });
});
