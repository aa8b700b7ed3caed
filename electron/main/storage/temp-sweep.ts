// A process killed part way through an atomic write leaves its temporary
// file behind (".Name.minutes.<random>.tmp"). The next writer that owns the
// document removes them, so crashes do not litter the clerk's folder.
import path from 'node:path';
import type { StorageFs } from './storage-fs';

/** Removes the leftover temporary files of one file (or of every file, for the app's own folders). */
export async function sweepTemporaryFiles(fs: StorageFs, directory: string, ofFile: string | null): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(directory);
  } catch {
    return 0;
  }
  const prefix = ofFile === null ? '.' : `.${path.basename(ofFile)}.`;
  const leftovers = names.filter((name) => name.startsWith(prefix) && /\.[0-9a-f]{12}\.tmp$/.test(name));
  for (const name of leftovers) await fs.unlink(path.join(directory, name)).catch(() => undefined);
  return leftovers.length;
}
