// The house styles Minute Book ships, one a council whose published minutes
// they reproduce. Each is checked against the schema when loaded, like a
// council's own, so a broken file is named with its field and fix rather than
// printing wrong wording.
import { parseHouseStyle } from './parse-house-style';
import type { HouseStyle } from './house-style-schema';
import type { ShippedHouseStyleId } from './shipped-house-style-ids';
import bury from './styles/bury.json';
import gotham from './styles/gotham-parish-planning.json';
import neddc from './styles/neddc-cabinet.json';
import wirral from './styles/wirral-planning.json';

export interface HouseStyleEntry {
  /** The file name without ".json": "wirral-planning". */
  id: string;
  style: HouseStyle;
}

export interface HouseStyleCatalogue {
  styles: HouseStyleEntry[];
  /** One sentence per style left out: which file, which field, the fix. */
  problems: string[];
}

const shippedFiles: ReadonlyArray<{ id: ShippedHouseStyleId; json: unknown }> = [
  { id: 'bury', json: bury },
  { id: 'gotham-parish-planning', json: gotham },
  { id: 'neddc-cabinet', json: neddc },
  { id: 'wirral-planning', json: wirral },
];

/** Validates styles read from JSON; those that fail are left out and described. */
export function houseStyleCatalogue(files: ReadonlyArray<{ id: string; json: unknown }>): HouseStyleCatalogue {
  const styles: HouseStyleEntry[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const parsed = parseHouseStyle(`${file.id}.json`, file.json);
    if (parsed.ok) styles.push({ id: file.id, style: parsed.style });
    else problems.push(parsed.problem);
  }
  return { styles, problems };
}

export function shippedHouseStyles(): HouseStyleCatalogue {
  return houseStyleCatalogue(shippedFiles);
}
