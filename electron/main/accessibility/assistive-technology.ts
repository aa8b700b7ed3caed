// Electron's word on assistive technology. Chromium turns its accessibility
// support on when a screen reader (or other assistive software) connects; the
// page skips drawing off-screen blocks only while it is off, because skipped
// blocks leave the accessibility tree. Anything unknown counts as running:
// the page then draws everything, which is only slower.
import { app, BrowserWindow } from 'electron';
import { ASSISTIVE_TECHNOLOGY_EVENT } from '../../../core/ipc/contract';
import type { AssistiveTechnology } from '../ports/handler-deps';

export const electronAssistiveTechnology: AssistiveTechnology = {
  isRunning() {
    try {
      return app.isAccessibilitySupportEnabled() !== false;
    } catch {
      return true;
    }
  },
};

/** Tells every window when assistive technology starts or stops. */
export function forwardAssistiveTechnologyChanges(): void {
  app.on('accessibility-support-changed', (_event, enabled) => {
    const running = enabled !== false;
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(ASSISTIVE_TECHNOLOGY_EVENT, running);
    }
  });
}
