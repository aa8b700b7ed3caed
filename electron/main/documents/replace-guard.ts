// Never replace a file the clerk was not asked about. The native Save dialog
// asks about the name it shows; a name Minute Book derives from it (the
// extension added, the Word copy beside a review copy) is asked about here.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';

export async function exists(filePath: string): Promise<boolean> {
  return stat(filePath).then(
    () => true,
    () => false,
  );
}

export async function confirmReplace(deps: Pick<HandlerDeps, 'dialogs'>, context: CallContext, filePath: string, why = ''): Promise<boolean> {
  return deps.dialogs.confirmReplace(context, path.basename(filePath), why);
}
