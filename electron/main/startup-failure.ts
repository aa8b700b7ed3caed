// If start-up throws (a user profile that cannot be written, a damaged install),
// say so in a native error box, let go of the single-instance lock and end the
// process. Left running without a window, the process would keep the lock and
// every later launch would quietly hand over to it and quit.
import { app, dialog } from 'electron';

export function reportStartupFailure(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error('[start-up] Minute Book could not start', error);
  dialog.showErrorBox(
    'Minute Book could not start',
    `Something went wrong while Minute Book was starting:\n\n${detail}\n\n` +
      'No minutes file was changed. Try opening Minute Book again. If this message comes back, check that your user ' +
      'profile folder is not full or read-only, or ask your IT team for help.',
  );
  app.releaseSingleInstanceLock();
  app.exit(1);
}
