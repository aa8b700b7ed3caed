// The WindowOpener the app gets from Electron, played by the test: it records
// which windows main was asked to open and which file each should show.
import type { PendingWindowFile, WindowOpener } from '../../../electron/main/ports/handler-deps';

export class TestWindows implements WindowOpener {
  readonly requested: Array<string | undefined> = [];
  /** The answers pages gave when asked to prepare to close, in order. */
  readonly closeAnswers: Array<{ windowId: number; close: boolean }> = [];
  private readonly pending = new Map<number, PendingWindowFile>();
  private nextId = 2;

  openNewWindow(filePath?: string, opening?: { startedMeeting: boolean }): void {
    this.requested.push(filePath);
    if (filePath) this.pending.set(this.nextId, { filePath, startedMeeting: opening?.startedMeeting === true });
    this.nextId += 1;
  }

  /** The id the next bridged page should use, as Electron would give it. */
  claimWindowId(): number {
    return this.nextId - 1;
  }

  answerClose(windowId: number, close: boolean): void {
    this.closeAnswers.push({ windowId, close });
  }

  takePendingFile(windowId: number): PendingWindowFile | null {
    const filePath = this.pending.get(windowId) ?? null;
    this.pending.delete(windowId);
    return filePath;
  }
}
