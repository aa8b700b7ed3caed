// A council's own house style: a copy of another (usually a shipped one) under
// a name of its own, kept in the data folder beside the committees. The name
// of its file is its id, so an id is a safe file name and never that of a
// shipped style (shipped styles are read-only; a council edits a copy).
import { fieldPath, fixFor } from '../templates/parse-template';
import { houseStyleSchema, type HouseStyle } from './house-style-schema';
import { shippedHouseStyleIds } from './shipped-house-style-ids';

/** An own style's id: its file name without ".json" (the committee stores it as houseStyleId). */
export const OWN_HOUSE_STYLE_ID = /^[a-z0-9-]{1,60}$/;

export function isShippedHouseStyleId(id: string): boolean {
  return (shippedHouseStyleIds as ReadonlyArray<string>).includes(id);
}

/** "Wirral Council — Planning" → "wirral-council-planning" (at most 50 characters, leaving room for "-own-2"). */
function slugOfName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug || 'house-style';
}

/** A fresh id for a style named `name`: its slug with "-own" (then "-own-2", …), never a shipped id or one in `taken`. */
export function freshOwnHouseStyleId(name: string, taken: ReadonlyArray<string>): string {
  const base = `${slugOfName(name)}-own`;
  const used = (id: string) => taken.includes(id) || isShippedHouseStyleId(id);
  let id = base;
  for (let n = 2; used(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** A copy of `source` to edit as the council's own: named "… (our copy)", with a fresh id. */
export function ownCopyOf(source: HouseStyle, taken: ReadonlyArray<string>): { id: string; style: HouseStyle } {
  const name = `${source.name} (our copy)`.slice(0, 120);
  return { id: freshOwnHouseStyleId(source.name, taken), style: { ...structuredClone(source), name } };
}

/**
 * What is wrong with a style being edited, field by field ("votes.motion" →
 * "It has the placeholder {proposer}, which this field does not fill. Fix: use
 * only {mover}, {seconder}."), from the same schema a file is checked with, so
 * the editor can put each sentence beside its field. Empty when it is valid.
 */
export function houseStyleFieldProblems(draft: unknown): Map<string, string> {
  const problems = new Map<string, string>();
  const parsed = houseStyleSchema.safeParse(draft, { reportInput: true });
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues) {
    const at = fieldPath(issue.path);
    if (problems.has(at)) continue;
    const fix = issue.code === 'custom' ? ((issue.params as { fix?: string } | undefined)?.fix ?? 'correct it') : fixFor(issue);
    const what = issue.code === 'custom' ? issue.message : issue.code === 'too_small' && issue.origin === 'string' ? 'is empty' : 'is not right';
    problems.set(at, `It ${what}. Fix: ${fix}.`);
  }
  return problems;
}
