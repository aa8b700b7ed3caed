// Version snapshots, kept in the app's data folder under a key per document
// (a hash of the file's path, or the untitled document's id), as ordinary
// .minutes files written atomically. Nothing here ever rewrites a snapshot.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { serializeMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';
import { parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { parseVersionFileName, versionFileName, versionsToPrune, type VersionName, type VersionReason } from '../../../core/storage/version-snapshot';
import { writeFileAtomic } from '../adapters/atomic-write';
import { errorCodeOf, type StorageFs } from './storage-fs';

export class VersionStore {
  private readonly root: string;
  private sequence = 0;

  constructor(
    dataDirectory: string,
    private readonly fs: StorageFs,
  ) {
    this.root = path.join(dataDirectory, 'versions');
  }

  static keyOf(filePath: string | null, documentId: string): string {
    if (!filePath) return `untitled-${documentId.replace(/^doc-/, '')}`;
    return `file-${createHash('sha256').update(path.resolve(filePath)).digest('hex').slice(0, 32)}`;
  }

  async snapshot(key: string, document: MinutesDocument, reason: VersionReason, at: Date): Promise<VersionName> {
    const folder = this.folderOf(key);
    await this.fs.mkdir(folder);
    this.sequence += 1;
    const name = versionFileName(at, this.sequence, reason);
    await writeFileAtomic(path.join(folder, name), serializeMinutesDocument(document), { fs: this.fs });
    await this.prune(key);
    return parseVersionFileName(name)!;
  }

  /** Newest first. */
  async list(key: string): Promise<VersionName[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folderOf(key));
    } catch (error) {
      if (errorCodeOf(error) === 'ENOENT') return [];
      throw error;
    }
    return names
      .map(parseVersionFileName)
      .filter((name): name is VersionName => name !== null)
      .sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime() || b.versionId.localeCompare(a.versionId));
  }

  async read(key: string, versionId: string): Promise<MinutesDocument> {
    const bytes = await this.fs.readFile(path.join(this.folderOf(key), `${versionId}.minutes`));
    const parsed = parseMinutesFile(bytes);
    if (!parsed.ok) throw new Error(`that version cannot be used because ${parsed.problem}`);
    return parsed.document;
  }

  /** An untitled document was named: its versions follow it to the file's key. */
  async moveAll(fromKey: string, toKey: string): Promise<void> {
    if (fromKey === toKey) return;
    const versions = await this.list(fromKey);
    if (versions.length === 0) return;
    await this.fs.mkdir(this.folderOf(toKey));
    for (const version of versions) {
      const name = `${version.versionId}.minutes`;
      await this.fs.rename(path.join(this.folderOf(fromKey), name), path.join(this.folderOf(toKey), name));
    }
  }

  private async prune(key: string): Promise<void> {
    for (const old of versionsToPrune(await this.list(key))) {
      await this.fs.unlink(path.join(this.folderOf(key), `${old.versionId}.minutes`)).catch(() => undefined);
    }
  }

  private folderOf(key: string): string {
    if (!/^(file|untitled)-[a-z0-9-]+$/.test(key)) throw new Error('not a version key');
    return path.join(this.root, key);
  }
}
