// The committees a clerk has set up, kept in one file in the app's data folder
// and replaced atomically (the previous copy kept beside it). A damaged file is
// never overwritten: the clerk is told where it is instead.
import path from 'node:path';
import { AppError } from '../../../core/ipc/ipc-result';
import { committeeListSchema, slugOf, type Committee } from '../../../core/model/committee';
import type { FileStore, HandlerDeps, TemplateFolders } from '../ports/handler-deps';
import { describeDiskProblem } from '../storage/disk-problems';

const MAX_COMMITTEES_BYTES = 8 * 1024 * 1024;

/**
 * Read-change-write of one committees file, one at a time: a save in one
 * window moving the minute number on must not undo a committee set up in another.
 */
const queues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(filePath: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(filePath) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(filePath, settled);
  void settled.then(() => queues.get(filePath) === settled && queues.delete(filePath));
  return run;
}

/** The committees file in the app's data folder, as the handlers see it. */
export function committeeStoreFor(deps: Pick<HandlerDeps, 'files' | 'storage' | 'templates'>): CommitteeStore {
  return new CommitteeStore(deps.files, deps.templates, deps.storage.dataDirectory);
}

export class CommitteeStore {
  private readonly filePath: string;

  constructor(
    private readonly files: FileStore,
    private readonly folders: TemplateFolders,
    private readonly dataDirectory: string,
  ) {
    this.filePath = path.join(dataDirectory, 'committees.json');
  }

  async list(): Promise<Committee[]> {
    let bytes: Uint8Array;
    try {
      bytes = await this.files.read(this.filePath, MAX_COMMITTEES_BYTES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new AppError('io-error', `Your committees could not be read: ${describeDiskProblem(error)}.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      json = undefined;
    }
    const parsed = committeeListSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? ` (at “${issue.path.join('.')}”: ${issue.message})` : '';
      throw new AppError(
        'invalid-file',
        `Your committees file is damaged${where}, so Minute Book will not change it. It is ${this.filePath}; its previous copy is committees.backup.json beside it.`,
      );
    }
    return parsed.data.committees;
  }

  async get(id: string): Promise<Committee> {
    const committee = (await this.list()).find((candidate) => candidate.id === id);
    if (!committee) throw new AppError('invalid-payload', 'That committee is no longer set up. Choose another or create it again.');
    return committee;
  }

  /** Adds or replaces a committee; a new one (id "") gets an id from its name. */
  save(committee: Committee): Promise<Committee> {
    return oneAtATime(this.filePath, () => this.saveNow(committee));
  }

  /** Changes a committee as it is on disk now; `change` returns null to leave it alone. */
  update(id: string, change: (committee: Committee) => Committee | null): Promise<Committee | null> {
    return oneAtATime(this.filePath, async () => {
      const current = (await this.list()).find((candidate) => candidate.id === id);
      const changed = current ? change(current) : null;
      return changed ? this.saveNow(changed) : null;
    });
  }

  private async saveNow(committee: Committee): Promise<Committee> {
    const committees = await this.list();
    let id = committee.id;
    if (!id) {
      const base = slugOf(committee.name);
      id = base;
      for (let n = 2; committees.some((existing) => existing.id === id); n += 1) id = `${base}-${n}`;
    }
    const saved: Committee = { ...committee, id };
    const index = committees.findIndex((existing) => existing.id === id);
    const next = index < 0 ? [...committees, saved] : committees.map((existing, at) => (at === index ? saved : existing));
    try {
      await this.folders.ensureDirectory(this.dataDirectory);
      await this.files.writeAtomic(this.filePath, `${JSON.stringify({ version: 1, committees: next }, null, 2)}\n`);
    } catch (error) {
      throw new AppError('io-error', `The committee could not be saved: ${describeDiskProblem(error)}. Nothing was changed; try again.`);
    }
    return saved;
  }
}
