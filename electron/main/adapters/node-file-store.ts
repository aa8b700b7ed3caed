// The real disk behind the FileStore interface. Every replacement of a
// document keeps the previous copy as "<name>.backup.minutes" beside it.
import { open } from 'node:fs/promises';
import type { FileStore } from '../ports/handler-deps';
import { backupPathOf, writeFileAtomic } from './atomic-write';

export const nodeFileStore: FileStore = {
  async read(filePath, maxBytes) {
    const handle = await open(filePath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) {
        // Refuse before reading: a file this large cannot be minutes.
        const error = new Error(`the file is ${size} bytes, more than the ${maxBytes} allowed`) as NodeJS.ErrnoException;
        error.code = 'EFBIG';
        throw error;
      }
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  },
  writeAtomic: (filePath, data) => writeFileAtomic(filePath, data, { backupPath: backupPathOf(filePath) }),
};
