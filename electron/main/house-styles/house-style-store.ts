// The council's own house styles, one JSON file each in the data folder beside
// the committees file (<data>/house-styles/<id>.json), next to the shipped ones
// (core/house-style/styles). Written atomically like every other store, with
// the previous copy kept as <id>.backup.json. A file that cannot be read as a
// style is listed as damaged with the sentence parseHouseStyle gives, and is
// never overwritten: the clerk keeps using the others and fixes it by hand.
import path from 'node:path';
import type { HouseStyle } from '../../../core/house-style/house-style-schema';
import { isShippedHouseStyleId, OWN_HOUSE_STYLE_ID } from '../../../core/house-style/own-house-style';
import { parseHouseStyleText } from '../../../core/house-style/parse-house-style';
import { shippedHouseStyles } from '../../../core/house-style/shipped-house-styles';
import type { DamagedHouseStyle, HouseStyleList } from '../../../core/ipc/channels/house-style-channels';
import { AppError } from '../../../core/ipc/ipc-result';
import { backupPathOf } from '../adapters/atomic-write';
import type { FileStore, HandlerDeps } from '../ports/handler-deps';
import { describeDiskProblem } from '../storage/disk-problems';
import { errorCodeOf, nodeStorageFs, type StorageFs } from '../storage/storage-fs';

/** A house style is a few kilobytes; anything far bigger is not one and is not read. */
export const MAX_HOUSE_STYLE_BYTES = 256 * 1024;

/** Only "<id>.json" is a style: "<id>.backup.json" (the previous copy) and temporary files are not. */
const STYLE_FILE = /^([a-z0-9-]{1,60})\.json$/;

export type OwnHouseStyleFile = { id: string; ok: true; style: HouseStyle } | ({ ok: false } & DamagedHouseStyle);

export function houseStyleStoreFor(deps: Pick<HandlerDeps, 'files' | 'storage'>, fs: StorageFs = nodeStorageFs): HouseStyleStore {
  return new HouseStyleStore(deps.files, path.join(deps.storage.dataDirectory, 'house-styles'), fs);
}

export class HouseStyleStore {
  constructor(
    private readonly files: FileStore,
    /** <data folder>/house-styles */
    readonly directory: string,
    private readonly fs: StorageFs,
  ) {}

  private pathOf(id: string): string {
    return path.join(this.directory, `${id}.json`);
  }

  /** Every own style file, read and checked; a damaged one carries its sentence. */
  async readOwn(): Promise<OwnHouseStyleFile[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.directory);
    } catch (error) {
      if (errorCodeOf(error) === 'ENOENT') return [];
      throw new AppError('io-error', `Your own house styles could not be read: ${describeDiskProblem(error)}. They are kept in ${this.directory}.`);
    }
    const ids = names.flatMap((name) => STYLE_FILE.exec(name)?.[1] ?? []).sort();
    // A file removed between listing and reading is simply not there.
    return (await Promise.all(ids.map((id) => this.readOne(id)))).filter((file) => file !== null);
  }

  /** One own style file; null when there is no such file. */
  private async readOne(id: string): Promise<OwnHouseStyleFile | null> {
    const fileName = `${id}.json`;
    if (isShippedHouseStyleId(id)) {
      return {
        id,
        fileName,
        ok: false,
        problem: `House style “${fileName}” has the name of a style Minute Book ships, which is read-only. Fix: rename the file (for example to “${id}-own.json”) in ${this.directory}.`,
      };
    }
    let text: string;
    try {
      text = new TextDecoder().decode(await this.files.read(this.pathOf(id), MAX_HOUSE_STYLE_BYTES));
    } catch (error) {
      if (errorCodeOf(error) === 'ENOENT') return null;
      const why = errorCodeOf(error) === 'EFBIG' ? 'it is far larger than a house style can be' : describeDiskProblem(error);
      return { id, fileName, ok: false, problem: `House style “${fileName}” could not be read: ${why}. Fix: replace it with a copy of a shipped style.` };
    }
    const parsed = parseHouseStyleText(fileName, text);
    return parsed.ok ? { id, ok: true, style: parsed.style } : { id, fileName, ok: false, problem: parsed.problem };
  }

  /** Shipped and own styles for choosing and editing; damaged own files listed apart with why. */
  async list(): Promise<HouseStyleList> {
    const shipped = shippedHouseStyles().styles.map(({ id, style }) => ({ id, source: 'shipped' as const, name: style.name, council: style.council }));
    const own = await this.readOwn();
    return {
      styles: [
        ...shipped,
        ...own.flatMap((file) => (file.ok ? [{ id: file.id, source: 'own' as const, name: file.style.name, council: file.style.council }] : [])),
      ],
      damaged: own.flatMap((file) => (file.ok ? [] : [{ id: file.id, fileName: file.fileName, problem: file.problem }])),
    };
  }

  /** The style a committee's houseStyleId names, shipped or own; refused with a sentence when it is missing or damaged. */
  async resolve(id: string): Promise<{ source: 'shipped' | 'own'; style: HouseStyle }> {
    const shipped = shippedHouseStyles().styles.find((entry) => entry.id === id);
    if (shipped) return { source: 'shipped', style: shipped.style };
    if (!OWN_HOUSE_STYLE_ID.test(id)) throw new AppError('invalid-payload', `“${id}” is not the name of a house style.`);
    const file = await this.readOne(id);
    if (!file) throw new AppError('invalid-file', `The house style “${id}” is no longer there. Choose another house style for the committee.`);
    if (file.ok) return { source: 'own', style: file.style };
    throw new AppError('invalid-file', file.problem);
  }

  /** Writes an own style (checked by the caller against the schema). */
  async save(id: string, style: HouseStyle): Promise<void> {
    if (isShippedHouseStyleId(id)) {
      throw new AppError('not-allowed', 'The house styles Minute Book ships cannot be changed. Use “Copy to edit” and change the copy.');
    }
    const current = await this.readOne(id);
    if (current && !current.ok) {
      throw new AppError(
        'invalid-file',
        `${current.problem} Minute Book will not replace a damaged file; your changes are still in the editor. Save them under another name, or fix or remove the file first.`,
      );
    }
    try {
      await this.fs.mkdir(this.directory);
      await this.files.writeAtomic(this.pathOf(id), `${JSON.stringify(style, null, 2)}\n`);
    } catch (error) {
      throw new AppError('io-error', `The house style could not be saved: ${describeDiskProblem(error)}. Nothing was changed; try again.`);
    }
  }

  /** Sets an own style aside as <id>.backup.json (nothing is lost: putting the file back brings it back). */
  async remove(id: string): Promise<void> {
    if (isShippedHouseStyleId(id)) throw new AppError('not-allowed', 'The house styles Minute Book ships cannot be deleted.');
    const filePath = this.pathOf(id);
    try {
      await this.fs.rename(filePath, backupPathOf(filePath));
    } catch (error) {
      if (errorCodeOf(error) === 'ENOENT') throw new AppError('invalid-payload', `The house style “${id}” is no longer there.`);
      throw new AppError('io-error', `The house style could not be deleted: ${describeDiskProblem(error)}. Nothing was changed.`);
    }
  }
}
