// A window closes only once its page has put its last words on disk. Main
// stops the close, sends the page 'prepare-to-close', and waits: the page
// hands over unsaved text, then answers (window/close-answer). If the text is
// not safe (the disk and the journal both failed) the window stays open and the
// quit is called off. A page that cannot answer (crashed, hung) does not hold
// the window: the recovery journal already has all but its last second.
import { app, BrowserWindow } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../core/ipc/contract';

const UNANSWERED_CLOSE_MS = 10_000;

export class CloseGuard {
  private readonly cleared = new Set<number>();
  private readonly waiting = new Map<number, NodeJS.Timeout>();
  private quitting = false;

  constructor() {
    app.on('before-quit', () => {
      this.quitting = true;
    });
  }

  /** Quit was asked for (and not called off): the last window closing should end the app, on macOS too. */
  get isQuitting(): boolean {
    return this.quitting;
  }

  watch(window: BrowserWindow): void {
    const id = window.id;
    window.on('close', (event) => {
      if (this.cleared.has(id) || window.webContents.isCrashed()) return;
      event.preventDefault();
      if (this.waiting.has(id)) return;
      this.waiting.set(
        id,
        setTimeout(() => this.answer(id, true), UNANSWERED_CLOSE_MS),
      );
      const command: MenuCommand = 'prepare-to-close';
      window.webContents.send(MENU_COMMAND_EVENT, command);
    });
    window.on('closed', () => {
      this.cleared.delete(id);
      clearTimeout(this.waiting.get(id));
      this.waiting.delete(id);
    });
  }

  /** The page's answer (or the timeout's). */
  answer(windowId: number, close: boolean): void {
    clearTimeout(this.waiting.get(windowId));
    this.waiting.delete(windowId);
    const window = BrowserWindow.fromId(windowId);
    if (!window || window.isDestroyed()) return;
    if (!close) {
      this.quitting = false;
      return;
    }
    this.cleared.add(windowId);
    window.close();
  }
}
