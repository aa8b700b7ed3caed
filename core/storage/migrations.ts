// How a .minutes file written by an older Minute Book becomes the current
// format. Each step turns formatVersion N into N+1 and is applied in order
// BEFORE validation, so the schema only ever describes the current version.
// Steps work on plain JSON: they must keep every field they do not rewrite.

export type JsonObject = Record<string, unknown>;

export interface Migration {
  /** The version this step reads; it returns a document of version from + 1. */
  from: number;
  /** One line for docs/file-format.md and for support: what changed. */
  summary: string;
  migrate(document: JsonObject): JsonObject;
}

/**
 * The real table. Format 1 is the first released format, so there is nothing
 * to migrate yet; the next format change adds `{ from: 1, ... }` here and a
 * fixture written by version 1 to tests/fixtures/.
 */
export const minutesMigrations: ReadonlyArray<Migration> = [];

export type MigrationOutcome = { ok: true; document: JsonObject; applied: number[] } | { ok: false; problem: string };

/**
 * Applies the steps from the document's version up to `target`. A version
 * with no step is refused: guessing at a format would corrupt the record.
 */
export function migrateToVersion(document: JsonObject, target: number, table: ReadonlyArray<Migration>): MigrationOutcome {
  let current = document;
  const applied: number[] = [];
  for (;;) {
    const version = current.formatVersion;
    if (typeof version !== 'number') return { ok: false, problem: 'it is not a Minute Book file (it has no formatVersion)' };
    if (version === target) return { ok: true, document: current, applied };
    const step = table.find((candidate) => candidate.from === version);
    if (!step || version > target) {
      return { ok: false, problem: `it uses file format ${version}, which this version of Minute Book cannot read` };
    }
    let next: JsonObject;
    try {
      next = step.migrate(current);
    } catch (error) {
      return { ok: false, problem: `it could not be converted from file format ${version} (${error instanceof Error ? error.message : String(error)})` };
    }
    if (next.formatVersion !== version + 1) {
      return { ok: false, problem: `the conversion from file format ${version} did not produce format ${version + 1}` };
    }
    applied.push(version);
    current = next;
  }
}
