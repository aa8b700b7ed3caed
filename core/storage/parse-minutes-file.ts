// Turns the bytes of a .minutes file into a document, or into a sentence that
// says what is wrong with it. Never throws for bad input: a clerk must always
// get a readable reason, and the file itself is never touched here.
import { z } from 'zod';
import { jsonErrorOffset } from './json-error-offset';
import { migrateToVersion, minutesMigrations, type JsonObject, type Migration } from './migrations';
import { CURRENT_FORMAT_VERSION, minutesDocumentSchema, type MinutesDocument } from './minutes-document';
import { formatMegabytes, MINUTES_LIMITS, minutesTextProblem } from './minutes-limits';

export const MAX_MINUTES_FILE_BYTES = MINUTES_LIMITS.bytes;

export type ParseOutcome = { ok: true; document: MinutesDocument } | { ok: false; problem: string };

/** `migrations` is only ever replaced by tests that exercise the mechanism. */
export function parseMinutesFile(bytes: Uint8Array, migrations: ReadonlyArray<Migration> = minutesMigrations): ParseOutcome {
  if (bytes.byteLength === 0) return problem('the file is empty (0 bytes)');
  if (bytes.byteLength > MAX_MINUTES_FILE_BYTES) {
    return problem(`the file is ${formatMegabytes(bytes.byteLength)}, larger than the ${formatMegabytes(MAX_MINUTES_FILE_BYTES)} a minutes file can be`);
  }
  if (bytes.includes(0)) return problem('it is not a Minute Book file (it holds binary data)');

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem('it is not a Minute Book file (it is not UTF-8 text)');
  }

  // Before parsing: a file nested thousands deep or with millions of keys is refused in one cheap pass.
  const limit = minutesTextProblem(text);
  if (limit) return problem(`it is damaged or was not made by Minute Book: ${limit}`);

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(describeJsonError(text));
  }
  return parseMinutesValue(json, migrations);
}

/** The checks after JSON parsing; also used for documents held inside recovery journals. */
export function parseMinutesValue(json: unknown, migrations: ReadonlyArray<Migration> = minutesMigrations): ParseOutcome {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return problem('it is not a Minute Book file (it does not hold a document object)');
  }

  const version = (json as Record<string, unknown>).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return problem('it is not a Minute Book file (it has no formatVersion)');
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return problem(
      `it was written by a newer version of Minute Book (file format ${version}; this version reads up to ${CURRENT_FORMAT_VERSION}). Update Minute Book to open it`,
    );
  }

  const migrated = migrateToVersion(json as JsonObject, CURRENT_FORMAT_VERSION, migrations);
  if (!migrated.ok) return problem(migrated.problem);

  const parsed = minutesDocumentSchema.safeParse(migrated.document);
  if (!parsed.success) return problem(describeSchemaError(parsed.error));
  return { ok: true, document: parsed.data };
}

function problem(text: string): ParseOutcome {
  return { ok: false, problem: text };
}

function describeJsonError(text: string): string {
  const offset = jsonErrorOffset(text);
  if (!Number.isFinite(offset) || offset < 0 || offset >= text.trimEnd().length) {
    return 'it is damaged: it ends part way through (the file may have been cut short)';
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  // Minute Book writes a file on one line, where "line 1, column 193293" helps nobody: say how far through instead.
  if (line === 1 && column > 200) return `it is damaged: the text stops making sense ${Math.floor((offset / text.length) * 100)}% of the way through the file`;
  return `it is damaged: the text stops making sense at line ${line}, column ${column}`;
}

function describeSchemaError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'it is damaged: its contents are not a minutes document';
  // The field's name without list positions ("content.root.children.version") is enough for IT to find; Zod's own words help nobody.
  const field = first.path.filter((key) => typeof key === 'string').join('.');
  const part = PART_NAMES[String(first.path[0])] ?? 'the file';
  const where = field ? `${part} (${field})` : part;
  if (first.code === 'invalid_type' && /received undefined$/.test(first.message)) return `it is damaged: something is missing from ${where}`;
  return `it is damaged: something in ${where} is not in the form Minute Book writes`;
}

const PART_NAMES: Record<string, string> = {
  meeting: 'the meeting details',
  content: 'the minutes text',
  review: 'the review',
  formatVersion: 'the file format',
};
