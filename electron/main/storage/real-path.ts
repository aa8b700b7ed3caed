// The real file behind a path the clerk chose. A document opened through a
// symbolic link (a shortcut into a shared folder) is read, locked and saved
// as the shared file itself: replacing the link with a copy would leave
// colleagues reading stale minutes with no lock warning.
import { realpath } from 'node:fs/promises';

export async function realFilePath(filePath: string): Promise<string> {
  try {
    return await realpath(filePath);
  } catch {
    // Not there (yet), or its drive is gone: the path as given, and the read or write says why.
    return filePath;
  }
}
