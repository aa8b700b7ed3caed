// Template folders on the real disk. Reading is forgiving (a missing folder is
// an empty one); what is in the files is judged by core/templates.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TemplateFolders } from '../ports/handler-deps';

/** Template files are small; anything bigger is not a template and is skipped unread. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

export function nodeTemplateFolders(shippedDirectory: string): TemplateFolders {
  return {
    shippedDirectory,
    async readJsonFiles(directory) {
      let names: string[];
      try {
        names = await readdir(directory);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const files = [];
      for (const fileName of names.filter((name) => name.endsWith('.json')).sort()) {
        const buffer = await readFile(path.join(directory, fileName));
        if (buffer.byteLength <= MAX_TEMPLATE_BYTES) files.push({ fileName, text: buffer.toString('utf8') });
      }
      return files;
    },
    async ensureDirectory(directory) {
      await mkdir(directory, { recursive: true });
    },
  };
}
